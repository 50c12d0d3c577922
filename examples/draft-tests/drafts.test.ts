// Each draft must pass the national outline before it goes to the website. Run: npm test
import { readFileSync } from 'node:fs';
import { assess, loadRuleSet } from 'compliance-checklist';
import { describe, expect, it } from 'vitest';

const draft = (name: string) => readFileSync(new URL(`./drafts/${name}`, import.meta.url), 'utf8');
const ruleSet = loadRuleSet('fzzf-annual-report');

describe.each(['qinghe-county-2024.txt', 'baisha-town-2024.txt'])('%s', (file) => {
  it('passes the outline with at least 75%', async () => {
    await expect(draft(file)).toPassChecklist({ rules: ruleSet, minScore: 75 });
  });

  it('reports the first responsible person and analyses causes', async () => {
    const assessment = await assess(draft(file), ruleSet, { name: file });
    expect(assessment).toMeetRequirement('first-responsible-person');
    expect(assessment).toMeetRequirement('shortcoming-causes');
    expect(assessment).toHaveNoGaps({ severity: 'error' });
  });
});

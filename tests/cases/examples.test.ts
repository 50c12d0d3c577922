/**
 * End-to-end goldens: each bundled example report through assess() and the json formatter. A change
 * in any status, evidence line, quote, score or message shows up as a diff of the golden file;
 * review it, then update with `npx vitest run tests/cases -u`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { assess, formatJson, loadRuleSet } from '../../src/index.js';

const dir = path.resolve(import.meta.dirname, '../../examples/reports');
const ruleSet = loadRuleSet('fzzf-annual-report');

it.each(readdirSync(dir).filter((f) => f.endsWith('.txt')))('%s', async (file) => {
  const assessment = await assess(readFileSync(path.join(dir, file), 'utf8'), ruleSet, { name: `examples/reports/${file}` });
  await expect(formatJson([assessment], { locale: 'zh-CN' })).toMatchFileSnapshot(`./goldens/${file.replace(/\.txt$/, '.json')}`);
});

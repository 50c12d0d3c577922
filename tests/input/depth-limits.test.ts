import { describe, expect, it } from 'vitest';
import { isChecklistError } from '../../src/errors.js';
import { MAX_HTML_DEPTH, MAX_JSON_DEPTH } from '../../src/input/depth-limit.js';
import { readInput } from '../../src/input/read-input.js';

const REPORT = '某县2023年法治政府建设年度报告';

function nestedHtml(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}<p>${REPORT}</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** Written out as text: JSON.stringify itself recurses and would overflow first. */
function nestedJson(depth: number): string {
  const open = Array.from({ length: depth - 1 }, (_, i) => `{"heading":"第${i + 1}层","text":"","sections":[`).join('');
  const inner = '{"heading":"（一）具体举措","text":"全年办理复议案件36件。"}';
  return `{"title":"${REPORT}","sections":[${open}${inner}${']}'.repeat(depth - 1)}]}`;
}

async function outcome(text: string, name: string): Promise<unknown> {
  return readInput(new TextEncoder().encode(text), { name }).then(
    (extracted) => extracted,
    (error: unknown) => error,
  );
}

describe.each([
  ['page.html', nestedHtml, MAX_HTML_DEPTH, 'HTML elements'],
  ['report.json', nestedJson, MAX_JSON_DEPTH / 2, 'sections'],
])('%s nested thousands deep', (name, build, readable, what) => {
  it('is refused with a typed error naming the file and the limit', async () => {
    const error = await outcome(build(3000), name);
    expect(isChecklistError(error) && error.code).toBe('INPUT_INVALID');
    expect((error as { file?: unknown }).file).toBe(name);
    expect((error as Error).message).toContain(`${name} nests ${what}`);
    expect((error as Error).message).toMatch(/more than \d+ levels/);
  });

  it('is read when it stays within the limit', async () => {
    const extracted = await outcome(build(Math.floor(readable) - 10), name);
    expect(isChecklistError(extracted)).toBe(false);
    expect((extracted as { text: string }).text).toContain(REPORT);
  });
});

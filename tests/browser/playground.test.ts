/**
 * The playground in headless Chromium (Debian's, through playwright-core; no browser is downloaded):
 * paste a seed report, check the score against assess() in Node and a highlighted evidence span, drop
 * a .docx, switch to English, and keep a screenshot in tests/browser/output/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess, loadRuleSet, readInput } from '../../src/index.js';
import { toDocx } from '../support/convert.js';
import { serve } from './static-server.js';

const root = path.resolve(import.meta.dirname, '../..');
const site = path.join(root, 'examples/web/dist');
const output = path.join(import.meta.dirname, 'output');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(executablePath);
if (!haveChromium) console.warn(`playground e2e skipped: no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`);
const ruleSet = loadRuleSet('fzzf-annual-report');

describe.skipIf(!haveChromium)('the playground', () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof serve>>;
  const errors: string[] = [];

  beforeAll(async () => {
    expect(existsSync(path.join(site, 'index.html')), 'examples/web/dist is missing: run node examples/web/build.mjs').toBe(true);
    server = await serve(site);
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
    page.on('pageerror', (e) => errors.push(e.message));
    // Offline: any request that leaves the local server fails the test.
    await page.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : (errors.push(`request to ${route.request().url()}`), route.abort())));
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['nancun-town-2022.txt', 'meitan-county-2020.txt'])('scores a pasted %s as assess() does, with evidence marked', async (file) => {
    const text = readFileSync(path.join(root, 'examples/reports', file), 'utf8');
    const expected = await assess(await readInput(text, { name: 'pasted.txt' }), ruleSet);
    await page.fill('#report', text);
    await page.click('#check');
    await page.waitForSelector('#result:not([hidden])');
    await expect.poll(() => page.textContent('#score')).toBe(String(expected.score));
    expect(await page.textContent('#grade')).toBe(expected.grade);
    expect(await page.locator('#findings tbody tr').count()).toBe(expected.findings.length);
    const met = expected.findings.find((f) => f.status === 'met' && f.evidence.length > 0)!;
    const mark = page.locator(`#text mark[data-requirement="${met.requirement}"]`).first();
    expect(await mark.textContent()).toBe(text.slice(met.evidence[0]!.start, met.evidence[0]!.end));
    const gap = expected.gaps[0]!;
    expect(await page.locator(`#findings tr[data-requirement="${gap.requirement}"] td`).nth(3).textContent()).toContain(gap.fix);
    mkdirSync(output, { recursive: true });
    await page.screenshot({ path: path.join(output, `playground-${path.basename(file, '.txt')}.png`), fullPage: false });
  });

  it('reads a dropped .docx with the lazily loaded Word reader', async () => {
    const text = readFileSync(path.join(root, 'examples/reports/nancun-town-2022.txt'), 'utf8');
    const bytes = await toDocx(text);
    const expected = await assess(await readInput(bytes, { name: 'report.docx' }), ruleSet);
    await page.setInputFiles('#file', { name: 'report.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(bytes) });
    await expect.poll(() => page.textContent('#status')).toContain('report.docx');
    expect(await page.textContent('#score')).toBe(String(expected.score));
  });

  it('switches to English and back', async () => {
    await page.click('#lang');
    await expect.poll(() => page.textContent('h1')).toBe('Annual rule-of-law government report checker');
    expect(await page.locator('td.status').allTextContents()).toContain('met');
    await page.screenshot({ path: path.join(output, 'playground-en.png') });
    await page.click('#lang');
    await expect.poll(() => page.textContent('h1')).toBe('法治政府建设年度报告检查');
    writeFileSync(path.join(output, 'page-errors.txt'), errors.join('\n'));
    expect(errors).toEqual([]);
  });
});

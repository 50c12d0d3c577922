/**
 * The html dashboard of the bundled example reports (and an unreadable file) in headless Chromium
 * (Debian's, driven by playwright-core; no browser is downloaded): it opens from a file with no console
 * errors and no request leaving the page, shows the summary, both charts and the reports table, sorts
 * the table by a clicked header, and leaves a screenshot in tests/browser/output/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index.js';
import { formatHtml } from '../../src/format/format-html.js';
import { exampleBatch } from '../format/example-assessments.js';

const output = path.join(import.meta.dirname, 'output');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(executablePath);
if (!haveChromium) console.warn(`dashboard e2e skipped: no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`);

describe.skipIf(!haveChromium)('the html dashboard', () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let reports = 0;

  beforeAll(async () => {
    const batch = await exampleBatch();
    reports = batch.filter((e) => !('status' in e)).length;
    mkdirSync(output, { recursive: true });
    const file = path.join(output, 'dashboard.html');
    writeFileSync(file, formatHtml(batch, { locale: 'zh-CN', ruleSet: loadRuleSet('fzzf-annual-report') }));
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // Self-contained: the page may load itself and nothing else.
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : (problems.push(`request to ${route.request().url()}`), route.abort())));
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens with no console errors and no outside request', async () => {
    await page.screenshot({ path: path.join(output, 'dashboard.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows the summary, both charts and one table row per readable report', async () => {
    await expect(page.locator('#summary .card').count()).resolves.toBe(5);
    await expect(page.locator('#gaps-chart g.bar').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#score-histogram g.bin').count()).resolves.toBe(10);
    const binTotal = await page.locator('#score-histogram g.bin').evaluateAll((gs) => gs.reduce((n, g) => n + Number(g.getAttribute('data-count')), 0));
    expect(binTotal).toBe(reports);
    await expect(page.locator('#reports tbody tr').count()).resolves.toBe(reports);
    await expect(page.locator('#unreadable li').count()).resolves.toBe(1);
    await expect(page.locator('details.report').count()).resolves.toBe(reports);
  });

  it('sorts the reports table by a clicked column header, both ways', async () => {
    const percentHeader = page.locator('#reports th[data-sort]', { hasText: '得分率' });
    const col = Number(await percentHeader.getAttribute('data-col'));
    const values = () => page.locator('#reports tbody tr').evaluateAll((rows, i) => rows.map((r) => Number((r as HTMLTableRowElement).cells[i]!.getAttribute('data-value'))), col);
    await percentHeader.click();
    const up = await values();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await expect(percentHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await percentHeader.click();
    const down = await values();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    expect(problems).toEqual([]);
  });
});

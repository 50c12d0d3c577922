// The playground: paste or drop a report, see the assessment with the evidence marked in the text.
// Everything runs in the page; the library is bundled in by build.mjs, so it works offline.
import { assess, isChecklistError, loadRuleSet, readInput } from 'compliance-checklist';
import type { Assessment, ExtractedText, Finding, Locale } from 'compliance-checklist';

const UI = {
  'zh-CN': {
    title: '法治政府建设年度报告检查', pasteLabel: '粘贴报告全文，或把 .txt / .html / .docx 文件拖到这里', check: '检查', choose: '选择文件',
    grade: '等级', requirement: '要求', statusCol: '结果', evidence: '依据（原文）', fix: '如何补充', textHeading: '报告原文（证据已标出）',
    offline: '全部在本机浏览器中检查，报告不会上传。', toggle: 'English', checking: '正在检查…', empty: '请先粘贴报告或选择文件。',
    passed: '通过', failed: '未通过', line: '第{n}行', none: '—', gain: '（补上可加 {n} 分）', read: '已读取 {name}',
    status: { met: '达标', partial: '部分达标', missing: '缺失', unknown: '无法判断', 'not-applicable': '不适用', waived: '已豁免' },
  },
  en: {
    title: 'Annual rule-of-law government report checker', pasteLabel: 'Paste the report, or drop a .txt / .html / .docx file here', check: 'Check', choose: 'Choose a file',
    grade: 'Grade', requirement: 'Requirement', statusCol: 'Status', evidence: 'Evidence (from the report)', fix: 'How to close the gap', textHeading: 'The report, with the evidence marked',
    offline: 'Checked in this browser; the report is not uploaded anywhere.', toggle: '中文', checking: 'Checking…', empty: 'Paste a report or choose a file first.',
    passed: 'passed', failed: 'not passed', line: 'line {n}', none: '—', gain: ' (+{n} points)', read: 'Read {name}',
    status: { met: 'met', partial: 'partial', missing: 'missing', unknown: 'unknown', 'not-applicable': 'not applicable', waived: 'waived' },
  },
} as const;
type Strings = (typeof UI)[Locale];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ruleSet = loadRuleSet('fzzf-annual-report');
let locale: Locale = 'zh-CN';
// The last input read, so switching the language re-assesses it in the other locale.
let current: ExtractedText | null = null;

function t(): Strings {
  return UI[locale];
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

function applyLocale(): void {
  document.documentElement.lang = locale;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n as keyof Strings;
    const value = t()[key];
    if (typeof value === 'string') el.textContent = value;
  }
  document.title = t().title;
  $('lang').textContent = t().toggle;
}

function setStatus(text: string, error = false): void {
  const el = $('status');
  el.textContent = text;
  el.classList.toggle('error', error);
}

/** The report text with every evidence quote wrapped in a <mark>, overlapping quotes merged into the first. */
function renderText(text: string, findings: Finding[]): void {
  const spans = findings
    .flatMap((f) => f.evidence.map((e) => ({ start: e.start, end: e.end, finding: f })))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const box = $('text');
  box.replaceChildren();
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    box.append(text.slice(at, span.start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(span.start, span.end);
    mark.className = `st-${span.finding.status}`;
    mark.dataset.requirement = span.finding.requirement;
    mark.id = mark.id || `ev-${span.finding.requirement}-${span.start}`;
    mark.title = `${span.finding.title}: ${t().status[span.finding.status]}`;
    box.append(mark);
    at = span.end;
  }
  box.append(text.slice(at));
}

function cell(row: HTMLTableRowElement, text: string, className = ''): HTMLTableCellElement {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function renderFindings(a: Assessment): void {
  const body = $('findings').querySelector('tbody') as HTMLTableSectionElement;
  body.replaceChildren();
  for (const f of a.findings) {
    const row = body.insertRow();
    row.dataset.requirement = f.requirement;
    cell(row, f.title).title = f.basis;
    cell(row, t().status[f.status], `status st-${f.status}`);
    const ev = cell(row, '', 'evidence');
    const first = f.evidence[0];
    if (first) {
      const link = document.createElement('a');
      link.href = `#ev-${f.requirement}-${first.start}`;
      link.textContent = `${fill(t().line, { n: first.line })}: ${first.text}`;
      link.addEventListener('click', () => flash(`ev-${f.requirement}-${first.start}`));
      ev.append(link);
    } else ev.textContent = t().none;
    const gap = a.gaps.find((g) => g.requirement === f.requirement);
    cell(row, gap ? `${gap.fix}${gap.gain > 0 ? fill(t().gain, { n: gap.gain }) : ''}` : t().none);
  }
}

function flash(id: string): void {
  const mark = document.getElementById(id);
  if (!mark) return;
  mark.classList.add('flash');
  setTimeout(() => mark.classList.remove('flash'), 1500);
}

function render(a: Assessment, input: ExtractedText): void {
  $('score').textContent = String(a.score);
  $('maxScore').textContent = `/ ${a.maxScore} (${a.percent}%)`;
  $('grade').textContent = a.grade;
  $('passed').textContent = a.passed ? t().passed : t().failed;
  $('passed').className = a.passed ? 'st-met' : 'st-missing';
  $('docTitle').textContent = [a.document.title, a.document.issuer, a.document.year].filter(Boolean).join(' · ');
  renderFindings(a);
  renderText(input.text, a.findings);
  $('result').hidden = false;
}

async function run(): Promise<void> {
  if (!current) return;
  setStatus(t().checking);
  try {
    const assessment = await assess(current, ruleSet, { locale });
    render(assessment, current);
    setStatus('');
  } catch (error) {
    setStatus(isChecklistError(error) ? `${error.code}: ${error.message}` : String(error), true);
  }
}

async function readPasted(): Promise<void> {
  const text = ($('report') as HTMLTextAreaElement).value;
  if (!text.trim()) return setStatus(t().empty, true);
  try {
    current = await readInput(text, { name: 'pasted.txt' });
  } catch (error) {
    return setStatus(isChecklistError(error) ? `${error.code}: ${error.message}` : String(error), true);
  }
  await run();
}

async function readFile(file: File): Promise<void> {
  setStatus(t().checking);
  try {
    current = await readInput(new Uint8Array(await file.arrayBuffer()), { name: file.name });
  } catch (error) {
    return setStatus(isChecklistError(error) ? `${error.code}: ${error.message}` : String(error), true);
  }
  ($('report') as HTMLTextAreaElement).value = current.text;
  await run();
  setStatus(fill(t().read, { name: file.name }));
}

$('check').addEventListener('click', () => void readPasted());
$('file').addEventListener('change', (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) void readFile(file);
});
const area = $('report');
area.addEventListener('dragover', (e) => {
  e.preventDefault();
  area.classList.add('drag');
});
area.addEventListener('dragleave', () => area.classList.remove('drag'));
area.addEventListener('drop', (e) => {
  e.preventDefault();
  area.classList.remove('drag');
  const file = e.dataTransfer?.files[0];
  if (file) void readFile(file);
});
$('lang').addEventListener('click', () => {
  locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  applyLocale();
  void run();
});
applyLocale();

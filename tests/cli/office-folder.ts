/// <reference types="node" />
/**
 * A folder as an office receives it: reports in every container the tool reads (UTF-8 and GBK text, a
 * saved web page, a Word file, Markdown, a JSON report) in sub-folders, a look-alike document, a file
 * that cannot be read, and the files no one means as a report (desktop.ini, a Word lock file, .DS_Store).
 */
import { report, toDocx, toGbk, toHtmlPage } from './build-inputs.js';
import type { FakeEntry } from './fake-io.js';

const TEXT = report('layout-own-line-headings.txt');
const OTHER = report('causes-analysed-met.txt');

/** The text as a JSON report: the first line is the title, every line after it one section. */
function toJsonReport(text: string): string {
  const [title = '', ...rest] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return JSON.stringify({ title, sections: [{ heading: rest[0] ?? '', text: rest.slice(1).join('\n') }] });
}

/** The files of the folder `office`, and what a run must make of them. */
export async function officeFolder(): Promise<{ entries: Record<string, FakeEntry>; checked: string[]; unreadable: string[]; skipped: string[] }> {
  const entries: Record<string, FakeEntry> = {
    'office/county.txt': TEXT,
    'office/township/gbk.txt': toGbk(OTHER),
    'office/web/page.html': toHtmlPage(TEXT),
    'office/word/report.docx': await toDocx(OTHER),
    'office/report.md': `# ${TEXT.split('\n')[0]}\n\n${TEXT.split('\n').slice(1).join('\n')}`,
    'office/report.json': toJsonReport(TEXT),
    'office/lookalike.txt': report('lookalike-info-disclosure.txt'),
    'office/locked.txt': { unreadable: 'EACCES' },
    'office/desktop.ini': '[.ShellClassInfo]\r\nIconResource=C:\\Windows\\System32\\imageres.dll,-3\r\n',
    'office/word/~$report.docx': new Uint8Array([0x0b, 0x41, 0x64, 0x6d, 0x69, 0x6e]),
    'office/.DS_Store': new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]),
  };
  return {
    entries,
    // Name order within each folder, sub-folders in their place.
    checked: [
      'office/county.txt',
      'office/lookalike.txt',
      'office/report.json',
      'office/report.md',
      'office/township/gbk.txt',
      'office/web/page.html',
      'office/word/report.docx',
    ],
    unreadable: ['office/locked.txt'],
    skipped: ['office/.DS_Store', 'office/desktop.ini', 'office/word/~$report.docx'],
  };
}

import { describe, expect, it } from 'vitest';
import { ignoreRules, parseIgnoreFile, toPosix } from '../../src/cli/ignore.js';

describe('ignoreRules: the files no one means as a report', () => {
  const defaults = ignoreRules([]);
  it.each([
    ['reports/desktop.ini', true],
    ['reports/Desktop.ini', true],
    ['reports/Thumbs.db', true],
    ['reports/~$2023年报告.docx', true],
    ['reports/.~lock.2023.docx#', true],
    ['reports/.DS_Store', true],
    ['reports/2023.txt~', true],
    ['reports/2023年报告.docx', false],
    ['./2023.txt', false],
    ['../office/2023.txt', false],
  ])('%s → %s', (path, ignored) => {
    expect(defaults.ignoresFile(path)).toBe(ignored);
  });

  it.each([
    ['reports/.git', true],
    ['reports/__MACOSX', true],
    ['reports/township', false],
    ['..', false],
  ])('folder %s → %s', (path, ignored) => {
    expect(defaults.ignoresFolder(path)).toBe(ignored);
  });

  it.each([
    [['*.bak'], 'reports/old/a.bak', true],
    [['drafts/**'], 'drafts/a.txt', true],
    [['drafts/**'], 'reports/drafts/a.txt', false],
    [['drafts'], 'reports/drafts', true],
  ])('%j ignores %s: %s', (patterns, path, ignored) => {
    const rules = ignoreRules(patterns);
    expect(rules.ignoresFile(path) || rules.ignoresFolder(path)).toBe(ignored);
  });
});

describe('parseIgnoreFile and toPosix', () => {
  it('keeps one pattern a line, without blanks and comments', () => {
    expect(parseIgnoreFile('# drafts\r\ndrafts/**\n\n  *.bak  \n')).toEqual(['drafts/**', '*.bak']);
  });

  it.each([
    ['reports\\2023\\*.txt', '\\', 'reports/2023/*.txt'],
    ['./reports/*.txt', '/', 'reports/*.txt'],
    ['reports\\*.txt', '/', 'reports\\*.txt'],
  ] as const)('%s with separator %s → %s', (path, separator, expected) => {
    expect(toPosix(path, separator)).toBe(expected);
  });
});

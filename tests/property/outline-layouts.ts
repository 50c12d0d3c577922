/**
 * Reports whose outline grows with a count n, in the layouts that stress the parser and the document
 * index: many headings, many numbered items, a PDF copy with running heads and page numbers, a
 * document flattened onto one line with its headings inline; and single lines written to make a
 * scan go back over what it read (a long run of spaces in a heading, a long dot leader).
 */
const TITLE = '某县2023年法治政府建设年度报告';
const CN = '一二三四五六七八九';

/** 1 … 99 as numbering writes it in Chinese (十一, 二十三). */
export function cnNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 0 ? '' : `${tens === 1 ? '' : CN[tens - 1]}十`}${units ? CN[units - 1] : ''}`;
}

/**
 * n top-level headings on lines of their own, each over one line of text; numbering runs (1) … (200)
 * and again. Each is a candidate part of an item found without a heading (slot-fallback.ts).
 */
export function manyHeadings(n: number): string {
  const lines = [TITLE];
  for (let i = 0; i < n; i++) lines.push(`（${(i % 200) + 1}）推进依法行政第${i + 1}项工作`, '全年办理相关事项。');
  return lines.join('\n');
}

/**
 * n numbered items (1. … 20.) in groups under (一) … (九十九): each a run-in heading with figures, an
 * 一是/二是 list, and an account of the first-responsible-person duty (a passage quoted as evidence).
 */
export function numberedItems(n: number): string {
  const lines = [TITLE, '一、主要举措和成效'];
  for (let group = 1, count = 0; count < n; group++) {
    lines.push(`（${cnNumber(((group - 1) % 99) + 1)}）推进依法行政第${group}方面工作`);
    for (let k = 1; k <= 20 && count < n; k++, count++) {
      lines.push(`${k}.主要负责同志履行第一责任人职责，全年办理行政复议案件${k}件，一是依法受理，二是按时办结。`);
    }
  }
  return lines.join('\n');
}

/**
 * n paragraphs as a PDF copy gives them: broken every 44 characters (too long for a line to pass for
 * a running head when phrases repeat), the last line of each short; every 39 lines a page number and
 * a running head.
 */
export function pdfCopy(n: number): string {
  const out = [TITLE, '一、主要举措和成效'];
  let lines = 0;
  for (let i = 1, page = 1; i <= n; i++) {
    const paragraph = `第${i}项工作，全年办理行政复议案件${i}件，按时办结率${i % 100}%，主要负责同志履行第一责任人职责，带头学法述法，督促整改问题${i % 7}个。`;
    for (let at = 0; at < paragraph.length; at += 44) {
      out.push(paragraph.slice(at, at + 44));
      // 39 lines a page: the page breaks fall inside paragraphs too.
      if (++lines % 39 === 0) out.push(`- ${page++} -`, '某县人民政府 法治政府建设年度报告');
    }
  }
  return out.join('\n');
}

/**
 * The same with its signature broken by a page: the issuer on one page, the date on the next, so the
 * signature holds a page number (the furniture spans overlap).
 */
export function pdfCopySignedAcrossPages(n: number): string {
  return `${pdfCopy(n)}\n某县人民政府\n- 999 -\n2024年3月1日`;
}

/**
 * A report flattened onto one line, n headings inline in three levels (一、/（一）/(1)), none followed
 * by 一是: where a heading's body starts is searched for in the line.
 */
export function oneLineHeadings(n: number): string {
  const parts = [`${TITLE} 2023年，全县推进法治政府建设。`];
  let count = 0;
  for (let i = 1; count < n && i <= 99; i++) {
    parts.push(`${cnNumber(i)}、推进依法行政第${i}部分。全年办理相关事项。`);
    for (let j = 1; j <= 99 && count < n; j++) {
      parts.push(`(${cnNumber(j)})加强制度建设第${j}方面。全年办理相关事项。`);
      for (let k = 1; k <= 10 && count < n; k++, count++) parts.push(`(${k})完善制度第${k}项。全年办理相关事项12件。`);
    }
  }
  return parts.join('');
}

/** A heading in a long line with a run of n spaces in it before a comma (a copy's glitch). */
export function spacedHeading(n: number): string {
  return `${TITLE}\n一、主要举措和成效\n（一）加强${' '.repeat(n)},全年办理相关事项。`;
}

/** A line of n dots ending in a digit that is not a page number after a leader. */
export function dotRun(n: number): string {
  return `${TITLE}\n目录\n${'.'.repeat(n)}x1\n一、主要举措和成效\n全年办理相关事项。`;
}

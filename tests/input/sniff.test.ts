/**
 * sniffFormat by magic bytes, by name and by content, with a real seed report as the body text where one
 * is available (a short report paragraph otherwise).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/input/sniff.js';
import type { InputFormat } from '../../src/input/types.js';

const seedsDir = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const seedFile = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()[0] : undefined;
if (!seedFile) console.warn(`sniff tests use a built-in paragraph: ${seedsDir} is not there (it sits beside the checkout)`);
const report = seedFile
  ? readFileSync(path.join(seedsDir, seedFile), 'utf8')
  : '某县2023年度法治政府建设工作报告\n\n一、主要举措和成效\n（一）深入学习贯彻习近平法治思想。\n';
const [title = '', ...body] = report.split('\n');

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const filler = new Uint8Array(2000).map((_, i) => (i * 37 + 11) & 0xff);

/** A ZIP whose first local header names `entry` (enough for sniffing; the contents are not read). */
function zipWith(entry: string): Uint8Array {
  const header = new Uint8Array(30);
  header.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
  header[26] = entry.length;
  return concat(header, utf8(entry), filler);
}

const markdown = `# ${title}\n\n## 一、主要举措和成效\n\n${body.join('\n')}`;
const htmlPage = `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${title}</title></head>\n<body><div class="nav">首页 > 法治政府建设年度报告</div>\n<div class="content"><p>${body.join('</p><p>')}</p></div></body></html>`;

describe('by content, without a name', () => {
  it.each<[string, InputFormat, Uint8Array]>([
    ['a plain UTF-8 report', 'text', utf8(report)],
    ['a GBK report', 'text', new Uint8Array(iconv.encode(report, 'gbk'))],
    ['a UTF-16LE report with BOM', 'text', new Uint8Array(iconv.encode(report, 'utf-16le', { addBOM: true }))],
    ['a saved web page', 'html', utf8(htmlPage)],
    ['a web page with BOM, blank lines and an upper-case doctype', 'html', concat([0xef, 0xbb, 0xbf], utf8(`\n\n  ${htmlPage.toUpperCase()}`))],
    ['XHTML with an XML declaration', 'html', utf8(`<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>${title}</body></html>`)],
    ['<html> without a doctype', 'html', utf8(`<html lang="zh-CN">\n<p>${title}</p></html>`)],
    ['a GBK web page', 'html', new Uint8Array(iconv.encode(htmlPage.replace('utf-8', 'gbk'), 'gbk'))],
    ['a UTF-16LE web page with BOM', 'html', new Uint8Array(iconv.encode(htmlPage, 'utf-16le', { addBOM: true }))],
    ['a copied fragment of <div> and <p>', 'html', utf8(`${title}\n<div class="TRS_Editor"><p>${body.join('</p><p>')}</p></div>`)],
    ['Markdown headings', 'markdown', utf8(markdown)],
    ['Markdown with a stray <div>', 'markdown', utf8(`${markdown}\n<div align="center">附件</div>`)],
    ['Markdown in GBK', 'markdown', new Uint8Array(iconv.encode(markdown, 'gbk'))],
    ['a JSON report', 'json', utf8(JSON.stringify({ title, sections: [{ heading: '一、主要举措', text: body.join('\n') }] }))],
    ['a JSON report after a BOM and whitespace', 'json', utf8(`\uFEFF \n{"title": "${title}", "sections": []}`)],
    ['a hashtag is not a heading', 'text', utf8(`${title}\n#法治政府#\n${body.join('\n')}`)],
    ['a PDF copy with page numbers', 'text', utf8(`${title}\n- 1 -\n${body.join('\n')}\n第2页`)],
  ])('%s → %s', (_label, format, bytes) => {
    expect(sniffFormat(bytes)).toEqual({ format });
    expect(sniffFormat(bytes, '-')).toEqual({ format });
  });
});

describe('by name, when the bytes do not say otherwise', () => {
  it.each<[string, InputFormat, string]>([
    ['report.html', 'html', report],
    ['REPORT.HTM', 'html', report],
    ['index.shtml', 'html', report],
    ['C:\\报告\\2023年报告.md', 'markdown', report],
    ['report.markdown', 'markdown', report],
    ['report.json', 'json', report],
    ['report.txt', 'text', htmlPage],
    ['report.txt', 'text', markdown],
    ['https://www.example.gov.cn/art/2024/3/1/art_1.html?id=7', 'html', report],
    // Government sites often serve a web page as .doc, and a renamed text file is still text.
    ['报告.doc', 'html', htmlPage],
    ['报告.docx', 'text', report],
    ['报告.pdf', 'text', report],
    ['notes', 'markdown', markdown],
  ])('%s → %s', (name, format, text) => {
    expect(sniffFormat(utf8(text), name)).toEqual({ format });
  });
});

describe('Word .docx', () => {
  it('a .docx made by the docx library, with or without its name', async () => {
    const doc = new Document({ sections: [{ children: body.slice(0, 20).map((line) => new Paragraph(line)) }] });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect(sniffFormat(bytes)).toEqual({ format: 'docx' });
    expect(sniffFormat(bytes, 'report.docx')).toEqual({ format: 'docx' });
    expect(sniffFormat(bytes, 'report.txt')).toEqual({ format: 'docx' });
    // A truncated file is still a .docx: the docx reader gives the error.
    expect(sniffFormat(bytes.subarray(0, 600))).toEqual({ format: 'docx' });
  });

  it.each<[string, Uint8Array, string | undefined]>([
    ['word/document.xml as Word orders it', zipWith('word/document.xml'), undefined],
    ['[Content_Types].xml first, word/ in the central directory', concat(zipWith('[Content_Types].xml'), new Uint8Array(5000), utf8('PK\x01\x02word/document.xml')), undefined],
    ['any ZIP named .docx', zipWith('something.bin'), '报告.DOCX'],
  ])('%s', (_label, bytes, name) => {
    expect(sniffFormat(bytes, name)).toEqual({ format: 'docx' });
  });
});

describe('refusals', () => {
  const riff = concat(utf8('RIFF'), [0x24, 0, 0, 0], utf8('WEBPVP8 '), filler);
  it.each<[string, string, Uint8Array, RegExp]>([
    ['PNG', 'scan.png', concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], filler), /^scan\.png is an image \(PNG\), not a report/],
    ['JPEG', 'photo.jpg', concat([0xff, 0xd8, 0xff, 0xe0], filler), /is an image \(JPEG\)/],
    ['GIF', 'a.gif', concat(utf8('GIF89a'), filler), /is an image \(GIF\)/],
    ['WebP', 'a.webp', riff, /is an image \(WebP\)/],
    ['a PNG named .txt', 'report.txt', concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], filler), /report\.txt is an image \(PNG\)/],
    ['PDF', 'report.pdf', concat(utf8('%PDF-1.7\n'), filler), /^report\.pdf is a PDF file.*copy the text out of the PDF.*text copied from a PDF is supported/],
    ['a PDF named .txt', 'report.txt', concat(utf8('%PDF-1.4\n'), filler), /report\.txt is a PDF file/],
    ['OLE2 .doc', '报告.doc', concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], filler), /^报告\.doc is an old binary Office file.*save it as \.docx in Word\/WPS/],
    ['RTF', 'report.rtf', utf8('{\\rtf1\\ansi\\ansicpg936 报告}'), /is an RTF file.*save it as \.docx/],
    ['ZIP', 'reports.zip', zipWith('2023/report.txt'), /^reports\.zip is an archive \(ZIP\), not a report/],
    ['.xlsx', 'table.xlsx', zipWith('xl/workbook.xml'), /is an Excel workbook/],
    ['.odt', 'report.odt', zipWith('mimetypeapplication/vnd.oasis.opendocument.text'), /OpenDocument.*save it as \.docx/],
    ['RAR', 'a.rar', concat(utf8('Rar!\x1a\x07\x01\x00'), filler), /archive \(RAR\).*unpack it/],
    ['gzip', 'a.txt.gz', concat([0x1f, 0x8b, 0x08, 0x00], filler), /archive \(gzip\)/],
    ['MHTML', 'page.mht', utf8('From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\r\n'), /saved web archive.*save it as "Web page, HTML only"/],
    ['MHTML in lower case, named .txt', 'page.txt', utf8('mime-version: 1.0\ncontent-type: Multipart/Related; boundary="x"\n\n'), /saved web archive/],
    ['MHTML after a UTF-8 BOM', 'page.mht', concat([0xef, 0xbb, 0xbf], utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n')), /saved web archive/],
    ['MHTML in UTF-16LE', 'page.mht', new Uint8Array(iconv.encode('MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n', 'utf-16le', { addBOM: true })), /saved web archive/],
  ])('%s', (_label, name, bytes, message) => {
    const result = sniffFormat(bytes, name);
    expect(result).toEqual({ refuse: { code: 'INPUT_UNSUPPORTED', message: expect.stringMatching(message), params: expect.objectContaining({ kind: expect.any(String) }) } });
  });

  it('without a name the message says "the input"', () => {
    expect(sniffFormat(concat(utf8('%PDF-1.7\n'), filler))).toMatchObject({ refuse: { message: expect.stringMatching(/^the input is a PDF/) } });
  });

  it.each([
    ['names MIME-Version not at a line start', `${title}\n附件说明：MIME-Version: 1.0 multipart/related 格式的网页不能读取。`],
    ['names MIME without its dash', `${title}\nMIME Version 1.0 multipart/related`],
  ])('a report that %s is text', (_label, text) => {
    expect(sniffFormat(utf8(text), 'report.txt')).toEqual({ format: 'text' });
  });

  it('text starting with "BM" is not a bitmap', () => {
    expect(sniffFormat(utf8('BMW 法治政府建设年度报告 2023'))).toEqual({ format: 'text' });
  });
});

/**
 * A web page flattened onto one or a few lines runs the signature into its buttons and footer
 * ("…人民政府 2024年3月28日 【打印本页】【关闭窗口】 主办单位:… 网站标识码…"): the signature is read
 * before the chrome, which is set aside. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { chromeAfterDate } from '../../src/parse/boilerplate.js';
import { normalizeText } from '../../src/parse/normalize.js';
import { parseReport } from '../../src/index.js';

const TITLE = '白塘县2023年法治政府建设情况报告';
const OPENING = '2023年，白塘县人民政府全面推进依法行政，现将有关情况报告如下。';
const PARTS = ['一、主要举措和成效 全年办理行政复议案件42件，纠错率9.5%。', '二、存在的不足和原因 执法人员偏少，主要原因是编制不足。', '三、2024年工作安排 一是加强执法培训；二是深化普法宣传。'];
const SIGNER = '白塘县人民政府 2024年3月28日';
const FOOTER = '主办单位：白塘县人民政府办公室 网站标识码：5208000001 黔ICP备12345678号';

describe('chromeAfterDate', () => {
  it.each<[string, string | null]>([
    ['白塘县人民政府 2024年3月28日 【打印本页】【关闭窗口】', '【打印本页】【关闭窗口】'],
    ['白塘县人民政府 2024年3月28日【打印】【关闭】', '【打印】【关闭】'],
    ['二是深化普法宣传。 白塘县人民政府 2024年3月28日 主办单位：白塘县人民政府办公室', '主办单位：白塘县人民政府办公室'],
    ['白塘县人民政府 2024 年 3 月 28 日 打印 关闭', '打印 关闭'],
    ['白塘县人民政府 二〇二四年三月二十八日 【打印本页】', '【打印本页】'],
    ['白塘县人民政府 2024年3月28日 【字体：大 中 小】', '【字体：大 中 小】'],
    ['白塘县人民政府 2024年3月28日 （责任编辑：王明）', '（责任编辑：王明）'],
    // An end note between the date and the buttons goes with the chrome.
    ['白塘县人民政府 2024年3月28日 （此件公开发布） 【打印本页】【关闭窗口】', '（此件公开发布） 【打印本页】【关闭窗口】'],
    // Nothing that is page chrome after the date: a sentence, or the date alone.
    ['2024年3月28日，县政府召开常务会议，关闭违规企业3家。', null],
    ['白塘县人民政府 2024年3月28日', null],
    // Chrome with no date before it is classifyLine's to judge.
    ['【打印本页】【关闭窗口】', null],
  ])('%s', (line, chrome) => {
    const norm = normalizeText(line);
    const at = chromeAfterDate(norm);
    expect(at < 0 ? null : norm.slice(at)).toBe(chrome === null ? null : normalizeText(chrome));
  });
});

describe('the signature before a page\'s chrome', () => {
  it.each<[string, string]>([
    ['the whole page on one line', [TITLE, OPENING, ...PARTS, SIGNER, '【打印本页】【关闭窗口】', FOOTER].join(' ')],
    ['a long page on one line (only the end of the line is read)', [TITLE, OPENING, PARTS[0] + '县司法局全年开展执法案卷评查，评查案卷120卷。'.repeat(40), PARTS[1], PARTS[2], SIGNER, '【打印本页】【关闭窗口】', FOOTER].join(' ')],
    ['the last part, the signature and the buttons on one line, the footer below', [TITLE, OPENING, PARTS[0], PARTS[1], `${PARTS[2]} ${SIGNER} 【打印本页】【关闭窗口】`, FOOTER].join('\n')],
    ['the signature and the buttons on a line of their own', [TITLE, OPENING, ...PARTS, `${SIGNER} 【打印本页】【关闭窗口】`, FOOTER].join('\n')],
    ['a date in Chinese numerals, an end note before the buttons', [TITLE, OPENING, ...PARTS, '白塘县人民政府 二〇二四年三月二十八日 （此件公开发布） 【打印本页】【关闭窗口】', FOOTER].join(' ')],
    ['the signer on its line, the date with the footer on the next', [TITLE, OPENING, ...PARTS, '白塘县人民政府', `2024年3月28日 ${FOOTER}`].join('\n')],
  ])('%s', (_name, text) => {
    const doc = parseReport(text);
    expect(doc.meta).toMatchObject({ signed: '2024-03-28', issuer: '白塘县人民政府' });
    const last = doc.sections[doc.sections.length - 1];
    expect(last?.paragraphs.map((p) => p.text)).toEqual(['一是加强执法培训；二是深化普法宣传。']);
  });

  it('a date over buttons at the top of a page is no signature, and the text after it is still read', () => {
    const text = ['2024年3月28日 【打印本页】', TITLE, OPENING, ...PARTS, SIGNER].join('\n');
    const doc = parseReport(text);
    expect(doc.sections.map((s) => s.marker)).toEqual(['一、', '二、', '三、']);
    expect(doc.meta).toMatchObject({ title: TITLE, signed: '2024-03-28', issuer: '白塘县人民政府' });
  });
});

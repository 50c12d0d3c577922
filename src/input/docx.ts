/**
 * Word .docx → text, through mammoth's HTML conversion and the HTML reader: paragraphs become lines,
 * heading styles become heading hints, tables become `cell | cell` rows. Runs in Node and in browsers
 * (mammoth unzips with JSZip; no file system is touched).
 */
import type Mammoth from 'mammoth';
import { InputError } from '../errors.js';
import { htmlToText } from './html.js';
import type { ExtractedText } from './types.js';
import { checkDocxSize } from './zip-limits.js';

/**
 * Word's and WPS's heading styles, by name (mammoth compares names case-insensitively) and by the
 * ids English Word gives them. Chinese Word stores built-in names in English ("heading 1"); WPS and
 * documents made from Chinese templates often name them 标题 1 / 标题1. The document title (Title, 标题)
 * becomes <h1> and Heading 1 <h2>, so the title always ranks above the sections: the HTML reader takes
 * an h1 that reads as a title as the title and shifts the section levels back to 1.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  'p.Title => h1:fresh',
  ...[1, 2, 3, 4, 5].flatMap((n) => [
    `p[style-name='heading ${n}'] => h${n + 1}:fresh`,
    `p[style-name='标题 ${n}'] => h${n + 1}:fresh`,
    `p[style-name='标题${n}'] => h${n + 1}:fresh`,
    `p.Heading${n} => h${n + 1}:fresh`,
  ]),
];

// An OLE compound file (D0 CF 11 E0): an old binary .doc renamed or mislabelled as .docx.
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Extracts the text of a Word .docx: the title first, headings as heading hints, tables as rows.
 * mammoth's conversion warnings (unknown styles, unsupported elements) are dropped: they describe the
 * conversion, not the report.
 *
 * @param bytes The .docx file's bytes.
 * @param name The input's name, for error messages.
 * @param maxBytes The most its text parts may inflate to (see checkDocxSize); no limit by default.
 * @throws InputError `INPUT_TOO_LARGE` for a part that would inflate beyond `maxBytes`, `INPUT_INVALID` for a damaged or truncated file, `INPUT_UNSUPPORTED` for an old
 *   binary .doc, `INPUT_EMPTY` for a document with no text.
 * @example
 * const extracted = await extractDocx(bytes, '2023年度法治政府建设工作报告.docx')
 * extracted.meta.title // '湄潭县2023年度法治政府建设工作报告'
 * extracted.headings[0] // { line: 3, level: 1 }
 */
export async function extractDocx(bytes: Uint8Array, name = 'the document', maxBytes = Number.POSITIVE_INFINITY): Promise<ExtractedText> {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new InputError('INPUT_UNSUPPORTED', `${name} is an old binary Word .doc file, not a .docx: open it in Word/WPS and save it as .docx`, { file: name, params: { kind: 'old-office' } });
  }
  await checkDocxSize(bytes, name, maxBytes);
  // A copy, so the ArrayBuffer holds exactly these bytes: a Node Buffer is often a view into a
  // larger pool, and Buffer#slice would not copy.
  const arrayBuffer = new Uint8Array(bytes).buffer;
  // Loaded on first use, so a browser bundle of the core without Word support leaves mammoth and its
  // unzip and XML libraries (about 300 KB minified) out.
  const { default: mammoth } = (await import('mammoth')) as { default: typeof Mammoth };
  let html: string;
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; JSZip takes either type.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      // Images carry no report text; skip base64-encoding every photo into the HTML.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    html = result.value;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new InputError(
      'INPUT_INVALID',
      `${name} is not a readable .docx (it may be truncated or damaged): ${reason}; open and re-save it in Word/WPS`,
      { cause, file: name },
    );
  }
  const extracted = htmlToText(html, 'docx', name);
  if (!extracted.text.trim()) {
    throw new InputError('INPUT_EMPTY', `${name} has no text: the .docx holds no paragraphs or tables with words in them`, { file: name });
  }
  return extracted;
}

/**
 * The contract between the input stage (bytes → text) and the parser. Every reader returns the text a
 * user would see (the extracted text of an HTML page or a Word file) plus what the container told us
 * about structure: which lines are headings, which line breaks fall mid-sentence, which lines are
 * furniture. Line numbers here are 1-based lines of `text`.
 */
import type { Utf8Decoder } from './decode.js';
import type { DecodeWarning, ReportMeta } from '../types.js';

/**
 * The container formats the readers understand.
 *
 * @example
 * await readInput(text, { format: 'pdf-text' }) // force a reader instead of detecting it
 */
export type InputFormat = 'text' | 'html' | 'docx' | 'markdown' | 'pdf-text' | 'json';

/**
 * A line that the container marks as a heading (h1–h6, a Word heading style, a Markdown `#`).
 *
 * @example
 * (await readInput(docxBytes, { name: 'r.docx' })).headings // [{ line: 3, level: 1 }, …]
 */
export interface HeadingHint {
  /** 1-based line of `text`. */
  line: number;
  /** 1 for the top level. */
  level: number;
}

/**
 * What a reader extracted from one input.
 *
 * @example
 * const extracted = await readInput(bytes, { name: 'report.html' })
 * extracted.format // 'html'; extracted.text is what evidence lines refer to
 */
export interface ExtractedText {
  /** The text, as the user sees it in the original (or the extracted text for HTML/docx/JSON). */
  text: string;
  /** The container format that was read. */
  format: InputFormat;
  /** The character encoding the bytes were decoded with, or null for string input. */
  encoding: string | null;
  /** Lines that the container marks as headings. */
  headings: HeadingHint[];
  /** 1-based lines that are furniture (running headers, page numbers, navigation), kept out of the outline. */
  boilerplateLines: number[];
  /** 1-based lines whose line break falls mid-sentence (PDF copies): the line continues on the next. */
  softBreaks: number[];
  /** Metadata the container carries (a page's <title>, 发布时间, a JSON report's meta). */
  meta: Partial<ReportMeta>;
  /** Invalid bytes replaced while decoding, when there were any. */
  decodeWarnings?: DecodeWarning[];
}

/**
 * Options shared by the readers.
 *
 * @example
 * await readInput(bytes, { name: 'report.txt', encoding: 'gbk', maxBytes: 5 * 1024 * 1024 })
 */
export interface ReadOptions {
  /** The input's name (a file path): its extension helps pick the format. */
  name?: string;
  /** Force a character encoding (e.g. `gbk`, `utf-8`, `utf-16le`) instead of detecting it. */
  encoding?: string;
  /** Force a format instead of detecting it. */
  format?: InputFormat;
  /** Refuse inputs larger than this many bytes. Default 20 MiB. */
  maxBytes?: number;
  /**
   * A strict UTF-8 decoder faster than the platform's TextDecoder, if you have one: it returns the
   * text, or null when the bytes are not valid UTF-8. On Node 20, TextDecoder turns Chinese text into
   * a string at about a third of the speed of node:buffer (`isUtf8` then `transcode`), which is what
   * the CLI passes; a batch reads thousands of reports.
   */
  utf8?: Utf8Decoder;
}

/** A fresh ExtractedText for plain text with no hints. */
export function plainText(text: string, format: InputFormat, encoding: string | null): ExtractedText {
  return { text, format, encoding, headings: [], boilerplateLines: [], softBreaks: [], meta: {} };
}

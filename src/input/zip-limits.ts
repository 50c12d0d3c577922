/**
 * A size check on a .docx before it is unzipped: a zip bomb (a 300 KB file whose document.xml inflates
 * to gigabytes) must be refused with a typed error, not take the process down with it. mammoth (through
 * JSZip) inflates each part whole before looking at it, so the limit has to be enforced here, first.
 *
 * Two steps. The central directory declares every part's uncompressed size: the XML parts mammoth reads
 * must add up to no more than the limit. A declared size can lie, so each of those parts is then inflated
 * as a stream (the platform's DecompressionStream: Node 20 and browsers, no dependency), counting bytes
 * and stopping at the declared size, so at most `limit` bytes are ever produced.
 */
import { InputError } from '../errors.js';
import { formatBytes } from './size-limit.js';

/** One entry of a zip's central directory. */
interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
// A ZIP64 size or offset: the real value is elsewhere; a report's .docx never needs one.
const ZIP64_MARK = 0xffffffff;

/** The parts mammoth reads as text: the document, its styles, numbering, notes and relationships. */
const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The central directory's entries, or null when the bytes have no readable one (mammoth then says why). */
function readCentralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const data = view(bytes);
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (data.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = data.getUint16(eocd + 10, true);
  let at = data.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, or null when its local header is not where the directory says. */
function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view(bytes).getUint32(at, true) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + view(bytes).getUint16(at + 26, true) + view(bytes).getUint16(at + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/** How many bytes inflating `compressed` yields, stopping as soon as it passes `cap`. */
async function inflatedSize(compressed: Uint8Array, cap: number): Promise<number> {
  const reader = new Blob([compressed as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > cap) return total;
    }
  } catch {
    // A damaged stream: mammoth reports it, with its own words, when it reads the part.
    return total;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

function tooLarge(name: string, part: string, size: string, maxBytes: number): InputError {
  return new InputError(
    'INPUT_TOO_LARGE',
    `${name} is a .docx whose ${part} inflates to ${size}, above the limit of ${formatBytes(maxBytes)}; it is not unzipped: check that this is the right file, or raise the limit (--max-size)`,
    { file: name },
  );
}

/**
 * Refuses a .docx whose text parts would inflate beyond `maxBytes`, before anything is unzipped whole.
 * Bytes that are not a readable zip pass: mammoth then says what is wrong with them.
 *
 * @throws InputError `INPUT_TOO_LARGE` naming the part and the limit.
 * @example
 * await checkDocxSize(bytes, '报告.docx', 20 * 1024 * 1024)
 */
export async function checkDocxSize(bytes: Uint8Array, name: string, maxBytes: number): Promise<void> {
  if (!Number.isFinite(maxBytes)) return;
  const entries = readCentralDirectory(bytes);
  if (!entries) return;
  const parts = entries.filter((e) => isXmlPart(e.name));
  let declared = 0;
  for (const part of parts) {
    if (part.uncompressedSize === ZIP64_MARK) throw tooLarge(name, part.name, 'over 4 GiB', maxBytes);
    declared += part.uncompressedSize;
    if (declared > maxBytes) throw tooLarge(name, part.name, `${formatBytes(part.uncompressedSize)} (by its zip directory)`, maxBytes);
  }
  let remaining = maxBytes;
  for (const part of parts) {
    if (part.method !== 8) continue;
    const compressed = compressedData(bytes, part);
    if (!compressed) continue;
    // The declared size may lie: never let a part produce more than it declared or than the limit left.
    const cap = Math.min(remaining, part.uncompressedSize);
    const size = await inflatedSize(compressed, cap);
    if (size > cap) throw tooLarge(name, part.name, `more than ${formatBytes(cap)} (more than its zip directory declares)`, maxBytes);
    remaining -= size;
  }
}


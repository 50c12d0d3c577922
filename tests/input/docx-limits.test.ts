import { describe, expect, it } from 'vitest';
import { isChecklistError } from '../../src/errors.js';
import { readInput } from '../../src/input/read-input.js';
import { bulkyDocx } from './bulky-docx.js';

const MIB = 1024 * 1024;

/** The same bytes with word/document.xml's size in the zip's central directory rewritten to `size`. */
function withDeclaredSize(bytes: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const data = new DataView(out.buffer);
  const name = new TextEncoder().encode('word/document.xml');
  for (let i = 0; i + 46 < out.length; i++) {
    if (data.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = data.getUint16(i + 28, true);
    const found = out.subarray(i + 46, i + 46 + nameLength);
    if (nameLength === name.length && found.every((b, k) => b === name[k])) {
      data.setUint32(i + 24, size, true);
      return out;
    }
  }
  throw new Error('no word/document.xml in the central directory');
}

async function refusal(bytes: Uint8Array, maxBytes: number): Promise<unknown> {
  return readInput(bytes, { name: 'bomb.docx', maxBytes }).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('a .docx that inflates beyond the size limit', () => {
  it('is refused by the sizes its zip directory declares, naming the part and the limit', async () => {
    const bytes = await bulkyDocx(3);
    expect(bytes.length).toBeLessThan(MIB); // small on disk: the limit must apply to what it inflates to
    const error = await refusal(bytes, MIB);
    expect(isChecklistError(error) && error.code).toBe('INPUT_TOO_LARGE');
    expect((error as Error).message).toMatch(/bomb\.docx.*word\/document\.xml.*1 MiB/);
  });

  it('is refused while inflating when its zip directory understates the size', async () => {
    const bytes = withDeclaredSize(await bulkyDocx(3), 1000);
    const error = await refusal(bytes, MIB);
    expect(isChecklistError(error) && error.code).toBe('INPUT_TOO_LARGE');
    expect((error as Error).message).toMatch(/word\/document\.xml.*more than its zip directory declares/);
  });

  it('is read when the limit is above what it inflates to', async () => {
    const bytes = await bulkyDocx(1);
    const extracted = await readInput(bytes, { name: 'big.docx', maxBytes: 4 * MIB });
    expect(extracted.text.startsWith('某县2023年法治政府建设年度报告')).toBe(true);
  });
});

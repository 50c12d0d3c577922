/**
 * readInput on bytes nobody wrote on purpose: arbitrary bytes under every extension, truncated and
 * garbled .docx files, HTML and JSON nested to any depth. A refusal is a typed error; nothing crashes.
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { readInput } from '../../src/input/read-input.js';
import { FC, SEEDS, typedOrNothing } from './support.js';

const NAMES = ['r.txt', 'r.html', 'r.docx', 'r.json', 'r.md', 'r', 'r.pdf', 'r.doc'];
const MAX_BYTES = 256 * 1024;

describe('readInput never throws anything but a ChecklistError', () => {
  it('on arbitrary bytes, whatever the file is called', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom(...NAMES), (bytes, name) => typedOrNothing(() => readInput(bytes, { name, maxBytes: MAX_BYTES }))),
      FC,
    );
  });

  it('on a seed report with random bytes overwritten, under a forced encoding or none', async () => {
    const seed = new TextEncoder().encode(SEEDS[0]!);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }), fc.constantFrom(undefined, 'utf-8', 'gbk', 'utf-16le', 'big5'), (edits, encoding) => {
        const bytes = new Uint8Array(seed);
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        return typedOrNothing(() => readInput(bytes, { name: 'r.txt', ...(encoding ? { encoding } : {}) }));
      }),
      FC,
    );
  });

  describe('on a damaged .docx', () => {
    let docx = new Uint8Array();
    beforeAll(async () => {
      const lines = SEEDS[0]!.split('\n').filter((l) => l.trim());
      const doc = new Document({ sections: [{ children: lines.map((l, i) => new Paragraph(i === 0 ? { text: l, heading: HeadingLevel.TITLE } : l)) }] });
      docx = new Uint8Array(await Packer.toBuffer(doc));
    });

    it('truncated anywhere', async () => {
      await fc.assert(fc.asyncProperty(fc.nat(), (at) => typedOrNothing(() => readInput(docx.subarray(0, at % docx.length), { name: 'r.docx', maxBytes: MAX_BYTES }))), FC);
    });

    it('with bytes garbled anywhere', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), (edits) => {
          const bytes = new Uint8Array(docx);
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          return typedOrNothing(() => readInput(bytes, { name: 'r.docx', maxBytes: MAX_BYTES }));
        }),
        FC,
      );
    });
  });

  it('on HTML and JSON nested to any depth', async () => {
    const html = (depth: number, tag: string) => `<html><body>${`<${tag}>`.repeat(depth)}<p>${SEEDS[0]!.slice(0, 200)}</p>${`</${tag}>`.repeat(depth)}</body></html>`;
    const json = (depth: number) => `{"title":"报告","sections":[${'{"heading":"一、","text":"x","sections":['.repeat(depth)}${']}'.repeat(depth)}]}`;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6000 }), fc.constantFrom('div', 'span', 'table', 'li', 'b'), async (depth, tag) => {
        await typedOrNothing(() => readInput(html(depth, tag), { name: 'r.html' }));
        await typedOrNothing(() => readInput(json(depth), { name: 'r.json' }));
      }),
      { ...FC, numRuns: 20 },
    );
  });
});

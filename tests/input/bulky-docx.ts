/** A .docx fixture that is small on disk and large inflated, for the size-limit tests. */
import { Document, Packer, Paragraph } from 'docx';

/** A real .docx whose document.xml is `mib` MiB of one repeated sentence: it deflates ~1000:1. */
export async function bulkyDocx(mib: number): Promise<Uint8Array> {
  const sentence = '本年度全面推进依法行政工作。';
  const line = sentence.repeat(Math.ceil(64 * 1024 / (sentence.length * 3)));
  const paragraphs = Array.from({ length: mib * 16 }, () => new Paragraph(line));
  const doc = new Document({ sections: [{ children: [new Paragraph('某县2023年法治政府建设年度报告'), ...paragraphs] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}


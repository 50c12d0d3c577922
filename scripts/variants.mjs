// `node scripts/variants.mjs [variant…] [--quiet]`: how well the checker agrees with the dev labels when
// each dev text document is rewritten the way copies of real reports arrive: CRLF line ends, indented
// paragraphs, half-width punctuation, the whole text joined onto one line (with a space between the
// old lines, or with nothing between them). A careful reader gives every variant the same labels as
// the original, so each variant is measured against the same labels by the corpus tool beside the
// checkout (../shared/tools/check-corpus.mjs, whose label semantics are the reference). Line ranges of
// `sections` are kept only for variants that keep the lines. Run `npm run build` first.
//
// The dev corpus is optional outside data beside the checkout; without it this says so in one line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tool = path.resolve(root, '../shared/tools/check-corpus.mjs');
const corpus = path.resolve(root, '../shared/corpus/dev');
const labelsFile = path.resolve(root, '../shared/corpus/dev.yaml');
if (!existsSync(tool) || !existsSync(corpus) || !existsSync(labelsFile)) {
  console.log('variants skipped: the optional ../shared/corpus/dev and ../shared/tools/check-corpus.mjs are not beside this checkout');
  process.exit(0);
}
if (!existsSync(path.join(root, 'dist/cli.js'))) {
  console.error('variants: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}
const YAML = createRequire(path.join(root, 'package.json'))('yaml');

const HALF_WIDTH = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?', '　': ' ' };

/** Each rewrite maps a document's text to its variant; `keepsLines` says whether line numbers survive. */
const VARIANTS = {
  crlf: { keepsLines: true, rewrite: (text) => text.replace(/\r?\n/g, '\r\n') },
  indented: { keepsLines: true, rewrite: (text) => text.replace(/^(?=\S)/gm, '\u3000\u3000') },
  'half-width': { keepsLines: true, rewrite: (text) => text.replace(/[，：；（）！？　]/g, (c) => HALF_WIDTH[c]) },
  'one line, spaces': { keepsLines: false, rewrite: (text) => lines(text).join(' ') },
  'one line': { keepsLines: false, rewrite: (text) => lines(text).join('') },
};

function lines(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/** The dev documents that are plain UTF-8 text (binary, HTML and legacy-encoded ones are other layouts). */
function textDocuments(entries) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return entries.filter((e) => {
    if (!e.file.endsWith('.txt')) return false;
    try {
      decoder.decode(readFileSync(path.join(corpus, e.file)));
      return true;
    } catch {
      return false;
    }
  });
}

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const wanted = args.filter((a) => !a.startsWith('--'));
const entries = textDocuments(YAML.parse(readFileSync(labelsFile, 'utf8')));
const tmp = path.join(os.tmpdir(), `cc-variants-${process.pid}`);
let failed = false;
console.log(`variants of ${entries.length} dev text documents, agreement with ../shared/corpus/dev.yaml`);
try {
  for (const [name, variant] of Object.entries(VARIANTS)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    const dir = path.join(tmp, name.replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    for (const e of entries) writeFileSync(path.join(dir, e.file), variant.rewrite(readFileSync(path.join(corpus, e.file), 'utf8')));
    const labels = entries.map((e) => (variant.keepsLines ? e : { ...e, sections: undefined }));
    const labelPath = path.join(dir, 'labels.yaml');
    writeFileSync(labelPath, YAML.stringify(labels));
    const run = spawnSync(process.execPath, [tool, '--labels', labelPath, '--dir', dir, '--cli', path.join(root, 'dist/cli.js')], { cwd: root, encoding: 'utf8' });
    const out = run.stdout.trim().split('\n');
    const summary = out.filter((l) => /^(agreement|evidence in the right section):/.test(l)).join('; ');
    console.log(`${name.padEnd(18)} ${summary || run.stdout + run.stderr}`);
    if (!quiet) for (const l of out) if (!/^(agreement|evidence)/.test(l)) console.log(`  ${l}`);
    failed ||= run.status !== 0;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

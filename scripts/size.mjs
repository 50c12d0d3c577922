// `npm run size`: what a browser app pays for the core. Bundles the built library (dist/index.js, as a
// user's bundler would) for the browser with esbuild, minified, and gzips it:
//   - assess + loadRuleSet: checked against BUDGET_KIB; Word reading (mammoth, JSZip, xmldom) must not
//     be in it, since docx.ts loads mammoth only when a .docx is read;
//   - parseRuleSet alone: reported, with whether json-rules-engine comes along (it should not);
//   - neither may hold ajv: every schema is compiled at build time (scripts/precompile-schema.ts).
// esbuild fails on a Node built-in for platform "browser", so a clean build also shows the core has none.
//   node scripts/size.mjs [--json]      (run `npm run build` first)
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The ceiling CI enforces, in KiB of gzip, for assess + loadRuleSet: 130 (120 measured once the
 * traditional→simplified table was taken from opencc-js at build time instead of shipping its
 * dictionary, and the precompiled validators stopped inlining refs; 233 before, 247 before ajv left
 * the bundle). The aim is 100: above it today are the precompiled validators (ajv's `verbose` code
 * embeds each schema node its errors point at), yaml and the pattern-safety parser (regexpp).
 */
export const BUDGET_KIB = 130;
const AIM_KIB = 100;
const WORD_READING = ['mammoth', 'jszip', '@xmldom/xmldom', 'xmlbuilder'];
/** Schema compilers: the validators are generated at build time, so none may reach a bundle. */
const SCHEMA_COMPILERS = ['ajv', 'fast-deep-equal', 'json-schema-traverse', 'fast-uri'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kib = (n) => (n / 1024).toFixed(1);
if (!existsSync(path.join(root, 'dist/index.js'))) {
  console.error('size: dist/index.js is missing; run `npm run build` first');
  process.exit(2);
}

/** Bundles `names` from the built library; returns sizes and bytes per package. */
async function measure(names) {
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from './dist/index.js';`, resolveDir: root, loader: 'js', sourcefile: 'size-entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    // Dynamic imports (the Word reader) go to their own chunks, outside the entry measured here.
    splitting: true,
    outdir: path.join(root, '.size'),
    logLevel: 'error',
  });
  const [outName, output] = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint !== undefined);
  const file = result.outputFiles.find((f) => path.relative(root, f.path) === outName);
  const packages = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? 'compliance-checklist';
    packages.set(name, (packages.get(name) ?? 0) + bytesInOutput);
  }
  return { min: file.contents.byteLength, gzip: gzipSync(file.contents, { level: 9 }).byteLength, packages };
}

const core = await measure(['assess', 'loadRuleSet']);
const rules = await measure(['parseRuleSet']);
const word = WORD_READING.filter((p) => core.packages.has(p));
const compilers = SCHEMA_COMPILERS.filter((p) => core.packages.has(p) || rules.packages.has(p));
const engineInRules = rules.packages.has('json-rules-engine');
const top = [...core.packages].sort((a, b) => b[1] - a[1]).slice(0, 8);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ core: { minified: core.min, gzip: core.gzip, budgetKiB: BUDGET_KIB, aimKiB: AIM_KIB }, parseRuleSet: { minified: rules.min, gzip: rules.gzip, jsonRulesEngine: engineInRules }, top: Object.fromEntries(top) }));
} else {
  console.log(`assess + loadRuleSet for the browser: ${kib(core.min)} KiB minified, ${kib(core.gzip)} KiB gzip (budget ${BUDGET_KIB}, aim ${AIM_KIB} KiB gzip)`);
  console.log(`  largest parts (minified KiB): ${top.map(([n, b]) => `${n} ${kib(b)}`).join(', ')}`);
  console.log(`parseRuleSet alone: ${kib(rules.min)} KiB minified, ${kib(rules.gzip)} KiB gzip; json-rules-engine ${engineInRules ? 'included (dist/index.js imports it at the top and it is CommonJS, which a bundler keeps for its side effects; src/rules imports no engine code: tests/architecture-imports.test.ts)' : 'not included'}`);
}
let failed = false;
if (word.length > 0) {
  console.error(`size: Word reading is in the core bundle (${word.join(', ')}): mammoth must be loaded with a dynamic import`);
  failed = true;
}
if (compilers.length > 0) {
  console.error(`size: a schema compiler is in the bundle (${compilers.join(', ')}): validate with the precompiled validators (scripts/precompile-schema.ts)`);
  failed = true;
}
if (core.gzip > BUDGET_KIB * 1024) {
  console.error(`size: over budget by ${kib(core.gzip - BUDGET_KIB * 1024)} KiB gzip`);
  failed = true;
}
process.exit(failed ? 1 : 0);

import { readFileSync } from 'node:fs';
import { parseReport } from '../src/index.js';
const f = process.argv[2]!;
const doc = parseReport(readFileSync(f, 'utf8'));
console.log(JSON.stringify(doc.meta));
console.log('preamble', doc.preamble.map(p => p.line));
function walk(ss: any[], ind = '') { for (const s of ss) { console.log(`${ind}L${s.line}-${s.endLine} [${s.level}] ${s.marker}${s.heading.slice(0,40)} ${s.runIn?'(run-in)':''} paras=${s.paragraphs.length} items=${s.items.length}`); walk(s.children, ind + '  '); } }
walk(doc.sections);
console.log('boilerplate', doc.boilerplate.map(b => b.line));

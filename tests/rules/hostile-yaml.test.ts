/** Rule-set and waivers files built to exhaust the loader come back as typed problems, never crashes. */
import { describe, expect, it } from 'vitest';
import { parseRuleSet } from '../../src/rules/load-rule-set.js';
import { MAX_EXTENDS_DEPTH } from '../../src/rules/read-layers.js';
import { parseWaivers } from '../../src/rules/waivers.js';
import { MAX_ALIAS_COUNT } from '../../src/rules/yaml-source.js';
import { loadFrom, rejection } from './support.js';

/** Each level refers to the previous one nine times: 9⁵ leaves from a few hundred bytes. */
const LAUGHS = [
  'lol: &a [哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
].join('\n');

/** One anchor used more often than the limit allows, with no expansion at all. */
const MANY_ALIASES = `x: &x 1\nlist: [${Array.from({ length: MAX_ALIAS_COUNT + 5 }, () => '*x').join(', ')}]\n`;

describe.each([
  ['a rule set', (text: string) => parseRuleSet(`id: x\nversion: 1.0.0\ntitle: t\n${text}\n`, { name: 'bomb.yaml' })],
  ['a waivers file', (text: string) => parseWaivers(`${text}\nwaivers: []\n`, { name: 'bomb.yaml' })],
])('alias bombs in %s', (_, load) => {
  it.each([
    ['billion laughs', LAUGHS],
    [`more than ${MAX_ALIAS_COUNT} alias uses`, MANY_ALIASES],
  ])('%s: a YAML_SYNTAX problem naming the limit', (_name, text) => {
    const error = rejection(() => load(text));
    expect(error.problems.map((p) => [p.file, p.code])).toEqual([['bomb.yaml', 'YAML_SYNTAX']]);
    expect(error.problems[0]!.message).toContain(`beyond the limit of ${MAX_ALIAS_COUNT} uses`);
  });

  it('a few aliases are fine', () => {
    expect(() => load('x: &x 1\nlist: [*x, *x]')).not.toThrow(/alias/);
  });
});

describe('an extends chain', () => {
  const chain = (length: number): Record<string, string> => {
    const files: Record<string, string> = {};
    for (let i = 0; i < length; i++) {
      const base = i < length - 1 ? `./r${i + 1}.yaml` : 'fzzf-annual-report';
      files[`r${i}.yaml`] = `id: r${i}\nversion: 1.0.0\ntitle: 第${i}层\nextends: [${base}]\n`;
    }
    return files;
  };

  it('thousands deep is refused at the file where it passes the limit', () => {
    const error = rejection(() => loadFrom(chain(2000), 'r0.yaml'));
    expect(error.problems.map((p) => [p.file, p.code, p.path])).toEqual([[`r${MAX_EXTENDS_DEPTH - 1}.yaml`, 'RULESET_INVALID', 'extends[0]']]);
    expect(error.problems[0]!.message).toContain(`deeper than ${MAX_EXTENDS_DEPTH} rule sets`);
  });

  it('within the limit loads', () => {
    expect(loadFrom(chain(MAX_EXTENDS_DEPTH - 2), 'r0.yaml').extends).toHaveLength(MAX_EXTENDS_DEPTH - 2); // 29 files and the built-in base
  });
});

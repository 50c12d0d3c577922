/**
 * The registries of check kinds: the language's list (src/kinds/specs.ts), the run-time registry
 * (src/kinds/index.ts) and the describers (src/kinds/describers.ts) name the same kinds, and the
 * compiler refuses a registry that lacks one. The `@ts-expect-error` lines are the proof:
 * `npm run typecheck` fails if any of them compiles.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { KIND_DESCRIBERS, type KindDescriberRegistry } from '../../src/kinds/describers.js';
import { CHECK_KINDS, type CheckKindRegistry } from '../../src/kinds/index.js';
import type { KindDescribers } from '../../src/kinds/kind-spec.js';
import { CHECK_KIND_NAMES, KIND_SPECS, kindSpecOf, type CheckKindOptions, type GenreOptions, type OrderOptions } from '../../src/kinds/specs.js';
import { conditionFacts } from '../../src/rules/condition-vocabulary.js';
import { CLI_LOCALES } from '../../src/messages/cli/index.js';

const { length: _length, ...withoutLength } = CHECK_KINDS;
// @ts-expect-error a run-time registry without one of the language's kinds does not compile
const incomplete: CheckKindRegistry = withoutLength;

// @ts-expect-error a run-time registry with a kind the language lacks does not compile either
const unknownKind: CheckKindRegistry = { ...CHECK_KINDS, lengthy: CHECK_KINDS.length };

// @ts-expect-error a kind's words are needed in every locale
const onlyChinese: KindDescribers<OrderOptions> = { 'zh-CN': () => [] };

const { order: _order, ...withoutOrder } = KIND_DESCRIBERS;
// @ts-expect-error nor does a describer registry without one of them
const undescribed: KindDescriberRegistry = withoutOrder;

// @ts-expect-error a describer speaks of its own kind's options (order's `slots`, not genre's `title`)
const wrongWords: KindDescriberRegistry = { ...KIND_DESCRIBERS, order: { 'zh-CN': (o: GenreOptions) => o.title, en: (o: GenreOptions) => o.title } };

// Each kind's options type comes from its spec.
expectTypeOf<CheckKindOptions['order']>().toEqualTypeOf<OrderOptions>();
expectTypeOf<CheckKindOptions['genre']>().toEqualTypeOf<GenreOptions>();

describe('the check-kind registries', () => {
  it('name the same kinds, in the same order', () => {
    expect(Object.keys(CHECK_KINDS)).toEqual(CHECK_KIND_NAMES);
    expect(Object.keys(KIND_DESCRIBERS)).toEqual(CHECK_KIND_NAMES);
    expect(CHECK_KIND_NAMES).toEqual(Object.keys(KIND_SPECS));
    // The compile-time fixtures above are values too; they keep what they were given.
    expect(Object.keys(incomplete)).not.toContain('length');
    expect(Object.keys(unknownKind)).toContain('lengthy');
    expect(Object.keys(onlyChinese)).toEqual(['zh-CN']);
    expect(Object.keys(undescribed)).not.toContain('order');
    expect(wrongWords.order.en({ title: ['x'], topic: [] } as never, {} as never)).toEqual(['x']);
  });

  // Raw conditions name a kind's fact by the kind's name (src/rules/condition-vocabulary.ts).
  it.each(CHECK_KIND_NAMES)('%s measures under its own name, or is no fact when it nests checks', (name) => {
    const nests = Boolean(KIND_SPECS[name].fields.nested);
    expect(CHECK_KINDS[name].fact).toBe(name);
    expect(conditionFacts().has(name)).toBe(!nests);
  });

  it.each(CHECK_KIND_NAMES)('%s is described in every locale', (name) => {
    for (const locale of CLI_LOCALES) expect(typeof KIND_DESCRIBERS[name][locale]).toBe('function');
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', 'Section'])('%s is not a kind', (name) => {
    expect(kindSpecOf(name)).toBeUndefined();
  });
});

/**
 * Rule-set layers: a file and, through `extends`, its bases, composed in order. The built-in ones come
 * from the embedded data without parsing or checking; the CLI and loadRuleSet() go through here alone,
 * so checking reports with a built-in rule set never loads the YAML reader or the schema validators.
 */
import { BUILTIN_RULE_SETS } from './builtin-sets.generated.js';
import { applyLayer, emptyComposed, type Composed } from './compose.js';

type Data = Record<string, unknown>;

/** One rule-set file and its bases. */
export interface Layer {
  /** The source name (a file path, or `rules/<id>.yaml` for a built-in rule set). */
  name: string;
  /** How a chain lists it: the built-in id, or the resolved name. */
  ref: string;
  /** The parsed data, or null when the text is not a YAML mapping. */
  data: Data | null;
  /** The bases, in `extends` order. */
  bases: Layer[];
  /** False when this file or any of its bases has a problem. */
  ok: boolean;
}

const builtinLayers = new Map<string, Layer>();

/**
 * A shipped rule set, read once per process from its embedded data. It is not parsed or re-checked
 * here: the test suite reads each shipped file through the full YAML path and its checks.
 */
export function builtinLayer(id: string): Layer {
  const known = builtinLayers.get(id);
  if (known) return known;
  const data = BUILTIN_RULE_SETS[id] as Data;
  const refs = Array.isArray(data.extends) ? (data.extends as string[]) : [];
  const layer: Layer = { name: `rules/${id}.yaml`, ref: id, data, bases: refs.map(builtinLayer), ok: true };
  builtinLayers.set(id, layer);
  return layer;
}

/**
 * The files the given layers build on, and the layers themselves, each once, bases before the files that extend them: the order in which
 * their own data is applied. With a diamond (a extends b and c, both extend d), d is applied once, first.
 *
 * @example
 * linearize(city).map((l) => l.ref) // ['fzzf-annual-report', 'province.yaml', 'city.yaml']
 */
export function linearize(...layers: Layer[]): Layer[] {
  const out: Layer[] = [];
  const seen = new Set<string>();
  const visit = (l: Layer) => {
    for (const base of l.bases) visit(base);
    if (!seen.has(l.name)) {
      seen.add(l.name);
      out.push(l);
    }
  };
  layers.forEach(visit);
  return out;
}

/**
 * The data of a list of layers composed in order, or null when one of them could not be read.
 *
 * @example
 * const composed = composeLayers(linearize(root))
 */
export function composeLayers(layers: Layer[]): Composed | null {
  if (layers.some((l) => !l.ok || !l.data)) return null;
  return layers.reduce((composed, l) => applyLayer(composed, l.data as Data), emptyComposed());
}

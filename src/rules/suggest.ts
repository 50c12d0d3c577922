/** "Did you mean …?": the closest allowed name to a likely typo. */

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

/**
 * The closest allowed name, when it is close enough to be a likely typo.
 *
 * @example
 * suggest('weigth', ['weight', 'severity']) // 'weight'
 * suggest('colour', ['weight']) // null
 */
export function suggest(name: string, allowed: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const d = levenshtein(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

/**
 * ` (did you mean "x"?)` for a likely typo, else ` (known: a, b, c)` listing what is allowed, else ''.
 *
 * @example
 * didYouMean('shortcoming-cause', ['shortcoming-causes']) // ' (did you mean "shortcoming-causes"?)'
 */
export function didYouMean(name: string, allowed: readonly string[], label = 'known'): string {
  const hint = suggest(name, allowed);
  if (hint) return ` (did you mean "${hint}"?)`;
  return allowed.length > 0 ? ` (${label}: ${allowed.join(', ')})` : '';
}

/**
 * Plain ANSI styling, so the package needs no colour dependency. Every helper is the identity when
 * colour is off, which keeps the formatters' code free of `if (color)` branches.
 */

/** A text style: how to open it and how to close it. */
export type AnsiStyle = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'magenta' | 'cyan' | 'gray';

const CODES: Record<AnsiStyle, readonly [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  gray: [90, 39],
};

/** A painter: applies a style when colour is on, returns the text unchanged when it is off. */
export type Paint = (style: AnsiStyle, text: string) => string;

/**
 * Makes a painter.
 *
 * @example
 * createPaint(true)('red', 'missing') // '\u001b[31mmissing\u001b[39m'
 * createPaint(false)('red', 'missing') // 'missing'
 */
export function createPaint(enabled: boolean): Paint {
  if (!enabled) return (_style, text) => text;
  return (style, text) => {
    const [open, close] = CODES[style];
    return text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`;
  };
}

/**
 * Removes ANSI styling, e.g. to compare output in tests.
 *
 * @example
 * stripAnsi('\u001b[1mbold\u001b[22m') // 'bold'
 */
export function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

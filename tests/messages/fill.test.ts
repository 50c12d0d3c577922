import { describe, expect, it } from 'vitest';
import { fill } from '../../src/messages/core/index.js';

// fill keeps a split of each template; it must say exactly what a placeholder-by-placeholder replace says.
const replaceAll = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

describe('fill', () => {
  it.each([
    ['第{{line}}行', { line: 3 }, '第3行'],
    ['{{a}}{{b}}', { a: 'x', b: 0 }, 'x0'],
    ['无占位', { a: 1 }, '无占位'],
    ['{{missing}}后', {}, '后'],
    ['{{ a }} is not a placeholder {{a}}', { a: 'y' }, '{{ a }} is not a placeholder y'],
    ['{{a}}', { a: '{{b}}', b: 'no second pass' }, '{{b}}'],
  ] as Array<[string, Record<string, string | number>, string]>)('%s', (template, values, expected) => {
    expect(fill(template, values)).toBe(expected);
    expect(fill(template, values)).toBe(replaceAll(template, values)); // second call: the kept split
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { remember } from '../../src/model/cache';

describe('remember', () => {
  it('makes a value once and, when full, forgets the one used longest ago', () => {
    const map = new Map<string, number>();
    let made = 0;
    const get = (key: string) => remember(map, key, 2, () => ++made);
    expect([get('a'), get('b'), get('a')]).toEqual([1, 2, 1]);
    // 'a' was used last, so 'c' pushes out 'b'.
    get('c');
    expect([...map.keys()].sort()).toEqual(['a', 'c']);
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(4);
    expect(made).toBe(4);
  });
});

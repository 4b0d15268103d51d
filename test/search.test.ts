import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../src/engine/search.js';

describe('partitionPoint', () => {
  const starts = [0, 5, 5, 9, 20];
  it('gives the insertion point of a sorted array', () => {
    expect(partitionPoint(starts.length, (k) => starts[k]! < 5)).toBe(1);
    expect(partitionPoint(starts.length, (k) => starts[k]! <= 5)).toBe(3);
    expect(partitionPoint(starts.length, (k) => starts[k]! < 100)).toBe(5);
    expect(partitionPoint(starts.length, (k) => starts[k]! < 0)).toBe(0);
  });
  it('answers 0 for an empty range without calling the predicate', () => {
    expect(
      partitionPoint(0, () => {
        throw new Error('called');
      }),
    ).toBe(0);
  });
});

/**
 * The first index in `[0, length)` at which `before(index)` is false, for a `before` that holds on
 * a prefix of the range and fails on the rest: the insertion point in a sorted array (`length`
 * when it holds everywhere). One binary search for the refiners, fact builders and pipeline.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

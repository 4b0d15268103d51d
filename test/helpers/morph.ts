import { createMorphSync } from '../../src/morph/index.js';
import type { Morph } from '../../src/morph/types.js';

let morph: Morph | null = null;
/** Morphology loads once per test worker. */
export function testMorph(): Morph {
  morph ??= createMorphSync();
  return morph;
}

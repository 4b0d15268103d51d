import { describe, expect, it } from 'vitest';
import { classOf, classify, PRESET_RANGES } from '../src/segment/chars.js';

describe('character classes', () => {
  it('the preset classes are the ones the Unicode properties give', () => {
    let checked = 0;
    for (const [from, to] of PRESET_RANGES)
      for (let c = from; c < to; c++) {
        expect(classOf(c), `U+${c.toString(16)}`).toBe(classify(c));
        checked++;
      }
    expect(checked).toBe(0x100 + 0x100 + 0x70);
  });
});

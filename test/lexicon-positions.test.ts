import { describe, expect, it } from 'vitest';
import { fold } from '../src/engine/index.js';
import {
  COMPOUND_OFFICES,
  MILITARY,
  OCCUPATIONS,
  OFFICES,
  OFFICE_ADJECTIVES,
  RANKS,
  TITLES,
} from '../src/lexicon/positions/index.js';
import { positionLexicon } from '../src/extractors/positions/index.js';
import { segment } from '../src/segment/index.js';
import { testMorph } from './helpers/morph.js';

// Every office word must be reachable: the morphology knows it and reads it back to the same
// dictionary form, which is what the rules compare ("министра" -> "министр"). A word that fails
// here would be silently dead.
const morph = testMorph();

describe('positions lexicon', () => {
  const words = [...OFFICES, ...OCCUPATIONS, ...MILITARY, ...TITLES].filter((w) => !w.includes(' '));
  it('is written in dictionary form, and every word is its own lemma to the morphology', () => {
    const dead = words.filter(
      (w) => !morph.parse(w).some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.lemma === fold(w)),
    );
    expect(dead).toEqual([]);
  });

  it('lists modifiers and adjectives as adjectives', () => {
    const bad = [...RANKS, ...OFFICE_ADJECTIVES].filter((w) => !morph.parse(w).some((p) => p.pos === 'ADJF'));
    expect(bad).toEqual([]);
  });

  it('builds every compound office into the trie', () => {
    const lex = positionLexicon({ morph, segment });
    expect(lex.compounds.unreachable).toEqual([]);
    expect(lex.compounds.size).toBe(COMPOUND_OFFICES.length);
    expect(lex.regions.unreachable).toEqual([]);
  });

  it('has no word twice in one list', () => {
    for (const list of [OFFICES, OCCUPATIONS, MILITARY, TITLES, RANKS]) expect(list.length).toBe(new Set(list).size);
  });
});

import { describe, expect, it } from 'vitest';
import { SPEECH_NOUNS, SPEECH_VERBS } from '../src/lexicon/speech.js';
import { APPOINTING_VERBS, GENERIC_PLACES, OFFICE_FILLERS, OFFICE_VERBS, RANKS } from '../src/lexicon/officials.js';
import { testMorph } from './helpers/morph.js';

// Lexicon entries are dictionary forms: each is a lemma the morphology gives for the word itself.
describe('speech and office lexicons', () => {
  const lists = { SPEECH_VERBS, SPEECH_NOUNS, OFFICE_VERBS, APPOINTING_VERBS, OFFICE_FILLERS, RANKS, GENERIC_PLACES };
  it.each(Object.entries(lists))('%s holds dictionary forms', (_name, list) => {
    const morph = testMorph();
    const bad = [...list].filter((w) => !morph.lemmas(w).includes(w));
    expect(bad).toEqual([]);
  });

  it('appointing verbs are office verbs', () => {
    for (const v of APPOINTING_VERBS) expect(OFFICE_VERBS.has(v)).toBe(true);
  });
});

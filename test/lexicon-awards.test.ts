import { describe, expect, it } from 'vitest';
import { fold } from '../src/engine/index.js';
import {
  CHAMPION_NOUNS,
  MEDAL_COLORS,
  MEDAL_METALS,
  MEDAL_NOUNS,
  MERIT_LEMMAS,
  PRIZE_ADJECTIVES,
  PRIZE_FIELDS,
  PRIZE_NOUNS,
  TIMES_ADJECTIVES,
  TITLE_ADJECTIVES,
  TITLE_NOUNS,
  WINNER_NOUNS,
} from '../src/lexicon/awards/index.js';
import { EVENT_HEADS, LEVELS, STAGE_NOUNS } from '../src/lexicon/awards/events.js';
import { findFederalProject, findNationalProject, NATIONAL_PROJECTS } from '../src/lexicon/awards/projects.js';
import { testMorph } from './helpers/morph.js';

// Every word must be reachable: the morphology reads it back to the same dictionary form, which is
// what the rules compare ("призёром" -> "призер"). A word that fails here would be silently dead.
const morph = testMorph();
const dead = (words: readonly string[]) => words.filter((w) => !morph.parse(w).some((p) => p.lemma === fold(w)));

describe('awards lexicon', () => {
  it('is written in dictionary form, and every word is its own lemma to the morphology', () => {
    expect(
      dead([
        ...Object.keys(MEDAL_COLORS),
        ...Object.keys(MEDAL_METALS),
        ...MEDAL_NOUNS,
        ...Object.keys(WINNER_NOUNS),
        ...Object.keys(CHAMPION_NOUNS),
        ...Object.keys(TIMES_ADJECTIVES),
        ...TITLE_NOUNS,
        ...Object.keys(PRIZE_NOUNS),
        ...PRIZE_ADJECTIVES,
        ...PRIZE_FIELDS,
        ...MERIT_LEMMAS,
        ...Object.keys(EVENT_HEADS),
        ...Object.keys(LEVELS),
        ...STAGE_NOUNS,
      ]),
    ).toEqual([]);
  });

  it('lists title adjectives the morphology reads (заслуженный as the participle of заслужить)', () => {
    expect(dead(TITLE_ADJECTIVES.filter((w) => w !== 'заслуженный'))).toEqual([]);
    expect(morph.parse('заслуженный').some((p) => p.lemma === 'заслужить')).toBe(true);
  });

  it('finds projects by their quoted names, with ё, case and dashes folded', () => {
    expect(NATIONAL_PROJECTS.length).toBeGreaterThan(18);
    expect(findNationalProject('МОЛОДЕЖЬ И ДЕТИ')?.name).toBe('Молодёжь и дети');
    expect(findFederalProject('Спорт - норма жизни')).toMatchObject({ parent: 'Продолжительная и активная жизнь' });
    expect(findFederalProject('Человек труда')).toMatchObject({ parent: 'Кадры', years: [2025, 2030] });
  });
});

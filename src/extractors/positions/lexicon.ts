/**
 * The positions lexicon compiled for one morphology: the set of office words (with the "экс-" and
 * "вице-" forms the morphology lemmatises as one word), the offices of several words, and the
 * names of Russian regions that an office's tail may contain.
 */
import { Gazetteer, fold } from '../../engine/index.js';
import type { Env } from '../../pipeline/types.js';
import { REGIONS } from '../../lexicon/geo/index.js';
import {
  ACTING,
  COMPOUND_OFFICES,
  FORMER,
  MILITARY,
  NEEDS_TAIL,
  OCCUPATIONS,
  OFFICES,
  OFFICE_ADJECTIVES,
  RANKS,
  STAGE_NAMED,
  TITLES,
} from '../../lexicon/positions/index.js';

export interface PositionLexicon {
  /** Folded lemmas of every office word, prefixed forms included ("экс-министр", "вице-спикер"). */
  readonly heads: ReadonlySet<string>;
  /** Folded lemmas of the offices that take an organisation ("министр", "глава", not "актёр"). */
  readonly offices: ReadonlySet<string>;
  readonly needsTail: ReadonlySet<string>;
  /** Performers whose Latin "tail" is their stage name ("рэпера PSY"). */
  readonly stageNamed: ReadonlySet<string>;
  readonly ranks: ReadonlySet<string>;
  readonly former: ReadonlySet<string>;
  /** Words that make an office acting: "врио". */
  readonly acting: readonly string[];
  readonly adjectives: readonly string[];
  /** Offices of several words ("председатель правительства"): the role ends after them. */
  readonly compounds: Gazetteer<string>;
  /** Russian regions by name, short name, alias and abbreviation: the value is the official name. */
  readonly regions: Gazetteer<string>;
}

const single = (list: readonly string[]): string[] => list.filter((w) => !w.includes(' ')).map(fold);

const CACHE = new WeakMap<Env['morph'], PositionLexicon>();

/** Built once per morphology (the gazetteers need it). */
export function positionLexicon(env: Pick<Env, 'morph' | 'segment'>): PositionLexicon {
  const cached = CACHE.get(env.morph);
  if (cached) return cached;
  const base = [...single(OFFICES), ...single(OCCUPATIONS), ...single(MILITARY), ...single(TITLES)];
  const heads = new Set<string>();
  for (const w of base) {
    heads.add(w);
    if (!w.includes('-')) heads.add('экс-' + w);
  }
  const offices = new Set(single(OFFICES));
  // the morphology reads "вице-спикера", "замгубернатора" as one word with its own lemma
  for (const w of offices) if (!w.includes('-')) heads.add('вице-' + w).add('зам' + w);
  const regionEntries = REGIONS.flatMap((r) => [
    { phrase: r.name, value: r.name },
    ...r.short.map((s) => ({ phrase: s, value: r.name })),
    ...r.aliases.map((s) => ({ phrase: s, value: r.name })),
    ...r.abbr.map((s) => ({ phrase: s, value: r.name, mode: 'exact' as const })),
  ]);
  const lex: PositionLexicon = {
    heads,
    offices,
    needsTail: new Set(single(NEEDS_TAIL)),
    stageNamed: new Set(single(STAGE_NAMED)),
    ranks: new Set(single(RANKS)),
    former: new Set(single(FORMER)),
    acting: ACTING,
    adjectives: OFFICE_ADJECTIVES,
    compounds: new Gazetteer(
      'offices',
      COMPOUND_OFFICES.map((phrase) => ({ phrase, value: phrase })),
      env.morph,
      env.segment,
    ),
    regions: new Gazetteer('regions', regionEntries, env.morph, env.segment),
  };
  CACHE.set(env.morph, lex);
  return lex;
}

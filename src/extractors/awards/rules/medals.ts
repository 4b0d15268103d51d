/**
 * Places and medals in contests: "серебряным призёром", "Вторую серебряную награду", "серебро"
 * (where something is won), "второе место", "победителем конкурса", "чемпионка мира".
 */
import {
  gnc,
  gram,
  lemma,
  opt,
  rule,
  seq,
  tok,
  type DocContext,
  type MatchView,
  type Rule,
} from '../../../engine/index.js';
import {
  CHAMPION_NOUNS,
  MEDAL_COLORS,
  MEDAL_METALS,
  MEDAL_NOUNS,
  TIMES_ADJECTIVES,
  WINNER_NOUNS,
} from '../../../lexicon/awards/index.js';
import { EVENT_HEADS, LEVELS } from '../../../lexicon/awards/events.js';
import {
  degreePart,
  lemmasAt,
  ordinalAdj,
  ORDINALS,
  proposal,
  scopePart,
  type AwardProposal,
  type ContextCheck,
} from '../parts.js';

const colorOf = (m: MatchView, name: string, table: typeof MEDAL_COLORS) => {
  for (const r of m.part(name)?.parses ?? []) if (r.lemma in table) return table[r.lemma]!;
  return null;
};

const r1 = gnc();
export const medal = rule<AwardProposal>({
  id: 'award/medal',
  examples: ['серебряным призёром', 'Вторую серебряную награду', 'золотую медаль', 'бронзовый медалист'],
  pattern: seq(
    opt(tok(ordinalAdj).agree(r1).as('count')),
    tok(lemma(...Object.keys(MEDAL_COLORS)).and(gram('ADJF')))
      .agree(r1)
      .as('color'),
    tok(lemma(...MEDAL_NOUNS).and(gram('NOUN')))
      .agree(r1)
      .as('head'),
  ),
  interpret: (m) => {
    const c = colorOf(m, 'color', MEDAL_COLORS);
    return c && proposal(m, 'medal', { place: c.place, medal: c.medal });
  },
});

/** Verbs and nouns that say a medal was won, so "серебро" is one and not the metal. */
const WON = new Set([
  'завоевать',
  'завоевывать',
  'взять',
  'брать',
  'выиграть',
  'выигрывать',
  'получить',
  'принести',
  'добыть',
  'забрать',
  'завоевание',
  'стать',
  'достаться',
  'присудить',
  'копилка',
]);
const NEAR = 6;

/** "серебро" counts as a medal next to a verb of winning or before the event it was won at. */
function wonAround(doc: DocContext, from: number, to: number): boolean {
  for (let k = Math.max(0, from - NEAR); k < to + NEAR && k < doc.tokens.length; k++) {
    if (k >= from && k < to) continue;
    if (doc.tokens[k]!.sentence !== doc.tokens[from]!.sentence) continue;
    if (lemmasAt(doc, k).some((l) => WON.has(l))) return true;
  }
  return lemmasAt(doc, to).some((l) => l in EVENT_HEADS);
}

/** A winner noun counts where an event follows ("победителем конкурса") or it has a degree ("лауреатом I степени"). */
function eventAfter(doc: DocContext, _from: number, to: number, v: AwardProposal): boolean {
  if (v.degree !== null) return true;
  const next = [...lemmasAt(doc, to), ...lemmasAt(doc, to + 1)];
  return next.some((l) => l in EVENT_HEADS || (l in LEVELS && l !== 'национальный'));
}

/** Places in a ranking, an election or a league table are not awards: a place counts in a sentence about a contest. */
const RANKING = new Set(['рейтинг', 'выборы', 'голосование', 'список', 'таблица', 'праймериз', 'тур', 'опрос']);
const CONTEST_WORDS = new Set([
  ...Object.keys(EVENT_HEADS),
  'номинация',
  'категория',
  'зачет',
  'жюри',
  'медаль',
  'призер',
]);
function placeInContest(doc: DocContext, from: number): boolean {
  const s = doc.seg.sentences[doc.tokens[from]!.sentence];
  if (!s) return false;
  let contest = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const ls = doc.lemmas(k);
    if (ls.some((l) => RANKING.has(l))) return false;
    contest ||= ls.some((l) => CONTEST_WORDS.has(l));
  }
  return contest;
}

/** "Лиги чемпионов", "Кубка чемпионов" name a tournament. */
const notALeague = (doc: DocContext, from: number): boolean =>
  !doc.lemmas(from - 1).some((l) => l === 'лига' || l === 'кубок');

/** Checks on the words around a match, run by the extractor (a rule's examples have no context). */
export const MEDAL_CONTEXT: Readonly<Record<string, ContextCheck>> = {
  'award/metal': wonAround,
  'award/winner': eventAfter,
  'award/place': placeInContest,
  'award/champion': notALeague,
};

export const metal = rule<AwardProposal>({
  id: 'award/metal',
  examples: ['серебро'],
  pattern: seq(
    opt(tok(lemma('олимпийский').and(gram('ADJF')))),
    tok(lemma(...Object.keys(MEDAL_METALS)).and(gram('NOUN'))).as('metal'),
  ),
  interpret: (m) => {
    const c = colorOf(m, 'metal', MEDAL_METALS);
    return c && proposal(m, 'medal', { place: c.place, medal: c.medal });
  },
});

const r2 = gnc();
export const place = rule<AwardProposal>({
  id: 'award/place',
  examples: ['второе место', 'первое место'],
  pattern: seq(
    tok(ordinalAdj.and(gram('sing')))
      .agree(r2)
      .as('place'),
    tok(lemma('место').and(gram('NOUN', 'sing'))).agree(r2),
  ),
  interpret: (m) => {
    const n = m
      .part('place')
      ?.parses.map((r) => ORDINALS[r.lemma])
      .find((x) => x !== undefined);
    return n && n <= 10 ? proposal(m, 'place', { place: n }) : null;
  },
});

/** The winner nouns count where an event or a degree follows ("победителем конкурса", "лауреатом I степени"). */
export const winner = rule<AwardProposal>({
  id: 'award/winner',
  examples: ['победителем', 'лауреатом I степени', 'абсолютным победителем'],
  pattern: seq(
    opt(tok(lemma('абсолютный'))),
    tok(lemma(...Object.keys(WINNER_NOUNS)).and(gram('NOUN'))).as('head'),
    opt(degreePart),
  ),
  interpret: (m) => {
    const head = m
      .part('head')!
      .parses.map((r) => r.lemma)
      .find((l) => l in WINNER_NOUNS);
    return proposal(m, 'winner', { place: head ? (WINNER_NOUNS[head] ?? null) : null });
  },
});

const r3 = gnc();
export const champion = rule<AwardProposal>({
  id: 'award/champion',
  examples: [
    'чемпионом мира',
    'олимпийская чемпионка',
    'пятикратный чемпион',
    'чемпионка мира среди юниоров',
    'чемпион России по боксу',
  ],
  pattern: seq(
    opt(
      tok(lemma(...Object.keys(TIMES_ADJECTIVES)))
        .agree(r3)
        .as('times'),
    ),
    opt(tok(lemma('олимпийский', 'паралимпийский', 'абсолютный', 'действующий')).agree(r3)),
    tok(lemma(...Object.keys(CHAMPION_NOUNS)).and(gram('NOUN')))
      .agree(r3)
      .as('head'),
    scopePart,
  ),
  interpret: (m) => {
    const head = m
      .part('head')!
      .parses.map((r) => r.lemma)
      .find((l) => l in CHAMPION_NOUNS);
    const times = m
      .part('times')
      ?.parses.map((r) => TIMES_ADJECTIVES[r.lemma])
      .find((x) => x !== undefined);
    return proposal(m, 'champion', { place: head ? CHAMPION_NOUNS[head]! : 1, count: times ?? null });
  },
});

export const MEDAL_RULES: readonly Rule<AwardProposal>[] = [medal, metal, place, winner, champion];

/**
 * Prizes and grants: "Нобелевской премии по литературе", "премии «Оскар»", "премия Правительства
 * Российской Федерации", "грант Президента", "приз жюри", "Гран-при фестиваля", the awards a text
 * names alone ("Грэмми", "Золотой глобус"), "звание «Лучший ...»", "Мисс Россия".
 */
import {
  alt,
  capitalized,
  gazetteerRef,
  gnc,
  gram,
  kind,
  lemma,
  opt,
  repeat,
  rule,
  seq,
  span,
  surface,
  tok,
  upper,
  word,
  type DocContext,
  type Rule,
} from '../../../engine/index.js';
import {
  NAMED_AWARDS,
  PRIZE_ADJECTIVES,
  PRIZE_FIELDS,
  PRIZE_NOUNS,
  type NamedAward,
} from '../../../lexicon/awards/index.js';
import {
  degreePart,
  dotOpt,
  forName,
  gentNotName,
  ownerPart,
  proposal,
  quoted,
  titleName,
  yearPart,
  type AwardProposal,
  type ContextCheck,
} from '../parts.js';
import { isCapitalized, QUOTE_OPEN } from '../../../context/index.js';
import { extend } from '../../../engine/objects.js';

const fieldPart = seq(
  word('по'),
  tok(lemma(...PRIZE_FIELDS).and(gram('datv'))),
  opt(seq(word('и'), tok(lemma(...PRIZE_FIELDS).and(gram('datv'))))),
);
/** "в области науки и техники", "в сфере образования". */
const areaPart = seq(
  word('в'),
  word('области', 'сфере'),
  repeat(alt(tok(gentNotName), seq(word('и'), tok(gentNotName))), 1, 5),
);
const namedAfter = seq(word('имени', 'им'), dotOpt, repeat(tok(capitalized().and(kind('word'))), 1, 3));

/** A name in Latin letters: "Golden Foot", "World Press Photo". */
const latinName = repeat(tok(surface(/^[A-Z][A-Za-z&-]*$/u)), 1, 4);

const r1 = gnc();
export const prize = rule<AwardProposal>({
  id: 'award/prize',
  examples: [
    'Нобелевской премии по литературе',
    'премии «Оскар»',
    'премия Правительства Российской Федерации',
    'грант Президента',
    'Государственной премии',
    'приз жюри',
    'премии ТЭФИ',
    'премии Правительства Российской Федерации в области науки и техники',
    'Нобелевскую премию мира 2019',
  ],
  pattern: seq(
    opt(
      tok(lemma(...PRIZE_ADJECTIVES).and(gram('ADJF')))
        .agree(r1)
        .as('adj'),
    ),
    tok(lemma(...Object.keys(PRIZE_NOUNS)).and(gram('NOUN')))
      .agree(r1)
      .as('head'),
    repeat(
      alt(quoted, tok(upper().and(kind('word'))), latinName, ownerPart, fieldPart, areaPart, word('мира'), namedAfter),
      0,
      3,
    ).as('tail'),
    opt(yearPart),
  ),
  interpret: (m) => {
    if (!m.has('adj') && !m.part('tail')?.tokens.length) return null;
    const head = m
      .part('head')!
      .parses.map((r) => PRIZE_NOUNS[r.lemma])
      .find((x) => x !== undefined);
    return proposal(m, head ?? 'prize');
  },
});

export const grandPrix = rule<AwardProposal>({
  id: 'award/grand-prix',
  examples: ['Гран-при', 'гран-при'],
  pattern: tok(word('гран-при')).as('head'),
  interpret: (m) => extend(proposal(m, 'prize', { place: 1 }), { normalized: 'Гран-при' }),
});

const NAMED = gazetteerRef<NamedAward>('named-awards', () =>
  NAMED_AWARDS.map((a) => ({ phrase: a.name, value: a, ...(a.mode ? { mode: a.mode } : {}) })),
);
export const named = rule<AwardProposal>({
  id: 'award/named',
  examples: ['Оскар', 'Грэмми', 'Золотой глобус', 'Золотую пальмовую ветвь', 'ТЭФИ', 'оскароносный'],
  pattern: span(NAMED).as('award'),
  interpret: (m) => {
    const a = (m.part('award')?.value as readonly NamedAward[] | undefined)?.[0];
    return a ? extend(proposal(m, a.kind), { normalized: a.name }) : null;
  },
});

const r2 = gnc();
export const nobelLaureate = rule<AwardProposal>({
  id: 'award/nobel-laureate',
  examples: ['нобелевский лауреат', 'Нобелевского лауреата по литературе'],
  pattern: seq(
    tok(lemma('нобелевский').and(gram('ADJF'))).agree(r2),
    tok(lemma('лауреат', 'лауреатка')).agree(r2),
    opt(fieldPart),
  ),
  interpret: (m) => proposal(m, 'prize'),
});

/** "Нобелевского комитета", "в нобелевском сезоне": the prize named by its adjective (a longer prize match wins). */
export const nobel = rule<AwardProposal>({
  id: 'award/nobel',
  examples: ['Нобелевского', 'нобелевский'],
  pattern: tok(lemma('нобелевский').and(gram('ADJF'))),
  interpret: (m) => extend(proposal(m, 'prize'), { normalized: 'Нобелевская премия' }),
});

/** A state award named by what it is for: «За заслуги перед Отечеством» III степени, «За отвагу». */
export const forMerit = rule<AwardProposal>({
  id: 'award/for-merit',
  examples: ['«За заслуги перед Отечеством» III степени', '«За военные заслуги»'],
  pattern: seq(span(forName).as('name'), opt(degreePart)),
  interpret: (m) => proposal(m, 'order'),
});

const r3 = gnc();
/** "признан лучшим вратарём года", "стал самым ценным игроком НБА" (after a verb of naming: see BEST_CONTEXT). */
export const best = rule<AwardProposal>({
  id: 'award/best',
  examples: ['лучшим вратарём года', 'самым ценным игроком', 'лучшим учителем 2025 года'],
  pattern: seq(
    alt(
      // the morphology gives "лучший" as the superlative of "хороший"
      tok(lemma('хороший').and(gram('ADJF', 'Supr', 'ablt'))).agree(r3),
      seq(tok(lemma('самый').and(gram('ablt'))).agree(r3), tok(lemma('ценный').and(gram('ablt'))).agree(r3)),
    ),
    opt(tok(gram('ADJF', 'ablt')).agree(r3)),
    tok(gram('NOUN', 'ablt')).agree(r3).as('head'),
    opt(yearPart),
    repeat(tok(gentNotName), 0, 3),
  ),
  interpret: (m) => proposal(m, 'title'),
});

const NAMING = new Set(['признать', 'назвать', 'стать', 'становиться', 'объявить', 'выбрать', 'избрать', 'признавать']);
/** "лучшим" after "признан", "стал", or before "стал", "признан". */
const named_ = (doc: DocContext, from: number, to: number): boolean =>
  doc.lemmas(from - 1).some((l) => NAMING.has(l)) || doc.lemmas(to).some((l) => NAMING.has(l));

/** A title in quotes after "звание", "титул", "знак": «Заслуженный учитель Российской Федерации». */
export const quotedTitle = rule<AwardProposal>({
  id: 'award/quoted-title',
  examples: ['звание «Лучший муниципальный служащий»', 'знак «Почётный донор России»'],
  pattern: seq(tok(lemma('звание', 'титул', 'знак')), span(titleName).as('name')),
  interpret: (m) => extend(proposal(m, 'title'), { normalized: m.part('name')!.text.slice(1, -1).trim() }),
});

export const miss = rule<AwardProposal>({
  id: 'award/miss',
  examples: ['Мисс Россия', 'Мисс Америка'],
  pattern: seq(tok(word('мисс', 'вице-мисс').and(capitalized())), tok(capitalized().and(kind('word')))),
  interpret: (m) => extend(proposal(m, 'title'), { normalized: m.text }),
});

/** A name that is also a first name ("Оскар", "Ника") is an award unless another name stands next to it. */
function notAName(doc: DocContext, from: number, to: number, v: AwardProposal): boolean {
  const a = NAMED_AWARDS.find((x) => x.name === v.normalized);
  if (!a?.ambiguous) return true;
  const word = (i: number) => doc.tokens[i]?.kind === 'word' && isCapitalized(doc, i);
  return !word(to) && !word(from - 1);
}

/** «Мисс Вселенная» after "конкурс", "в", "на" is the contest, not the title. */
function notTheContest(doc: DocContext, from: number): boolean {
  const k = QUOTE_OPEN.has(doc.tokens[from - 1]?.text ?? '') ? from - 2 : from - 1;
  return !doc.lemmas(k).some((l) => l === 'конкурс' || l === 'в' || l === 'на' || l === 'участвовать');
}

export const PRIZE_CONTEXT: Readonly<Record<string, ContextCheck>> = {
  'award/named': notAName,
  'award/miss': notTheContest,
  'award/best': named_,
};

export const PRIZE_RULES: readonly Rule<AwardProposal>[] = [
  prize,
  grandPrix,
  named,
  nobelLaureate,
  nobel,
  forMerit,
  best,
  quotedTitle,
  miss,
];

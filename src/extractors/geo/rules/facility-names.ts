/**
 * Structures named by the shape of their name rather than by a head word before it: a compound
 * with a foreign type word ("Карнеги-холле", "Грин-парке", "Минск-арена"), a city's arena
 * ("Казань Арена") and the public houses named "Дом" + what they serve ("Доме культуры", "Доме
 * кино", "Дом правительства"). They come out like the other building rules (`./facilities.ts`).
 */
import {
  alt,
  capitalized,
  opt,
  punct,
  repeat,
  gram,
  kind,
  lemma,
  notGram,
  rule,
  seq,
  surface,
  tok,
  wordTest,
  type DocContext,
  type MatchView,
  type Rule,
} from '../../../engine/index.js';
import { one, structure, type GeoProposal } from '../proposal.js';
import { PRIORITY } from './names.js';

const named = (m: MatchView, kindName: string) => one(structure(m.ctx, m.from, m.to, m.nominative(), kindName));

/**
 * The type words English and other names end in, as Russian spells them, with the case endings:
 * "Карнеги-холл", "Озон-парке", "Медисон-сквер", "Уолл-стрит", "Эмпайр-стейт-билдинг",
 * "Пикадилли-сёркус", "Минск-арены". ("-центр" is left out: "Пресс-центр", "Ельцин-центр" are bodies.)
 */
const COMPOUND =
  /^\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*-(?:[Хх]олл|[Аа]рен|[Пп]арк|[Сс]квер|[Сс]трит|[Аа]веню|[Бб]илдинг|[Гг]арден|[Пп]лаз|[Тт]ауэр|[Сс][её]ркус)(?:а|е|у|ом|ой|ою|ы)?$/u;

const compoundName = (ctx: DocContext, i: number): boolean => {
  const text = ctx.tokens[i]?.text ?? '';
  return text.includes('-') && COMPOUND.test(text);
};

export const buildingCompound = rule<GeoProposal[]>({
  id: 'geo/building-compound',
  examples: ['Карнеги-холле', 'Озон-парке', 'Минск-арена', 'Пикадилли-сёркус'],
  priority: PRIORITY.location,
  // a hyphen first: the expression is compiled on its first use (~4 ms), and few words have one
  pattern: tok(
    capitalized()
      .and(kind('word'))
      .and(wordTest('building compound', (ctx, i) => compoundName(ctx, i))),
  ),
  interpret: (m) => named(m, 'building'),
});

/** "на Казань Арене", "Ростов Арене", "«Мордовия Арена»": a stadium named after its city or region. */
export const buildingArena = rule<GeoProposal[]>({
  id: 'geo/building-arena',
  examples: ['Казань Арена', 'Ростов Арене'],
  priority: PRIORITY.location,
  pattern: seq(
    tok(capitalized().and(kind('word'), gram('Geox'))),
    tok(lemma('арена').and(capitalized(), gram('sing'))),
  ),
  interpret: (m) => one(structure(m.ctx, m.from, m.to, m.text, 'venue')),
});

/**
 * "в Доме культуры", "Доме кино", "Дом правительства", "Дома Союзов": a capitalised "Дом" with
 * the common noun it serves is the building ("Дом Романовых", a family, has a surname).
 */
export const buildingHouseOf = rule<GeoProposal[]>({
  id: 'geo/building-house-of',
  examples: ['Доме культуры', 'Доме Культуры', 'Дом правительства', 'Доме кино'],
  priority: PRIORITY.location,
  pattern: seq(
    tok(lemma('дом').and(capitalized(), gram('sing'))),
    tok(gram('NOUN', 'gent').and(notGram('Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr'), kind('word'))),
  ),
  interpret: (m) => named(m, 'building'),
});

/** A word of a name in Latin letters: "Sofitel", "Bishopʼs", "Gardel". */
const LATIN_WORD = surface(/^\p{Script=Latin}[\p{Script=Latin}'’ʼ&.-]*$/u);

/**
 * "в отеле Nashville Marriott", "станции Carlos Gardel", "паб ''Bishopʼs Mill''": a name in
 * Latin letters after a head word names the structure (the head words of quoted names, less
 * the offices and residences of bodies: "офис Google" is the company).
 */
export const buildingLatin = (heads: readonly string[]): Rule<GeoProposal[]> =>
  rule<GeoProposal[]>({
    id: 'geo/building-latin',
    examples: ['отеле Nashville Marriott', 'станции Carlos Gardel', "тюрьме ''Brians''"],
    priority: PRIORITY.location,
    pattern: seq(
      tok(lemma(...heads).and(gram('sing'))).as('head'),
      opt(seq(punct("'"), opt(punct("'")))),
      seq(tok(LATIN_WORD.and(capitalized())), repeat(tok(LATIN_WORD), 0, 3)).as('name'),
      opt(seq(punct("'"), opt(punct("'")))),
    ),
    interpret: (m) => {
      const head = m.part('head');
      const name = m.part('name');
      if (!head || !name || m.ctx.tokens[name.from]?.newlineBefore) return null;
      const normalized = `${m.nominative(head.from, head.to).toLowerCase()} ${name.text}`;
      return one(structure(m.ctx, m.from, name.to, normalized, 'building'));
    },
  });

const ROAD_HEADS = ['трасса', 'автодорога', 'дорога', 'автомагистраль', 'магистраль', 'шоссе'];
const ROAD_CODE = surface(/^[РМАЕPMAE]-?\d{1,3}$/u);
const TOWN = repeat(tok(capitalized().and(kind('word'), notGram('PREP', 'CONJ'))), 1, 2);
/**
 * A road by its number or by the towns it joins: "трассе Р104", "трассы Р-257", "дороги Москва —
 * Санкт-Петербург", "автодороги Работки — Порецкое" (the towns inside stay places).
 */
export const buildingRoad = rule<GeoProposal[]>({
  id: 'geo/building-road',
  examples: ['трассе Р104', 'трассы Р-257', 'дороги Москва — Санкт-Петербург', 'автодороги Работки — Порецкое'],
  priority: PRIORITY.location,
  pattern: seq(
    tok(lemma(...ROAD_HEADS).and(gram('sing'))).as('head'),
    alt(tok(ROAD_CODE), seq(TOWN, punct('—', '–', '-'), TOWN)).as('name'),
  ),
  interpret: (m) => {
    const head = m.part('head');
    const name = m.part('name');
    if (!head || !name) return null;
    const normalized = `${m.nominative(head.from, head.to).toLowerCase()} ${name.text}`;
    return one(structure(m.ctx, m.from, m.to, normalized, 'road'));
  },
});

export const NAMED_SHAPE_RULES: readonly Rule<GeoProposal[]>[] = [
  buildingCompound,
  buildingArena,
  buildingHouseOf,
  buildingRoad,
];

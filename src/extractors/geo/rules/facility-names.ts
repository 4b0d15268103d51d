/**
 * Structures named by the shape of their name rather than by a head word before it: a compound
 * with a foreign type word ("Карнеги-холле", "Грин-парке", "Минск-арена"), a city's arena
 * ("Казань Арена") and the public houses named "Дом" + what they serve ("Доме культуры", "Доме
 * кино", "Дом правительства"). They come out like the other building rules (`./facilities.ts`).
 */
import {
  capitalized,
  gram,
  kind,
  lemma,
  notGram,
  rule,
  seq,
  surface,
  tok,
  type MatchView,
  type Rule,
} from '../../../engine/index.js';
import { adHocName } from '../places.js';
import { judge, one, type GeoProposal } from '../proposal.js';
import { PRIORITY } from './names.js';

const named = (m: MatchView, kindName: string) =>
  one(judge(m.ctx, m.from, m.to, [adHocName('location', m.nominative(), kindName, null)], { marked: true }));

/**
 * The type words English and other names end in, as Russian spells them, with the case endings:
 * "Карнеги-холл", "Озон-парке", "Медисон-сквер", "Уолл-стрит", "Эмпайр-стейт-билдинг",
 * "Пикадилли-сёркус", "Минск-арены". ("-центр" is left out: "Пресс-центр", "Ельцин-центр" are bodies.)
 */
const COMPOUND =
  /^\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*-(?:[Хх]олл|[Аа]рен|[Пп]арк|[Сс]квер|[Сс]трит|[Аа]веню|[Бб]илдинг|[Гг]арден|[Пп]лаз|[Тт]ауэр|[Сс][её]ркус)(?:а|е|у|ом|ой|ою|ы)?$/u;

export const buildingCompound = rule<GeoProposal[]>({
  id: 'geo/building-compound',
  examples: ['Карнеги-холле', 'Озон-парке', 'Минск-арена', 'Пикадилли-сёркус'],
  priority: PRIORITY.location,
  pattern: tok(surface(COMPOUND).and(kind('word'))),
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
  interpret: (m) => one(judge(m.ctx, m.from, m.to, [adHocName('location', m.text, 'venue', null)], { marked: true })),
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

export const NAMED_SHAPE_RULES: readonly Rule<GeoProposal[]>[] = [buildingCompound, buildingArena, buildingHouseOf];

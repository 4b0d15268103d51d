/**
 * Buildings by their number: "дома № 26", "больницы № 17", "дом 37" after an address, and by an
 * ordinal ("17-й больницы", "7-й подстанции"). NEREL counts numbered hospitals as facilities (and
 * numbered schools as organisations); they come out like the other building rules (`./facilities.ts`).
 */
import {
  gram,
  lemma,
  lower,
  opt,
  punct,
  rule,
  seq,
  surface,
  tok,
  type MatchView,
  type Rule,
} from '../../../engine/index.js';
import { one, structure, type GeoProposal } from '../proposal.js';
import { PRIORITY } from './names.js';

const numbered = (m: MatchView, normalized: string) => one(structure(m.ctx, m.from, m.to, normalized, 'building'));

/** Institutions known by a number: the hospital, the ambulance station (NEREL counts numbered schools as organisations). */
const NUMBERED_HEADS = ['больница', 'поликлиника', 'подстанция'];
const NUMBER = surface(/^\d{1,4}[а-я]?$/u);

export const buildingNumbered = rule<GeoProposal[]>({
  id: 'geo/building-numbered',
  examples: ['дома № 26', 'корпуса № 9', 'квартиру №10', 'больницы № 17', 'поликлиники № 3'],
  priority: PRIORITY.location,
  pattern: seq(
    tok(lemma('дом', 'корпус', 'квартира', 'строение', 'здание', ...NUMBERED_HEADS).and(gram('sing'), lower())).as(
      'head',
    ),
    punct('№'),
    tok(NUMBER),
  ),
  interpret: (m) => numbered(m, `${m.nominative(m.from, m.from + 1)} ${m.ctx.slice(m.from + 1, m.to)}`),
});

/** "Сходненской улице, дом 37": a house number without "№" after the street and a comma. */
export const houseOfAddress = rule<GeoProposal[]>({
  id: 'geo/building-house-of-address',
  examples: ['улице, дом 37', 'проспект, дом 18'],
  priority: PRIORITY.location,
  pattern: seq(
    tok(lemma('улица', 'проспект', 'переулок', 'шоссе', 'бульвар', 'набережная', 'площадь')),
    punct(','),
    tok(lemma('дом').and(lower(), gram('sing'))).as('head'),
    tok(NUMBER).as('number'),
  ),
  interpret: (m) => {
    const head = m.part('head');
    if (!head) return null;
    return one(structure(m.ctx, head.from, m.to, `дом ${m.ctx.slice(head.to, m.to).trim()}`, 'building'));
  },
});

/** "17-й больницы", "7-й подстанции скорой помощи". */
export const buildingOrdinal = rule<GeoProposal[]>({
  id: 'geo/building-ordinal',
  examples: ['17-й больницы', '7-й подстанции'],
  priority: PRIORITY.location,
  pattern: seq(
    tok(surface(/^\d{1,3}-?(?:й|ой|ая|я|ей|ий|го|ого|му|ому|м|ом|ую|ю)$/u)),
    opt(punct('-')),
    tok(lemma(...NUMBERED_HEADS).and(gram('sing'), lower())).as('head'),
  ),
  interpret: (m) => numbered(m, m.ctx.slice(m.from, m.to)),
});

export const NUMBERED_RULES: readonly Rule<GeoProposal[]>[] = [buildingNumbered, houseOfAddress, buildingOrdinal];

/**
 * Named structures that factRuEval counts as places (NEREL: facilities), proposed as locations of
 * kind `facility`, so only under `convention: 'factru'` (see `STRUCTURES` in `../index.ts`):
 * "Новодевичьем кладбище", "Казанского вокзала" (a capitalised adjective and the kind of
 * structure), "аэропорту «Домодедово»", "аэропорту Шереметьево" (the kind and its name),
 * "памятник Пушкину" (a monument and the person in the dative).
 */
import {
  alt,
  capitalized,
  gnc,
  gram,
  kind,
  lemma,
  notGram,
  opt,
  punct,
  repeat,
  rule,
  seq,
  tok,
  type MatchView,
  type Rule,
} from '../../../engine/index.js';
import { adHocName } from '../places.js';
import { judge, one, type GeoProposal } from '../proposal.js';
import { PRIORITY } from './names.js';

/** Kinds of structure named by an adjective before them or a name after them. */
const STRUCTURE_NOUNS = ['кладбище', 'аэропорт', 'вокзал', 'стадион', 'космодром', 'монастырь', 'собор', 'кремль'];

const adjectiveAgreement = gnc();
const named = () => capitalized().and(kind('word'), notGram('PREP', 'CONJ', 'PRCL', 'NPRO'));

/** The structure's name in the nominative, from the words at `[from, to)`. */
const structure = (m: MatchView): GeoProposal[] | null =>
  one(judge(m.ctx, m.from, m.to, [adHocName('location', m.nominative(), 'facility')], { marked: true }));

// "Новодевичьем кладбище", "Казанского вокзала", "Вашингтонском аэропорту": the adjective makes the name
export const structureAdjective = rule<GeoProposal[]>({
  id: 'geo/structure-adjective',
  examples: ['Новодевичьем кладбище', 'Казанского вокзала', 'Ваганьковское кладбище'],
  priority: PRIORITY.location,
  pattern: seq(
    tok(named().and(gram('ADJF'))).agree(adjectiveAgreement),
    tok(lemma(...STRUCTURE_NOUNS).and(notGram('Abbr'))).agree(adjectiveAgreement),
  ),
  interpret: (m) => (m.from > 0 && m.ctx.tokens[m.from - 1]?.text === '«' ? null : structure(m)),
});

// "аэропорту «Домодедово»", "аэропорт Шереметьево", "стадионе «Лужники»": the kind and its name
export const structureNamed = rule<GeoProposal[]>({
  id: 'geo/structure-named',
  examples: ['аэропорту «Домодедово»', 'аэропорт Шереметьево', 'стадионе «Лужники»'],
  priority: PRIORITY.location,
  pattern: seq(
    tok(lemma('аэропорт', 'стадион', 'космодром').and(notGram('Abbr'))),
    alt(seq(punct('«'), tok(named()), opt(tok(named())), punct('»')), tok(named().and(gram('Fixd')))),
  ),
  interpret: (m) => structure(m),
});

// "памятник Пушкину", "памятника Юрию Долгорукому": a monument and the person it honours
export const monument = rule<GeoProposal[]>({
  id: 'geo/structure-monument',
  examples: ['памятник Пушкину', 'памятника Юрию Долгорукому'],
  priority: PRIORITY.location,
  pattern: seq(tok(lemma('памятник').and(gram('sing'))), repeat(tok(named().and(gram('datv'))), 1, 3)),
  interpret: (m) => structure(m),
});

export const STRUCTURE_RULES: readonly Rule<GeoProposal[]>[] = [structureAdjective, structureNamed, monument];

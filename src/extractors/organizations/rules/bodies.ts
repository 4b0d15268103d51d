/**
 * Bodies named by a head noun and what it governs: "Служба занятости населения Владимирской
 * области", "министерства труда", "Законодательного собрания Владимирской области", "областная
 * дума", "Верховный суд", "Федеральная служба по труду и занятости", "правительство". The chain
 * of genitives is bounded, and the name ends on a noun.
 */
import { alt, gnc, gram, kind, lemma, notGram, opt, repeat, rule, seq, tok, word, type MatchView, type Rule } from '../../../engine/index.js';
import { sentenceInitial } from '../../../context/index.js';
import { BODY_HEADS, HEAD_KINDS, type OrganizationKind } from '../../../lexicon/organizations/index.js';
import type { OrgGazetteers, PlaceInName } from '../gazetteers.js';
import { knownByName, abbrOf, regionOf, written, type OrgProposal } from '../proposal.js';
import { PRIORITY } from './known.js';

const STRONG = new Set<string>(BODY_HEADS.strong);
const OFFICIAL = new Set<string>(BODY_HEADS.official);
const HEADS = [...BODY_HEADS.strong, ...BODY_HEADS.official, ...BODY_HEADS.named];
/** Heads that name a body in the plural: "Вооружённые силы", "Сухопутные войска". */
const PLURAL = new Set(['сила', 'войско']);
/** Heads after which "по ..." names the field: "Комитет по делам молодёжи", "Управление ФНС по Владимирской области". */
const BY_FIELD = ['управление', 'департамент', 'комитет', 'комиссия', 'министерство', 'агентство', 'служба', 'инспекция', 'отдел', 'совет', 'центр'];

const NOT_IN_NAME = ['Apro', 'NPRO', 'PREP', 'CONJ', 'PRCL', 'VERB', 'INFN', 'ADVB', 'PRED'] as const;
const chainWord = () => kind('word').and(gram('gent'), notGram(...NOT_IN_NAME));
const r = gnc();
const mods = repeat(tok(kind('word').and(gram('ADJF'), notGram('Apro'))).agree(r), 0, 3).as('mods');
const head = tok(lemma(...HEADS).and(gram('NOUN'))).agree(r).as('head');
const chain = repeat(alt(tok(chainWord()), tok(word('и'))), 0, 10).as('chain');
const byField = seq(word('по'), tok(kind('word').and(gram('datv'), notGram(...NOT_IN_NAME))), repeat(alt(tok(kind('word').and(gram('datv'), notGram(...NOT_IN_NAME))), tok(chainWord()), tok(word('и'))), 0, 6)).as('by');

const UPPER = /^\p{Lu}/u;

/** A word that can end a name: a noun (or an indeclinable abbreviation), not "и" or an adjective. */
function endsName(m: MatchView): boolean {
  const last = m.to - 1;
  const t = m.ctx.tokens[last];
  if (!t || t.kind !== 'word' || m.ctx.folded(last) === 'и') return false;
  return m.ctx.parses(last).some((p) => p.pos === 'NOUN' || p.grammemes.has('Fixd') || p.pos === 'UNKN');
}

/** A relational adjective ("областная", "федеральный", "районного"), not a qualitative one ("новое", "большое"). */
const relational = (m: MatchView, i: number): boolean => m.ctx.parses(i).some((p) => p.pos === 'ADJF' && !p.grammemes.has('Qual') && !p.grammemes.has('Apro'));

/** Is the name written as a name: capitalised, and not only because a sentence starts with it. */
function writtenAsName(m: MatchView): boolean {
  const t = m.ctx.tokens[m.from];
  if (!t || !UPPER.test(t.text)) return false;
  if (!sentenceInitial(m.ctx, m.from)) return true;
  const next = m.ctx.tokens[m.from + 1];
  return !!next && m.from + 1 < m.to && UPPER.test(next.text) && next.kind === 'word';
}

function accepted(m: MatchView, headLemma: string): boolean {
  const headPart = m.part('head');
  const modsPart = m.part('mods');
  if (!headPart) return false;
  const hasMods = !!modsPart && modsPart.to > modsPart.from;
  const hasTail = headPart.to < m.to;
  const plural = m.parsesAt(headPart.from).every((p) => p.number === 'plur');
  if (plural && !(PLURAL.has(headLemma) && hasMods)) return false;
  if (writtenAsName(m)) return STRONG.has(headLemma) || OFFICIAL.has(headLemma) || hasMods || hasTail;
  if (STRONG.has(headLemma)) return !hasMods || relationalMods(m);
  if (!OFFICIAL.has(headLemma)) return false;
  return (hasTail && !hasMods) || (hasMods && relationalMods(m));
}

const relationalMods = (m: MatchView): boolean => {
  const p = m.part('mods');
  if (!p) return true;
  for (let i = p.from; i < p.to; i++) if (!relational(m, i)) return false;
  return true;
};

function kindOf(headLemma: string, text: string): OrganizationKind {
  const k = HEAD_KINDS[headLemma];
  if (k) return k;
  if ((headLemma === 'администрация' || headLemma === 'совет') && /(?:город|район|округ|поселени|сельсовет|муниципальн)/iu.test(text)) return 'municipal';
  return 'government';
}

/** The first place named in `[from, to)`. */
function placeIn(m: MatchView, g: OrgGazetteers, from: number): PlaceInName | null {
  for (let i = from; i < m.to; i++) {
    const hits = g.places.matchAt(m.ctx, i);
    const hit = hits[hits.length - 1];
    if (hit && hit.end <= m.to) {
      const v = hit.value.find((p) => p.type !== 'country') ?? hit.value[0];
      if (v) return v;
    }
  }
  return null;
}

/** The nominative of the head group, the governed words as written, Russia named in full. */
function normalizedName(m: MatchView): string {
  const headPart = m.part('head');
  const to = headPart ? headPart.to : m.to;
  let s = m.nominative(m.from, to);
  if (to < m.to) s += ' ' + written(m, to, m.to);
  s = s.replace(/ (?:РФ|России)$/u, ' Российской Федерации');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function bodyRules(g: OrgGazetteers): Rule<OrgProposal[]>[] {
  const body = rule<OrgProposal[]>({
    id: 'org/body',
    examples: [
      'Служба занятости населения Владимирской области',
      'Законодательного собрания Владимирской области',
      'министерства труда',
      'областная дума',
      'Верховный суд',
      'Федеральная служба по труду и занятости',
      'правительство',
      'администрации города Коврова',
    ],
    priority: PRIORITY.body,
    pattern: seq(mods, head, chain, opt(byField)),
    interpret: (m) => {
      const headPart = m.part('head');
      if (!headPart || !endsName(m)) return null;
      const headLemma = m.parsesAt(headPart.from).find((p) => HEADS.includes(p.lemma as never))?.lemma ?? headPart.lemma;
      if (m.has('by') && !BY_FIELD.includes(headLemma)) return null;
      if (!accepted(m, headLemma)) return null;
      const name = normalizedName(m);
      const known = knownByName(name);
      const place = placeIn(m, g, headPart.to);
      return [{
        normalized: known?.name ?? name,
        kind: known?.kind ?? kindOf(headLemma, m.text),
        abbr: known ? abbrOf(known) : null,
        region: regionOf(place),
        from: m.from,
        to: m.to,
        outerFrom: m.from,
      }];
    },
  });
  return [body];
}

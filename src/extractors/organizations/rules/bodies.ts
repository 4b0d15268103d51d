/**
 * Bodies named by a head noun and what it governs: "Служба занятости населения Владимирской
 * области", "министерства труда", "Законодательного собрания Владимирской области", "областная
 * дума", "Верховный суд", "Федеральная служба по труду и занятости", "правительство". The chain
 * of genitives is bounded, and the name ends on a noun.
 */
import {
  alt,
  capitalized,
  custom,
  gnc,
  gram,
  kind,
  lemma,
  opt,
  punct,
  repeat,
  rule,
  seq,
  span,
  tok,
  word,
  wordTest,
  type DocContext,
  type MatchView,
  type Rule,
} from '../../../engine/index.js';
import { sentenceInitial } from '../../../context/index.js';
import { BODY_HEADS, HEAD_KINDS, type OrganizationKind } from '../../../lexicon/organizations/index.js';
import type { OrgGazetteers, PlaceInName } from '../gazetteers.js';
import { knownByName, abbrOf, regionOf, written, type OrgProposal } from '../proposal.js';
import { PRIORITY } from './known.js';
import { chainWord, fieldWord, headWithin, isPlace, modifier, notFunction, runsPastPlace } from '../parts.js';

const STRONG = new Set<string>(BODY_HEADS.strong);
const OFFICIAL = new Set<string>(BODY_HEADS.official);
const HEADS = [...BODY_HEADS.strong, ...BODY_HEADS.official, ...BODY_HEADS.named];
/** The heads as a set: each reading of a matched head is looked up in it. */
const HEAD_SET: ReadonlySet<string> = new Set(HEADS);
/** Heads that name a body only in the plural, with an adjective (or, for "власти", the place): "Вооружённые силы", "власти Таиланда" ("сила" alone is force). */
const PLURAL = new Set(['сила', 'войско', 'власть']);
/** Heads after which "по ..." names the field: "Комитет по делам молодёжи", "Управление ФНС по Владимирской области". */
const BY_FIELD = [
  'управление',
  'департамент',
  'комитет',
  'комиссия',
  'министерство',
  'агентство',
  'служба',
  'инспекция',
  'отдел',
  'совет',
  'центр',
  'бюро',
  'пресс-служба',
];

const UPPER = /^\p{Lu}/u;

/**
 * The heads a name may have when its first word is in lower case (see `accepted`): "областная
 * дума", "министерства труда", not "крупного предприятия" (a named head wants a capital letter).
 */
const LOWER_CASE_HEAD = lemma(...BODY_HEADS.strong, ...BODY_HEADS.official);
const lowerCaseHead = (ctx: DocContext, i: number): boolean => LOWER_CASE_HEAD.test(ctx, i) !== false;
const capital = (ctx: DocContext, i: number): boolean => UPPER.test(ctx.tokens[i]?.text ?? '');
/** A first word that can start an accepted name: a capital, or a lower-case head the name may have in lower case. */
const headFirst = wordTest('body head first', (ctx, i) => capital(ctx, i) || lowerCaseHead(ctx, i));
/**
 * A first modifier that can start an accepted name: a capital, or such a head within the five
 * words after it (two modifiers joined by "и" and three more).
 */
const modFirst = custom('body modifier first', (ctx, i) => {
  if (capital(ctx, i)) return true;
  const end = Math.min(ctx.tokens.length, i + 6);
  for (let j = i + 1; j < end; j++) if (lowerCaseHead(ctx, j)) return true;
  return false;
});

const r = gnc();
const r2 = gnc();
const modifierAhead = headWithin(HEAD_SET, 3, 'body head ahead').and(modifier(), notFunction());
const mod = tok(modifierAhead).agree(r);
const firstMod = tok(modifierAhead.and(modFirst)).agree(r);
const headNoun = lemma(...HEADS).and(gram('NOUN'));
/**
 * Modifiers, then the head: "Промышленный и коммерческий банк Китая" (two adjectives joined by
 * "и"), "Федеральная служба"; or the head first. A name whose first word is in lower case is
 * accepted only with some heads, so the first word is tested for it (and the rule is not even
 * tried at "предприятия", "крупного предприятия"): the ways of matching are the ones of
 * `seq(opt(seq(mod, "и")), repeat(mod, 0, 3), head)`, in its order, less those `accepted` rejects.
 */
const headGroup = alt(
  seq(
    alt(seq(firstMod, word('и'), repeat(mod, 0, 3)), seq(firstMod, repeat(mod, 0, 2))).as('mods'),
    tok(headNoun).agree(r).as('head'),
  ),
  tok(headNoun.and(headFirst)).agree(r).as('head'),
);

/** Heads placed in a town abroad: "посольства России в Токио". */
const ABROAD = new Set(['посольство', 'консульство', 'представительство', 'отделение', 'филиал', 'бюро']);

/** A word that can end a name: a noun (or an indeclinable abbreviation), not "и" or an adjective. */
function endsName(m: MatchView): boolean {
  const last = m.to - 1;
  const t = m.ctx.tokens[last];
  if (!t || t.kind !== 'word' || m.ctx.folded(last) === 'и') return false;
  return m.ctx.parses(last).some((p) => p.pos === 'NOUN' || p.grammemes.has('Fixd') || p.pos === 'UNKN');
}

/** A relational adjective ("областная", "федеральный", "районного"), not a qualitative one ("новое", "большое"). */
const relational = (m: MatchView, i: number): boolean =>
  m.ctx.parses(i).some((p) => p.pos === 'ADJF' && !p.grammemes.has('Qual') && !p.grammemes.has('Apro'));

/** Is the name written as a name: capitalised, and not only because a sentence starts with it. */
function writtenAsName(m: MatchView): boolean {
  const t = m.ctx.tokens[m.from];
  if (!t || !UPPER.test(t.text)) return false;
  if (!sentenceInitial(m.ctx, m.from)) return true;
  const next = m.ctx.tokens[m.from + 1];
  return !!next && m.from + 1 < m.to && UPPER.test(next.text) && next.kind === 'word';
}

function accepted(m: MatchView, headLemma: string, g: OrgGazetteers): boolean {
  const headPart = m.part('head');
  const modsPart = m.part('mods');
  if (!headPart) return false;
  const hasMods = !!modsPart && modsPart.to > modsPart.from;
  const hasTail = headPart.to < m.to;
  const heads = m.parsesAt(headPart.from);
  if (PLURAL.has(headLemma)) {
    // "российских властей", "власти Таиланда"; "вооружённые силы" (but not "силы ветра")
    if (
      !heads.some((p) => p.number === 'plur') ||
      !(hasMods || (headLemma === 'власть' && placeIn(m, g, headPart.to) !== null))
    )
      return false;
  } else if (heads.every((p) => p.number === 'plur')) return false;
  if (writtenAsName(m)) return STRONG.has(headLemma) || OFFICIAL.has(headLemma) || hasMods || hasTail;
  // a sentence may start with a name: a capitalised head with what it governs ("Театр имени Бойса
  // открылся"), or relational adjectives with more ("Нью-йоркская фондовая биржа", "Промышленный и
  // коммерческий банк Китая")
  if (UPPER.test(m.ctx.tokens[m.from]?.text ?? '')) {
    if (!hasMods && hasTail) return true;
    if (hasMods && (hasTail || modsPart.to - modsPart.from >= 2) && relationalMods(m)) return true;
  }
  // (in lower case only these heads: the pattern's first word tests, `headFirst` and `modFirst`, count on it)
  if (STRONG.has(headLemma)) return !hasMods || relationalMods(m);
  if (!OFFICIAL.has(headLemma)) return false;
  return (hasTail && !hasMods) || (hasMods && relationalMods(m));
}

const relationalMods = (m: MatchView): boolean => {
  const p = m.part('mods');
  if (!p) return true;
  for (let i = p.from; i < p.to; i++) if (m.ctx.folded(i) !== 'и' && !relational(m, i)) return false;
  return true;
};

function kindOf(headLemma: string, text: string): OrganizationKind {
  const k = HEAD_KINDS[headLemma];
  if (k) return k;
  if (
    (headLemma === 'администрация' || headLemma === 'совет') &&
    /(?:город|район|округ|поселени|сельсовет|муниципальн)/iu.test(text)
  )
    return 'municipal';
  return 'government';
}

/** The first place named in `[from, to)`. */
function placeIn(m: MatchView, g: OrgGazetteers, from: number): PlaceInName | null {
  for (let i = from; i < m.to; i++) {
    const hits = g.places.matchAt(m.ctx, i);
    const hit = hits.length > 0 ? hits[hits.length - 1] : undefined;
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

/** What may follow a body's head noun: a genitive chain and the "по", "имени", "при", "в" extensions. */
function tails(g: OrgGazetteers) {
  const chain = repeat(alt(tok(chainWord(g)), tok(word('и'))), 0, 10).as('chain');
  const byField = seq(
    word('по'),
    tok(fieldWord(g)),
    repeat(alt(tok(fieldWord(g)), tok(chainWord(g)), tok(word('и'))), 0, 6),
  ).as('by');
  // "Театра им. Йозефа Бойса", "университета имени М. В. Ломоносова"
  const namedAfter = seq(
    word('имени', 'им'),
    repeat(alt(tok(capitalized().and(kind('word'))), punct('.'), word('и')), 1, 8),
  ).as('named');
  // "Совета при Президенте РФ", "Следственного комитета при прокуратуре"
  const under = seq(
    word('при'),
    repeat(tok(modifier()), 0, 2),
    tok(gram('NOUN', 'loct')),
    repeat(tok(chainWord(g)), 0, 4),
  ).as('under');
  // "посольства России в Токио"
  const abroad = seq(word('в', 'во'), span(g.places)).as('abroad');
  const extension = repeat(alt(byField, namedAfter, under, abroad), 0, 2);
  return { chain, byField, extension };
}

function bodyRule(g: OrgGazetteers, { chain, extension }: ReturnType<typeof tails>): Rule<OrgProposal[]> {
  return rule<OrgProposal[]>({
    id: 'org/body',
    examples: [
      'Служба занятости населения Владимирской области',
      'Законодательного собрания Владимирской области',
      'министерства труда',
      'областная дума',
      'Арбитражный суд Владимирской области',
      'Федеральная служба по труду и занятости',
      'правительство',
      'администрации города Коврова',
      'Театр им. Йозефа Бойса',
      'Совета при Президенте РФ по развитию информационного общества',
      'посольства России в Токио',
    ],
    priority: PRIORITY.body,
    pattern: seq(headGroup, chain, extension),
    interpret: (m) => {
      const headPart = m.part('head');
      if (!headPart || !endsName(m)) return null;
      // a name stays in its sentence (a headline's last word is not the next line's first)
      if (m.ctx.tokens[m.from]!.sentence !== m.ctx.tokens[m.to - 1]!.sentence) return null;
      const headLemma = m.parsesAt(headPart.from).find((p) => HEAD_SET.has(p.lemma))?.lemma ?? headPart.lemma;
      if (m.has('by') && !BY_FIELD.includes(headLemma)) return null;
      if (m.has('abroad') && !ABROAD.has(headLemma)) return null;
      if (!accepted(m, headLemma, g)) return null;
      // "Российской Федерации", "Советского Союза" are places; a name ends at the place it names
      if (isPlace(m, g, m.from, headPart.to)) return null;
      const chainPart = m.part('chain');
      if (chainPart && runsPastPlace(m, g, chainPart.from, chainPart.to)) return null;
      const name = normalizedName(m);
      const known = knownByName(name);
      const place = placeIn(m, g, headPart.to);
      return [
        {
          normalized: known?.name ?? name,
          kind: known?.kind ?? kindOf(headLemma, m.text),
          abbr: known ? abbrOf(known) : null,
          region: regionOf(place),
          from: m.from,
          to: m.to,
          outerFrom: m.from,
        },
      ];
    },
  });
}

// "сборная России по бобслею", "российской сборной": a national team, an adjective used as a noun
function teamRule(g: OrgGazetteers, { byField }: ReturnType<typeof tails>): Rule<OrgProposal[]> {
  return rule<OrgProposal[]>({
    id: 'org/team',
    examples: ['сборная России по бобслею и скелетону', 'российской сборной', 'сборной страны'],
    priority: PRIORITY.body,
    pattern: seq(
      opt(tok(modifier()).agree(r2)),
      tok(lemma('сборная', 'сборный').and(gram('femn', 'sing')))
        .agree(r2)
        .as('head'),
      repeat(tok(chainWord(g)), 0, 3).as('chain'),
      opt(byField),
    ),
    interpret: (m) => {
      const head = m.part('head');
      if (!head) return null;
      // "сборной солянки": the adjective of a noun that follows is no team
      const next = m.ctx.tokens[head.to];
      const agreeing = m.ctx
        .parses(head.to)
        .filter(
          (p) =>
            p.pos === 'NOUN' &&
            p.gender === 'femn' &&
            p.number === 'sing' &&
            m.parsesAt(head.from).some((h) => h.case === p.case),
        );
      if (
        next &&
        next.kind === 'word' &&
        /^\p{Ll}/u.test(next.text) &&
        agreeing.length &&
        !agreeing.some((p) => p.lemma === 'страна' || p.lemma === 'команда')
      )
        return null;
      if (m.to > head.to && !endsName(m)) return null;
      const place = placeIn(m, g, head.to);
      return [
        {
          normalized: normalizedName(m).replace(/^Сборный/u, 'Сборная'),
          kind: 'sport',
          abbr: null,
          region: regionOf(place),
          from: m.from,
          to: m.to,
          outerFrom: m.from,
        },
      ];
    },
  });
}

export function bodyRules(g: OrgGazetteers): Rule<OrgProposal[]>[] {
  const t = tails(g);
  return [bodyRule(g, t), teamRule(g, t)];
}

/**
 * Names in quotes or in Latin letters after a word that says what they name: "партии «Единая
 * Россия»", "ООО «Ромашка»", "ФГБОУ ВО «Владимирский государственный университет»", "компании
 * Google", "газета «Ведомости»". Quotes inside quotes are part of the name; an unclosed quote
 * matches nothing (the name is at most 12 tokens long).
 */
import {
  alt,
  gnc,
  kind,
  gram,
  lemma,
  not,
  opt,
  punct,
  repeat,
  rule,
  seq,
  surface,
  tok,
  word,
  type MatchView,
  type Predicate,
  type Rule,
} from '../../../engine/index.js';
import {
  DESCRIPTORS,
  EVENT_WORDS_LATIN,
  HEAD_KINDS,
  LEGAL_FORMS,
  LEGAL_FORM_TAILS,
  NOT_BODY_DESCRIPTORS,
  NOT_BODY_NAMES,
  REPORTED_BY,
} from '../../../lexicon/organizations/index.js';
import type { OrgGazetteers } from '../gazetteers.js';
import { abbrOf, knownByName, written, type OrgProposal } from '../proposal.js';
import { PRIORITY } from './known.js';
import { chainWord, headWithin, modifier } from '../parts.js';

const OPEN = ['«', '"', '„', '“'];
const CLOSE = ['»', '"', '“', '”'];
const INNER_OPEN = ['„', '«', '"'];
const INNER_CLOSE = ['“', '”', '»', '"'];
const QUOTES = [...new Set([...OPEN, ...CLOSE])];

const r = gnc();
const descriptorOf = (chain: Predicate) =>
  seq(
    repeat(tok(headWithin(new Set<string>(DESCRIPTORS), 2, 'descriptor ahead').and(modifier())).agree(r), 0, 2),
    tok(lemma(...DESCRIPTORS).and(gram('NOUN')))
      .agree(r)
      .as('descr'),
    repeat(tok(chain), 0, 4),
  );
const legalForm = seq(
  tok(word(...LEGAL_FORMS).and(surface(/^\p{Lu}+$/u))).as('legal'),
  opt(tok(word(...LEGAL_FORM_TAILS).and(surface(/^\p{Lu}+$/u)))),
);

const plain = () => not(punct(...QUOTES));
const inner = seq(punct(...INNER_OPEN), repeat(tok(plain()), 1, 8), punct(...INNER_CLOSE));
const quoted = seq(punct(...OPEN), repeat(alt(tok(plain()), inner), 1, 12).as('name'), punct(...CLOSE));
const latinWord = surface(/^(?:[\p{Script=Latin}\d][\p{Script=Latin}\d'&.!-]*|&)$/u);
const latin = seq(tok(surface(/^\d*\p{Script=Latin}/u)), repeat(tok(latinWord), 0, 4)).as('name');

const UPPER_OR_DIGIT = /^[\p{Lu}\d]/u;
/** A site's address without a path: "infox.ru", "NEWSru.com". */
const site = tok(kind('url').and(surface(/^[\p{L}\d.-]+\.\p{L}{2,}$/u))).as('name');
const PRODUCTS = new Set<string>(NOT_BODY_NAMES);
const NOT_BODY_BEFORE = new Set<string>(NOT_BODY_DESCRIPTORS);
const EVENT_WORDS = new Set<string>(EVENT_WORDS_LATIN);

/** A name in Latin letters that names a work, an event or a product: "конкурс The BOBs", "Corus Chess Tournament". */
function notBody(m: MatchView): boolean {
  for (let i = m.from; i < m.to; i++) if (EVENT_WORDS.has(m.ctx.tokens[i]!.text)) return true;
  const before = m.ctx.tokens[m.from - 1];
  return (
    !!before &&
    before.kind === 'word' &&
    /^\p{Ll}/u.test(before.text) &&
    m.ctx.lemmas(m.from - 1).some((l) => NOT_BODY_BEFORE.has(l))
  );
}

function proposal(m: MatchView): OrgProposal[] | null {
  const name = m.part('name');
  const first = name ? m.ctx.tokens[name.from] : undefined;
  if (!name || !first) return null;
  // a name starts with a capital or a digit, and a legal form's quotes may hold any name
  const firstWord = m.ctx.tokens
    .slice(name.from, name.to)
    .find((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'other');
  if (!firstWord || !UPPER_OR_DIGIT.test(firstWord.text)) return null;
  const legal = m.part('legal');
  const descr = m.part('descr');
  const text = written(m, name.from, name.to);
  const known = knownByName(text);
  const kind = known?.kind ?? (legal ? 'company' : ((descr && HEAD_KINDS[descr.lemma]) ?? 'public'));
  const normalized = known?.name ?? (legal ? `${legal.text} «${text}»` : text);
  return [
    {
      normalized,
      kind,
      abbr: known ? abbrOf(known) : null,
      region: null,
      from: name.from,
      to: name.to,
      outerFrom: m.from,
    },
  ];
}

export function quotedRules(g: OrgGazetteers): Rule<OrgProposal[]>[] {
  const descriptor = descriptorOf(chainWord(g));
  const inQuotes = rule<OrgProposal[]>({
    id: 'org/quoted',
    examples: [
      'партии «Единая Россия»',
      'ООО «Ромашка»',
      'ФГБОУ ВО «Владимирский государственный университет»',
      'газета «Ведомости»',
      'Центр современной культуры «Гараж»',
    ],
    priority: PRIORITY.quoted,
    pattern: seq(alt(descriptor, legalForm), quoted),
    interpret: proposal,
  });
  const inLatin = rule<OrgProposal[]>({
    id: 'org/latin',
    examples: ['компании Genentech', 'социальной сети Facebook', 'концерна Harles und Jentzsch'],
    priority: PRIORITY.quoted,
    pattern: seq(descriptor, latin),
    interpret: proposal,
  });
  // "AlphaBay", "ABC News": a capitalised name in Latin letters, outside brackets (where a Russian
  // name's original spelling stands) and not a person's name in Latin
  const latinAlone = rule<OrgProposal[]>({
    id: 'org/latin-name',
    examples: ['Berkshire Hathaway', 'ABC News', 'Industrial and Commercial Bank of China'],
    priority: PRIORITY.dictionary,
    pattern: seq(
      tok(surface(/^\p{Lu}[\p{Script=Latin}\d'&!-]*$/u).and(surface(/^\p{Script=Latin}/u))),
      repeat(tok(latinWord), 0, 5),
    ).as('name'),
    interpret: (m) => {
      const before = m.ctx.tokens[m.from - 1];
      const after = m.ctx.tokens[m.to];
      if (before && (before.text === '(' || /^[\p{Script=Latin}\d]/u.test(before.text))) return null;
      if (after && /^[\p{Script=Latin}\d]/u.test(after.text)) return null;
      // a letter, a Roman numeral, a code with digits ("STS-124", "AR-15") or a product names no body
      const first = m.ctx.tokens[m.from]!.text;
      if (m.to - m.from === 1 && (m.text.length < 2 || /^[IVXLCDM]+$/u.test(m.text))) return null;
      if (/\d/u.test(first) || /^\d/u.test(m.ctx.tokens[m.from + 1]?.text ?? '') || PRODUCTS.has(first)) return null;
      if (notBody(m)) return null;
      return proposal(m);
    },
  });
  // "сообщает «Росбалт»", "цитирует infox.ru": who reports the news is a medium
  const reported = rule<OrgProposal[]>({
    id: 'org/reported-by',
    examples: ['сообщает «Новый Регион — Екатеринбург»', 'цитирует infox.ru', 'интервью «Свободной прессе»'],
    priority: PRIORITY.quoted,
    pattern: seq(
      tok(lemma(...REPORTED_BY)),
      alt(seq(punct(...OPEN), repeat(alt(tok(plain()), inner), 1, 6).as('name'), punct(...CLOSE)), site),
    ),
    interpret: (m) => {
      const name = m.part('name');
      const first = name ? m.ctx.tokens[name.from] : undefined;
      if (!name || !first || (first.kind !== 'url' && !UPPER_OR_DIGIT.test(first.text))) return null;
      const text = written(m, name.from, name.to);
      const known = knownByName(text);
      return [
        {
          normalized: known?.name ?? text,
          kind: known?.kind ?? 'media',
          abbr: known ? abbrOf(known) : null,
          region: null,
          from: name.from,
          to: name.to,
          outerFrom: name.from,
        },
      ];
    },
  });
  return [inQuotes, inLatin, latinAlone, reported];
}

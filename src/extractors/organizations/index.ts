import { RuleSet, type DocContext, type Rule } from '../../engine/index.js';
import { QUOTE_CLOSE, QUOTE_OPEN } from '../../context/index.js';
import { DESCRIPTORS, FACTRU_BODIES, FACTRU_NOT_HEADS } from '../../lexicon/organizations/index.js';
import { defineExtractor } from '../../pipeline/define.js';
import type { EntityExtractor, EntityExtractorFactory, Env } from '../../pipeline/types.js';
import type { EntityDraft } from '../../result/schema.js';
import { orgGazetteers } from './gazetteers.js';
import type { OrgProposal } from './proposal.js';
import { orgRulesFor } from './rules/index.js';
import { units } from './units.js';
import { extend } from '../../engine/objects.js';

export { orgGazetteers, type OrgGazetteers, type BodyName, type PlaceInName } from './gazetteers.js';
export type { OrgProposal } from './proposal.js';

/** The organisation rules for a morphology (they need it to build their gazetteers). */
export function organizationRules(env: Pick<Env, 'morph' | 'segment'>): Rule<OrgProposal[]>[] {
  return orgRulesFor(orgGazetteers(env));
}

/** Rules whose names stand in quotes by themselves: known bodies, and who reports the news ("сообщает «Росбалт»"). */
const IN_TITLES = new Set(['org/known', 'org/reported-by']);

/** How far back an open quote makes a match part of a quoted title ("«Лучшая команда кадрового центра ...»"), not of direct speech. */
const TITLE_QUOTE = 8;

const NOT_IN_SPAN = new Set<string>([
  'оператор',
  'ритейлер',
  'производитель',
  'разработчик',
  'застройщик',
  'перевозчик',
  'сайт',
  'портал',
  'мессенджер',
  'группа',
  'канал',
]);

/** For every token, the index of the innermost quote still open before it in its sentence (or -1). One pass. */
function openQuotes(doc: DocContext): Int32Array {
  const out = new Int32Array(doc.tokens.length).fill(-1);
  const stack: number[] = [];
  let sentence = -1;
  doc.tokens.forEach((t, i) => {
    if (t.sentence !== sentence) {
      stack.length = 0;
      sentence = t.sentence;
    }
    // not stack[stack.length - 1] ?? -1: reading index -1 of an empty array is V8's slow path (~1.5% of a RuREBus run)
    out[i] = stack.length > 0 ? stack[stack.length - 1]! : -1;
    if (t.kind !== 'punct') return;
    // a straight quote closes when one is open, and opens otherwise
    if (
      t.text === '"'
        ? stack.length && doc.tokens[stack[stack.length - 1]!]?.text === '"'
        : QUOTE_CLOSE.has(t.text) && !QUOTE_OPEN.has(t.text)
    )
      stack.pop();
    else if (QUOTE_OPEN.has(t.text) && t.text !== "'") stack.push(i);
  });
  return out;
}

/** Descriptors that factRuEval counts as part of the name; what a company does ("оператор", "разработчик") is not. */
const DESCRIPTOR = new Set<string>(DESCRIPTORS.filter((d) => !NOT_IN_SPAN.has(d)));

/** The descriptor words right before a name ("социальной сети Facebook", "агентству Рейтер"): where the span starts under factRuEval's convention. */
function descriptorStart(doc: DocContext, from: number): number {
  let i = from - 1;
  if (i >= 0 && QUOTE_OPEN.has(doc.tokens[i]?.text ?? '')) i--;
  if (
    i < 0 ||
    doc.tokens[i]?.kind !== 'word' ||
    !doc.parses(i).some((p) => p.pos === 'NOUN' && DESCRIPTOR.has(p.lemma))
  )
    return from;
  let start = i;
  while (
    start > 0 &&
    doc.tokens[start - 1]?.kind === 'word' &&
    doc.parses(start - 1).some((p) => p.pos === 'ADJF' && !p.grammemes.has('Apro'))
  )
    start--;
  return start;
}

/**
 * Abbreviations the text defines in brackets after a name ("Исламского государства (ИГ)") are the
 * same body wherever they come back in the document.
 */
function defined(doc: DocContext, found: OrgProposal[]): OrgProposal[] {
  const abbrs = new Map<string, OrgProposal>();
  for (const p of found) {
    const [a, b, c] = [doc.tokens[p.to], doc.tokens[p.to + 1], doc.tokens[p.to + 2]];
    if (a?.text === '(' && c?.text === ')' && b && /^[А-ЯЁA-Z]{2,8}$/u.test(b.text) && !abbrs.has(b.text))
      abbrs.set(b.text, p);
  }
  if (!abbrs.size) return [];
  const covered = new Set<number>();
  for (const p of found) for (let i = p.outerFrom; i < p.to; i++) covered.add(i);
  const out: OrgProposal[] = [];
  doc.tokens.forEach((t, i) => {
    const p = abbrs.get(t.text);
    if (p && !covered.has(i)) out.push(extend(p, { abbr: t.text, from: i, to: i + 1, outerFrom: i }));
  });
  return out;
}

/** A word of a name in Latin letters, as the original spelling in brackets writes it ("Committee to Protect Journalists"). */
const LATIN_WORD = /^(?:[\p{Script=Latin}\d][\p{Script=Latin}\d'’&.-]*|&)$/u;

/**
 * The original spelling in brackets right after a name ("Промышленный и коммерческий банк Китая
 * (Industrial and Commercial Bank of China)") names the same body: both corpora mark it.
 */
function originals(doc: DocContext, found: readonly OrgProposal[]): OrgProposal[] {
  const out: OrgProposal[] = [];
  for (const p of found) {
    // past the closing quote of a quoted name and an abbreviation in brackets: "«Фольксваген»
    // (Volkswagen)", "Комитет защиты журналистов (КЗЖ) (Committee to Protect Journalists)"
    let at = p.to;
    if (QUOTE_CLOSE.has(doc.tokens[at]?.text ?? '')) at++;
    if (doc.tokens[at]?.text === '(' && doc.tokens[at + 2]?.text === ')' && doc.tokens[at + 3]?.text === '(') at += 3;
    if (doc.tokens[at]?.text !== '(') continue;
    const from = at + 1;
    let to = from;
    while (to - from < 8 && doc.tokens[to]?.kind !== 'punct' && LATIN_WORD.test(doc.tokens[to]?.text ?? '')) to++;
    // a name starts with a capital Latin letter ("3Com" too); a year in brackets is no name
    if (
      to === from ||
      doc.tokens[to]?.text !== ')' ||
      !/^\d*\p{Lu}/u.test(doc.tokens[from]!.text) ||
      !/\p{Script=Latin}/u.test(doc.tokens[from]!.text)
    )
      continue;
    out.push(extend(p, { from, to, outerFrom: from }));
  }
  return out;
}

/**
 * A name followed by its own abbreviation or full name is one mention: "Международная федерация
 * футбола ФИФА".
 */
function appositions(found: { p: OrgProposal; rule: string }[]): { p: OrgProposal; rule: string }[] {
  const sorted = [...found].sort((a, b) => a.p.from - b.p.from);
  const out: { p: OrgProposal; rule: string }[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.p.to === f.p.outerFrom && prev.p.normalized === f.p.normalized)
      out[out.length - 1] = extend(prev, { p: extend(prev.p, { to: f.p.to }) });
    else out.push(f);
  }
  return out;
}

const FACTRU = new Set<string>(FACTRU_BODIES);
const FACTRU_NOT = new Set<string>(FACTRU_NOT_HEADS);

/** A name led by a head factRuEval does not count as a body ("российские власти"). */
function notFactruBody(doc: DocContext, p: OrgProposal): boolean {
  for (let i = p.from; i < p.to; i++)
    if (doc.parses(i).some((r) => r.pos === 'NOUN' && FACTRU_NOT.has(r.lemma))) return true;
  return false;
}

/** Words factRuEval annotates as organisations though they name no body ("Интернет"); capitalised only. */
function conventionBodies(doc: DocContext): OrgProposal[] {
  const out: OrgProposal[] = [];
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || ![...FACTRU].some((l) => doc.folded(i).startsWith(l))) return;
    const lemma = doc.lemmas(i).find((l) => FACTRU.has(l));
    if (lemma)
      out.push({
        normalized: t.text.charAt(0) + lemma.slice(1),
        kind: null,
        abbr: null,
        region: null,
        from: i,
        to: i + 1,
        outerFrom: i,
      });
  });
  return out;
}

export interface OrganizationOptions {
  /**
   * Include the word that says what kind of body a name is in the span: "партии «Яблоко»",
   * "компании Google" (as factRuEval marks them) instead of the name alone, as NEREL marks them
   * (default: false, true under `convention: 'factru'`).
   */
  readonly descriptors?: boolean;
}

/** An organisation extractor factory with options (see {@link defaultOrganizationsExtractor}). */
export function organizationsExtractorFactory(options: OrganizationOptions = {}): EntityExtractorFactory {
  return defineExtractor({
    kind: 'organizations',
    rules: organizationRules,
    create: (env) => createOrganizations(options, env),
  });
}

function createOrganizations(options: OrganizationOptions, env: Env): EntityExtractor {
  const descriptors = options.descriptors ?? env.convention === 'factru';
  const factruBodies = env.convention === 'factru';
  const rules = new RuleSet(organizationRules(env));
  return {
    name: 'organizations',
    extract(run) {
      const doc = run.doc;
      const open = openQuotes(doc);
      const found: { p: OrgProposal; rule: string }[] = [];
      for (const m of rules.findAll(doc)) {
        for (const p of m.value) {
          // inside a short quoted title ("«Лучшая команда кадрового центра ...»") only a known body is one
          const q = open[p.outerFrom] ?? -1;
          if (q >= 0 && p.outerFrom - q <= TITLE_QUOTE && !IN_TITLES.has(m.rule.id)) continue;
          if (factruBodies && m.rule.id === 'org/body' && notFactruBody(doc, p)) continue;
          found.push({ p, rule: m.rule.id });
        }
      }
      for (const p of defined(
        doc,
        found.map((f) => f.p),
      ))
        found.push({ p, rule: 'org/defined-abbr' });
      for (const p of originals(
        doc,
        found.map((f) => f.p),
      ))
        found.push({ p, rule: 'org/original-spelling' });
      if (factruBodies) for (const p of conventionBodies(doc)) found.push({ p, rule: 'org/convention' });
      found.push(...units(doc, found, factruBodies));
      return appositions(found).map(({ p, rule }): EntityDraft => {
        const from = descriptors ? (p.outerFrom === p.from ? descriptorStart(doc, p.from) : p.outerFrom) : p.from;
        // factRuEval ends a quoted name before its closing quote ("ОАО «Газпром")
        const to = descriptors && p.to - 1 > from && QUOTE_CLOSE.has(doc.tokens[p.to - 1]!.text) ? p.to - 1 : p.to;
        const start = doc.tokens[from]!.start;
        const end = doc.tokens[to - 1]!.end;
        return {
          type: 'organization',
          start,
          end,
          text: doc.text.slice(start, end),
          rule,
          normalized: p.normalized,
          kind: p.kind,
          abbr: p.abbr,
          region: p.region,
        };
      });
    },
  };
}

/**
 * Organisations: federal and regional bodies, courts, parties, companies, media, universities,
 * international bodies and branches, with the full name in the nominative.
 */
export const defaultOrganizationsExtractor: EntityExtractorFactory = organizationsExtractorFactory();

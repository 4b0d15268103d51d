/**
 * A unit of a body named by the body it belongs to is one organisation, from the unit's word to
 * the end of the body's name: "пресс-службы МЧС России", "Русской службе «Голоса Америки»",
 * "политбюро партии", "кафедрой социальных коммуникаций и технологий РГГУ", "правления
 * «Газпрома»". Both corpora mark the whole (the body inside stays, nested).
 */
import { capsOrLatin, nominative, type DocContext } from '../../engine/index.js';
import { QUOTE_CLOSE, QUOTE_OPEN } from '../../context/index.js';
import { UNIT_HEADS, UNIT_HEADS_FACTRU } from '../../lexicon/organizations/index.js';
import type { OrgProposal } from './proposal.js';
import { extend } from '../../engine/objects.js';

/** At most this many words of what the unit does stand between it and its body ("отдела корпоративных серверов и сетей HP"). */
const BETWEEN = 5;

/** Abbreviations and names in Latin letters do not decline: any case reads as the genitive. */
const undeclined = capsOrLatin;

function genitive(doc: DocContext, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || (t.kind !== 'word' && t.kind !== 'other')) return false;
  if (undeclined(t.text)) return true;
  return doc.parses(i).some((p) => p.case === 'gent' || p.grammemes.has('Fixd'));
}

/** A lower-case word of what the unit does, in the genitive: "социальных", "коммуникаций", "и". */
function betweenWord(doc: DocContext, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
  if (doc.folded(i) === 'и') return true;
  const top = doc.parses(i)[0];
  return !!top && (top.pos === 'NOUN' || top.pos === 'ADJF') && doc.parses(i).some((p) => p.case === 'gent');
}

interface Found {
  readonly p: OrgProposal;
  readonly rule: string;
}

/** The unit's head noun before `at` (skipping what it does), or -1. */
function unitHead(doc: DocContext, at: number, heads: ReadonlySet<string>): number {
  for (let k = at, n = 0; k >= 0 && n <= BETWEEN; k--, n++) {
    const t = doc.tokens[k];
    if (!t || t.kind !== 'word') return -1;
    // one unit, not several ("департаментов МИДа"); a service only right before its body
    // ("Русской службе «Голоса Америки»", not "службу сообщений Facebook")
    if (doc.parses(k).some((p) => p.pos === 'NOUN' && p.number === 'sing' && heads.has(p.lemma)))
      return n > 0 && doc.lemmas(k).includes('служба') ? -1 : k;
    if (!betweenWord(doc, k)) return -1;
  }
  return -1;
}

/**
 * Proposals for units of the bodies found, each spanning the unit's words and its body's name; a
 * proposal ending on the unit's head ("Русской службе") is taken into the larger one.
 */
export function units(doc: DocContext, found: readonly Found[], factru: boolean): Found[] {
  const heads = new Set<string>(factru ? [...UNIT_HEADS, ...UNIT_HEADS_FACTRU] : UNIT_HEADS);
  const endingAt = new Map<number, Found>();
  for (const f of found) endingAt.set(f.p.to, f);
  const out: Found[] = [];
  for (const f of found) {
    let before = f.p.outerFrom - 1;
    const quote = QUOTE_OPEN.has(doc.tokens[before]?.text ?? '');
    if (quote) before--;
    // the body's first word (its descriptor's, if any) is in the genitive: "руководством канала и
    // компанией «Алтек»" names two
    if (!genitive(doc, f.p.outerFrom)) continue;
    const h = unitHead(doc, before, heads);
    if (h < 0) continue;
    // agreeing adjectives before the unit: "наблюдательного совета", "московского отделения"
    let start = h;
    while (start > 0 && start > h - 2 && modifierBefore(doc, start - 1)) start--;
    const joined = endingAt.get(h + 1);
    if (joined) start = Math.min(start, joined.p.outerFrom);
    // the closing quote of the body's name is the unit's too (factRuEval's convention drops it later)
    const end = quote && QUOTE_CLOSE.has(doc.tokens[f.p.to]?.text ?? '') ? f.p.to + 1 : f.p.to;
    const normalized = nominative(doc, start, end, (i) => doc.parses(i)).replace(/\s+/gu, ' ');
    out.push({
      p: extend(f.p, { normalized, kind: 'branch', abbr: null, from: start, to: end, outerFrom: start }),
      rule: 'org/unit',
    });
  }
  return out;
}

function modifierBefore(doc: DocContext, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word') return false;
  const top = doc.parses(i)[0];
  return !!top && top.pos === 'ADJF' && !top.grammemes.has('Apro');
}

import { RuleSet, type DocContext } from '../../engine/index.js';
import { knownAsCommon, locativeBefore, modifiesNext, quotedAlone, sentenceInitial } from '../../context/index.js';
import type { ExtractorFactory } from '../../pipeline/types.js';
import type { EntityDraft, Gender } from '../../result/schema.js';
import { normalizeName, type NamePart } from './normalize.js';
import { nameShaped } from './parts.js';
import type { PersonProposal } from './proposal.js';
import { PERSON_RULES } from './rules/index.js';

export { PERSON_RULES } from './rules/index.js';
export type { PersonProposal } from './proposal.js';

interface Known {
  readonly gender: Gender | null;
}

/** Keys a surname is found again by: its folded surface and its lemmas. */
const keysOf = (doc: DocContext, i: number): string[] => [doc.folded(i), ...doc.lemmas(i)];

/**
 * The surnames the document names for sure (two-word names, names with initials, names a cue
 * supports), with the gender the fuller mention gives.
 */
function knownSurnames(doc: DocContext, found: readonly PersonProposal[]): Map<string, Known> {
  const out = new Map<string, Known>();
  for (const p of found) {
    if (p.strength === 'bare') continue;
    const last = p.parts.filter((x) => x.role === 'last').pop();
    if (!last) continue;
    const { gender } = normalizeName(doc, p.from, p.to, p.parts, p.hint);
    for (const k of keysOf(doc, last.index)) {
      const had = out.get(k);
      if (!had || (!had.gender && gender)) out.set(k, { gender });
    }
  }
  return out;
}

/**
 * A surname named in full once is the same person alone later ("Жолт Хорняк ... Хорняка"), unless
 * a preposition of place or a noun it modifies says it is something else.
 */
function repeated(doc: DocContext, found: readonly PersonProposal[], known: Map<string, Known>): PersonProposal[] {
  if (!known.size) return [];
  const covered = new Uint8Array(doc.tokens.length);
  for (const p of found) for (let i = p.from; i < p.to; i++) covered[i] = 1;
  const out: PersonProposal[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] || !nameShaped(doc, i)) continue;
    const hit = keysOf(doc, i).find((k) => known.has(k));
    if (hit === undefined) continue;
    if (locativeBefore(doc, i) || modifiesNext(doc, i, i + 1) || quotedAlone(doc, i, i + 1) || (sentenceInitial(doc, i) && knownAsCommon(doc, i) && !doc.parses(i).some((x) => x.grammemes.has('Surn')))) continue;
    const parts: NamePart[] = [{ role: 'last', index: i, parses: doc.parses(i).filter((x) => x.pos === 'NOUN' || x.pos === 'UNKN' || x.grammemes.has('Surn')) }];
    out.push({ from: i, to: i + 1, parts, hint: known.get(hit)?.gender ?? null, strength: 'cued' });
  }
  return out;
}

function toDraft(doc: DocContext, p: PersonProposal, rule: string, known: Map<string, Known>): EntityDraft {
  let hint = p.hint;
  // a bare surname takes the gender of its fuller mention ("Андрей Григорьев ... Григорьева")
  if (!hint && p.parts.length === 1 && p.parts[0]!.role === 'last') hint = keysOf(doc, p.parts[0]!.index).map((k) => known.get(k)?.gender).find((g) => g) ?? null;
  const n = normalizeName(doc, p.from, p.to, p.parts, hint);
  const start = doc.tokens[p.from]!.start;
  const end = doc.tokens[p.to - 1]!.end;
  return { type: 'person', start, end, text: doc.text.slice(start, end), rule, normalized: n.normalized, name: n.name, gender: n.gender };
}

/**
 * Persons: names in any order and case form, with initials, foreign names and particles, in the
 * nominative with the gender kept ("Андрея Григорьева" -> "Андрей Григорьев").
 */
export const createPersonsExtractor: ExtractorFactory = () => {
  const rules = new RuleSet(PERSON_RULES);
  return {
    name: 'persons',
    extract(run) {
      const doc = run.doc;
      const found: { p: PersonProposal; rule: string }[] = [];
      for (const m of rules.findAll(doc)) found.push({ p: m.value, rule: m.rule.id });
      const known = knownSurnames(doc, found.map((f) => f.p));
      for (const p of repeated(doc, found.map((f) => f.p), known)) found.push({ p, rule: 'person/repeated' });
      return found.map((f) => toDraft(doc, f.p, f.rule, known));
    },
  };
};

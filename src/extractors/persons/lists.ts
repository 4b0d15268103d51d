/**
 * Names in a list with names: a capitalised word the dictionary does not know (or knows only as a
 * surname), joined by a comma or "и" to a person's name, is another person ("Волкова и Пацаева",
 * "Новицкий и Юрчихин", "Бьянка и Капри" after "Наталья, ").
 */
import type { DocContext } from '../../engine/index.js';
import { atPlaceBefore, guessedOnly, modifiesNext, quotedAlone, sentenceInitial } from '../../context/index.js';
import type { Parse } from '../../morph/types.js';
import { nameShaped, shareCase } from './parts.js';
import type { PersonProposal } from './proposal.js';

const JOINS = new Set([',', 'и', 'или']);

/** az's guess reads the word as a person (an animate noun, a name, a surname) and never as a body. */
function personGuess(ps: readonly Parse[]): boolean {
  return (
    !ps.some((p) => p.grammemes.has('Orgn') || (p.known && p.grammemes.has('Geox'))) &&
    ps.some((p) => p.pos === 'NOUN' && (p.grammemes.has('anim') || p.grammemes.has('Surn') || p.grammemes.has('Name')))
  );
}

/** A word that only a neighbour in a list can make a name. */
function candidate(doc: DocContext, i: number): boolean {
  if (!nameShaped(doc, i) || sentenceInitial(doc, i) || atPlaceBefore(doc, i)) return false;
  if (nameShaped(doc, i + 1) && !doc.tokens[i + 1]!.newlineBefore) return false;
  if (modifiesNext(doc, i, i + 1) || quotedAlone(doc, i, i + 1)) return false;
  const ps = doc.parses(i);
  const surname = ps.every((p) => !p.known || p.grammemes.has('Surn'));
  return (guessedOnly(doc, i) || surname) && personGuess(ps);
}

/** The readings of the part of `p` that declines like the list's words: its surname, else its first name. */
const caseParses = (p: PersonProposal): readonly Parse[] =>
  (p.parts.find((x) => x.role === 'last') ?? p.parts.find((x) => x.role === 'first'))?.parses ?? [];

/** The word is joined to the name: "X, Name", "X и Name", "Name, X", "Name и X", on one line. */
function joinedTo(doc: DocContext, i: number, p: PersonProposal): boolean {
  const sep = p.to === i - 1 ? i - 1 : p.from === i + 2 ? i + 1 : -1;
  const t = doc.tokens[sep];
  if (!t || !JOINS.has(doc.folded(sep)) || doc.tokens[i]!.newlineBefore || doc.tokens[sep + 1]?.newlineBefore)
    return false;
  // a word or a part without readings shares any case
  const own = doc.parses(i);
  const theirs = caseParses(p);
  return !own.length || !theirs.length || shareCase(own, theirs);
}

/** Persons found by their neighbours in lists, repeated until the list is used up (bounded). */
export function listed(doc: DocContext, found: readonly PersonProposal[]): PersonProposal[] {
  const byEdge = new Map<number, PersonProposal>();
  const covered = new Uint8Array(doc.tokens.length);
  const add = (p: PersonProposal): void => {
    byEdge.set(p.to + 1, p);
    byEdge.set(p.from - 2, p);
    for (let k = p.from; k < p.to; k++) covered[k] = 1;
  };
  for (const p of found) add(p);
  const out: PersonProposal[] = [];
  for (let round = 0; round < 4; round++) {
    const fresh: PersonProposal[] = [];
    for (const [i, p] of byEdge) {
      if (i < 0 || covered[i] || !candidate(doc, i) || !joinedTo(doc, i, p)) continue;
      // the list gives the case: "Волкова и Пацаева" are both in the genitive
      const own = doc.parses(i).filter((x) => x.pos === 'NOUN' || x.pos === 'UNKN' || x.grammemes.has('Surn'));
      const cases = new Set(caseParses(p).map((x) => x.case));
      const inCase = own.filter((x) => x.case !== null && !x.grammemes.has('Fixd') && cases.has(x.case));
      const ps = inCase.length ? inCase : own;
      fresh.push({ from: i, to: i + 1, parts: [{ role: 'last', index: i, parses: ps }], hint: null, strength: 'cued' });
    }
    if (!fresh.length) break;
    for (const p of fresh) {
      if (covered[p.from]) continue;
      add(p);
      out.push(p);
    }
  }
  return out;
}

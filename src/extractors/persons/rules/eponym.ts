/**
 * Adjectives named after a person ("Нобелевской премии", "Мариинского театра", "горбачёвской
 * перестройки"): NEREL marks them as mentions of that person. Proposed under NEREL's convention only.
 */
import { gazetteerRef, rule, span, type Rule } from '../../../engine/index.js';
import { EPONYM_ADJECTIVES } from '../../../lexicon/persons/eponyms.js';
import type { PersonProposal } from '../proposal.js';

const EPONYMS = gazetteerRef('person-eponyms', () => EPONYM_ADJECTIVES.map(([phrase, value]) => ({ phrase, value })));

const PRIZE_PEOPLE = new Set(['лауреат', 'комитет']);

export const eponymRule: Rule<PersonProposal> = rule({
  id: 'person/eponym',
  examples: ['Нобелевской', 'Мариинского', 'горбачевской'],
  // a surname that spells the same ("Горбачевский") is the person's own
  priority: -3,
  pattern: span(EPONYMS).as('eponym'),
  interpret: (m) => {
    const p = m.part('eponym');
    const v: unknown = Array.isArray(p?.value) ? (p.value as unknown[])[0] : p?.value;
    if (!p || typeof v !== 'string') return null;
    // "нобелевский лауреат", "Нобелевский комитет" are the prize's, not the person's
    if (m.ctx.lemmas(p.to).some((l) => PRIZE_PEOPLE.has(l))) return null;
    return { from: p.from, to: p.to, parts: [], hint: null, strength: 'bare', eponym: v };
  },
});

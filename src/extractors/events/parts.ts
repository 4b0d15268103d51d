/** What an event rule proposes, and the parts the event rules share. */
import {
  gram,
  kind,
  notGram,
  span,
  type MatchView,
  type Pattern,
  type Predicate,
  wordTest,
} from '../../engine/index.js';
import { quotedName } from '../../context/index.js';
import type { EventLevel } from '../../lexicon/awards/events.js';

export interface EventProposal {
  readonly normalized: string;
  readonly kind: string;
  readonly name: string | null;
  readonly ordinal: number | null;
  readonly level: EventLevel | null;
  readonly stage: string | null;
  readonly years: { readonly start: number; readonly end: number } | null;
  readonly parent: string | null;
}

export const quoted: Pattern = span(quotedName).as('name');

export const lowerWord: Predicate = wordTest('lower-word', (ctx, i) => /^\p{Ll}/u.test(ctx.tokens[i]?.text ?? ''));
const content = (...g: Parameters<typeof gram>): Predicate =>
  gram(...g).and(kind('word'), notGram('PREP', 'CONJ', 'PRCL', 'NPRO', 'Apro'));
/** A lower-case genitive word of an event's name: "профессионального мастерства", "занятости населения". */
export const gentLower: Predicate = content('gent').and(lowerWord);
export const datvLower: Predicate = content('datv').and(lowerWord);

/** The quoted name without its quotes. */
export function nameOf(m: MatchView): string | null {
  const p = m.part('name');
  return p ? p.text.slice(1, -1).trim() : null;
}

export const yearToken: Predicate = wordTest('year', (ctx, i) => /^(?:19|20)\d\d$/u.test(ctx.tokens[i]?.text ?? ''));

export function event(m: MatchView, kind: string, extra: Partial<EventProposal> = {}): EventProposal {
  return {
    normalized: m.nominative(),
    kind,
    name: nameOf(m),
    ordinal: null,
    level: null,
    stage: null,
    years: null,
    parent: null,
    ...extra,
  };
}

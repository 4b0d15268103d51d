/** What a person rule proposes: the words of a name with their roles, before normalisation. */
import type { MatchView } from '../../engine/index.js';
import type { Gender } from '../../result/schema.js';
import type { NamePart, PartRole } from './normalize.js';

export interface PersonProposal {
  /** Token range of the name (cue words before or after it stay out). */
  readonly from: number;
  readonly to: number;
  readonly parts: readonly NamePart[];
  /** A gender the context gives (a verb, a noun for a woman), when the name's words may not. */
  readonly hint: Gender | null;
  /**
   * `full`: two or more parts of a name; `cued`: one word that the words around make a name
   * ("президент Макрон", "Хорняк заявил"); `bare`: one word the dictionary knows as a name.
   */
  readonly strength: 'full' | 'cued' | 'bare';
  /** The person an adjective is named after ("Нобелевской" -> "Нобель"), in the nominative. */
  readonly eponym?: string;
}

const ROLES: readonly PartRole[] = ['first', 'middle', 'last', 'initial', 'particle'];

/** The named parts of a match as the words of a name, in text order. */
export function proposalOf(
  m: MatchView,
  strength: PersonProposal['strength'],
  hint: Gender | null = null,
): PersonProposal | null {
  const parts: NamePart[] = [];
  for (const role of ROLES)
    for (const p of m.parts(role)) parts.push({ role, index: p.from, parses: m.parsesAt(p.from) });
  if (!parts.length) return null;
  parts.sort((a, b) => a.index - b.index);
  const from = parts[0]!.index;
  const lastPart = parts[parts.length - 1]!;
  // an initial is its letter and its dot
  const regnal = m.part('regnal');
  const to = regnal ? regnal.to : lastPart.role === 'initial' ? lastPart.index + 2 : lastPart.index + 1;
  // a name does not run across a line break
  for (let i = from + 1; i < to; i++) if (m.ctx.tokens[i]?.newlineBefore) return null;
  return { from, to, parts, hint, strength };
}

/**
 * Word checks: what a rule's first token must be, asked of the token's word alone, so a rule set
 * can leave a rule out of a word's candidates once for every time the word is met.
 */
import { hasKeyIn, keyMask } from './keys.js';
import { NEVER, altCheck, anyCheck, nullable, singleToken, startsWithSpan, type Check } from './prefilter.js';
import type { PatternNode, SpanFollow } from './pattern.js';
import { wordPartOf, type StartKey } from './predicates.js';

/**
 * A necessary condition for a non-empty match of `node` from token `i` that looks at token `i`'s
 * word alone (its predicates there are `byWord`), or null when none is known. A rule set asks it
 * once per word and remembers the rules it leaves (see `RuleSet.collect`): most rules filed under
 * a token kind cannot start at most words of that kind. `spans`: a span matcher first in the
 * match starts it at a word of its start key, as a rule set files rules by (pattern.ts `startKeys`).
 * Inside a match (`lead` false), a span matcher's hit begins at a word of its start key too, or is
 * empty and what follows it starts there.
 */
export function createWordCheck(node: PatternNode, spans = false, lead = true): Check | null {
  switch (node.t) {
    case 'tok': {
      // the predicate, or the part of it that looks at the word alone, else its start key: a
      // predicate holds only at a word of its start key (what a rule set files rules by)
      const pred = wordPartOf(node.pred);
      if (pred === null) return startKeyCheck(node.pred.start);
      const test = pred.test;
      return (ctx, i) => test(ctx, i) !== false;
    }
    case 'span':
      return spans ? startKeyCheck(node.matcher.start) : null;
    case 'named':
    case 'rep':
      // a non-empty repetition begins with a non-empty one (an empty one ends the loop)
      return createWordCheck(node.item, spans, lead);
    case 'alt':
      return altCheck(node.items, (it) => createWordCheck(it, spans, lead));
    case 'seq':
      return seqWordCheck(node.items, 0, spans, lead);
  }
}

function seqWordCheck(items: readonly PatternNode[], idx: number, spans = false, lead = true): Check | null {
  const item = items[idx];
  if (item === undefined) return NEVER; // nothing left to match a token
  const f = createWordCheck(item, spans, lead);
  if (!nullable(item)) return f;
  // a span matcher starts the match where it has a hit, even an empty one (as `startKeys` has it)
  if (spans && lead && f !== null && startsWithSpan(item)) return f;
  // the item starts the match, or matches nothing and the rest does
  const rest = seqWordCheck(items, idx + 1, spans, lead);
  if (f === null || rest === null) return null;
  return anyCheck([f, rest]);
}

/** Most start words of a span matcher a check is made of (a gazetteer's rules are filed by their keys). */
const MAX_START_WORDS = 256;

/** A token of the key's kinds (with a capital letter if it says so) or with one of its words among its keys. */
function startKeyCheck(key: StartKey): Check | null {
  if (key.by === 'any') return null;
  const kinds = new Set(key.by === 'kind' ? key.values : key.by === 'mixed' ? key.kinds : []);
  const words = key.by === 'lemma' ? key.values : key.by === 'mixed' ? key.lemmas : [];
  if (words.length > MAX_START_WORDS) return null;
  const capital = key.by === 'kind' && key.capital === true;
  // registered already: a rule set files its rules under them
  const mask = keyMask(words);
  const keyed = words.length > 0;
  return (ctx, i) => {
    const tok = ctx.tokens[i];
    if (tok === undefined) return false;
    if (kinds.has(tok.kind) && (!capital || ctx.capital(i))) return true;
    return keyed && hasKeyIn(ctx.keyIds(i), mask);
  };
}

/**
 * A necessary condition for a non-empty match of `node` from token `i` that looks at token
 * `i + 1`'s word alone (called with `i + 1`), or null when none is known (a match may be one
 * token long). A rule whose first token is a broad test (a lower-case word before a name, a word
 * before a number) is then left out at the words before which it cannot match.
 */
export function createNextWordCheck(node: PatternNode): Check | null {
  switch (node.t) {
    case 'named':
      return createNextWordCheck(node.item);
    case 'rep':
      // a non-empty match of a repetition begins with a non-empty match of its part (an empty one
      // ends the loop): "Ярославской и ..." before the list's head, an adjective and its ", "
      return createNextWordCheck(node.item);
    case 'alt':
      return altCheck(node.items, (it) => createNextWordCheck(it));
    case 'seq':
      return seqNextWordCheck(flatSeq(node.items), 0);
    case 'span': {
      // the matcher alone: what it declares follows the first token of a hit, when none is one token
      const follow = node.matcher.follow;
      return follow === undefined || follow.single ? null : goesOn(follow);
    }
    default:
      return null;
  }
}

/** The items of a sequence with the sequences inside it spliced in (names aside: they match no token). */
function flatSeq(items: readonly PatternNode[]): PatternNode[] {
  const out: PatternNode[] = [];
  for (const it of items) {
    let node = it;
    while (node.t === 'named') node = node.item;
    if (node.t === 'seq') out.push(...flatSeq(node.items));
    else out.push(it);
  }
  return out;
}

function seqNextWordCheck(items: readonly PatternNode[], idx: number): Check | null {
  const item = items[idx];
  if (item === undefined) return NEVER; // nothing left to match a token
  const single = singleToken(item);
  // the rest after a one-token item starts at the next token; when the rest may match nothing,
  // the match may be that one token
  // (a span matcher there starts at a word of its start key, or matches nothing and the rest starts)
  const restAfter = (): Check | null =>
    items.slice(idx + 1).every(nullable) ? null : seqWordCheck(items, idx + 1, true, false);
  const follow = spanFollow(item);
  if (follow !== null) {
    // a hit goes on to its second word, or is one token and the rest follows it
    if (!follow.single) return goesOn(follow);
    const after = restAfter();
    return after === null ? null : anyCheck([goesOn(follow), after]);
  }
  const rep = repeatedToken(item);
  if (rep !== null) return repNextWordCheck(items, idx, rep, restAfter);
  if (!nullable(item)) return single ? restAfter() : createNextWordCheck(item);
  if (!single) return null;
  // the optional token is there and the rest follows it, or it is absent and the rest starts the match
  const present = restAfter();
  const absent = seqNextWordCheck(items, idx + 1);
  if (present === null || absent === null) return null;
  return anyCheck([present, absent]);
}

/** The next token is the second of a hit: its word is one the matcher declares. */
function goesOn(follow: SpanFollow): Check {
  const second = follow.second;
  return (ctx, j) => second.has(ctx.folded(j));
}

/** A repetition of one-token items, up to more than one ("сто двадцать пять тысяч"), or null. */
function repeatedToken(node: PatternNode): (PatternNode & { t: 'rep' }) | null {
  while (node.t === 'named') node = node.item;
  return node.t === 'rep' && node.max > 1 && singleToken(node.item) && !nullable(node.item) ? node : null;
}

/**
 * The next word's check of a sequence led (at `idx`) by a repetition of one-token items: after
 * its first item comes another (when it may repeat) or, when one may be all, the rest; with none
 * (when it may be left out) the rest starts the match.
 */
function repNextWordCheck(
  items: readonly PatternNode[],
  idx: number,
  rep: PatternNode & { t: 'rep' },
  restAfter: () => Check | null,
): Check | null {
  const again = createWordCheck(rep.item);
  const after = rep.min <= 1 ? restAfter() : NEVER;
  if (again === null || after === null) return null;
  const present = anyCheck([again, after]);
  if (rep.min > 0) return present;
  const absent = seqNextWordCheck(items, idx + 1);
  return absent === null ? null : anyCheck([present, absent]);
}

/** What follows the first token of a span matcher's hits, when it declares it (hits are then never empty). */
function spanFollow(node: PatternNode): SpanFollow | null {
  while (node.t === 'named') node = node.item;
  return node.t === 'span' ? (node.matcher.follow ?? null) : null;
}

/** The word checks of one way a pattern can begin (see {@link createBranchChecks}). */
export interface BranchChecks {
  /** Of the first token's word (null: none known). */
  readonly first: Check | null;
  /** Of the next token's word (null: none known). */
  readonly next: Check | null;
}

/** Most branches a pattern is split into (a longer list is not split). */
const MAX_BRANCHES = 24;

/**
 * The word checks of each way the pattern can begin, its leading alternatives taken apart
 * ("в" + a date, or the date alone): a match holds the first and next checks of one of them,
 * which is stronger than holding the first check of one and the next check of another.
 */
export function createBranchChecks(node: PatternNode): BranchChecks[] {
  return startBranches(node).map((b) => ({
    first: createWordCheck(b, true),
    next: createNextWordCheck(b),
  }));
}

/** What matches nothing: an optional part left out. */
const EMPTY: PatternNode = { t: 'seq', items: [] };

/**
 * Patterns whose matches together are the node's: its leading alternatives (and a leading
 * optional part or run, there or left out), each with what follows them; more than
 * {@link MAX_BRANCHES}: the node alone.
 */
function startBranches(node: PatternNode): PatternNode[] {
  switch (node.t) {
    case 'named':
      return startBranches(node.item);
    case 'alt':
      return cap(node, node.items.flatMap(startBranches));
    case 'rep':
      // an optional run (adjectives before a head noun): one or more, or none. Kept whole, it
      // gave no next word's check when the rest may be one token ("экипаж" alone), and the rule
      // was tried at every adjective
      if (node.max !== 1)
        return node.min === 0 ? [{ t: 'rep', item: node.item, min: 1, max: node.max }, EMPTY] : [node];
      return node.min === 0 ? [...startBranches(node.item), EMPTY] : startBranches(node.item);
    case 'seq': {
      const items = flatSeq(node.items);
      const first = items[0];
      if (first === undefined) return [node];
      const heads = startBranches(first);
      if (heads.length === 1) return [node];
      const rest = items.slice(1);
      return cap(
        node,
        heads.flatMap((h) => startBranches({ t: 'seq', items: [h, ...rest] })),
      );
    }
    default:
      return [node];
  }
}

function cap(node: PatternNode, branches: PatternNode[]): PatternNode[] {
  return branches.length <= MAX_BRANCHES ? branches : [node];
}

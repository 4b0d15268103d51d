/**
 * The rule engine: token predicates, pattern combinators, agreement, gazetteers and rule sets.
 * Public, so users can write their own rules (see docs/rules.md).
 */
export { DocContext, DocKey, fold } from './context.js';
export {
  allUpper,
  basicKind,
  capsAbbr,
  capsOrDigits,
  capsOrLatin,
  capsWord,
  hasLower,
  lowerThenTail,
  oneUpper,
  particleHead,
  startsLower,
  startsUpper,
  upperInitial,
  upperThenLower,
} from './letters.js';
export {
  Predicate,
  allOf,
  anyOf,
  not,
  anyToken,
  lemma,
  word,
  gram,
  notGram,
  topGram,
  kind,
  capitalized,
  upper,
  lower,
  surface,
  punct,
  glued,
  custom,
  wordTest,
  deferredPredicate,
  normalizeDash,
  type PredResult,
  type StartKey,
} from './predicates.js';
export {
  Pattern,
  Relation,
  gnc,
  nc,
  sameCase,
  tok,
  seq,
  alt,
  opt,
  repeat,
  span,
  type PatternLike,
  type SpanFollow,
  type SpanMatcher,
} from './pattern.js';
export { Rule, rule, type RuleSpec, type RuleMatch, type MatchView, type Part } from './rule.js';
export { RuleSet } from './rule-set.js';
export {
  Gazetteer,
  GazetteerRef,
  gazetteerRef,
  inGazetteer,
  type GazetteerEntry,
  type GazetteerHit,
  type GazetteerMode,
} from './gazetteer.js';
export { PerMorph, perMorph, type ResolveEnv, type Segmenter } from './per-morph.js';
export { nominative } from './normalize.js';
export { ownCopy } from './words.js';

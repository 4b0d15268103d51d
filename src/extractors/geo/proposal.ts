/**
 * What a geography rule proposes, and the checks every name goes through before it is proposed.
 */
import type { DocContext, MatchView, Part } from '../../engine/index.js';
import {
  hasCommonReading,
  headAgrees,
  isCapitalized,
  locativeBefore,
  modifiesNext,
  personAround,
  quotedAlone,
  sentenceInitial,
} from '../../context/index.js';
import { formsFit } from './context.js';
import { adHocName, type PlaceName, type PlaceType } from './places.js';
import { extend } from '../../engine/objects.js';

/** One place mention a rule found: a span, the chosen reading and how sure the text alone is. */
export interface GeoProposal {
  /** Character offsets of the mention. */
  readonly start: number;
  readonly end: number;
  /** Its token range. */
  readonly from: number;
  readonly to: number;
  readonly name: PlaceName;
  /** Every reading the name has (the chosen one first), for the document-level check. */
  readonly readings: readonly PlaceName[];
  /**
   * The text alone does not settle it (a weak alias, an ambiguous name without a marker): kept
   * only when the same place, or the region of a city, is mentioned for sure elsewhere.
   */
  readonly needsDoc: boolean;
  /** An adjective that gives a person's country of origin ("американский актёр"), not the country itself. */
  readonly nationality?: boolean;
  /** Where the word that says what kind of place follows starts ("реки" in "реки Славянки"), when there is one. */
  readonly markerStart?: number;
}

/** Readings of a gazetteer part, in the data's order. */
export const readingsOf = (part: Part | undefined): readonly PlaceName[] =>
  (part?.value as readonly PlaceName[] | undefined) ?? [];

/** Readings of the given types, in the given order of preference. */
export function ofTypes(names: readonly PlaceName[], ...types: PlaceType[]): PlaceName[] {
  const out: PlaceName[] = [];
  for (const t of types) for (const n of names) if (n.place.type === t && !out.includes(n)) out.push(n);
  return out;
}

export interface JudgeOptions {
  /**
   * A marker settles it ("г. Мирный", "штат Джорджия", "реки Дон"), or the rule's pattern has
   * already checked the shape of the words (districts, streets).
   */
  readonly marked?: boolean;
  /**
   * The name may stand alone in quotes: structures are named so («Матросская тишина», «Биг-Бен»),
   * where a quoted town or country names a company or a team («Барселона»).
   */
  readonly quoted?: boolean;
}

/**
 * Checks a name hit at tokens `[from, to)` against its context and proposes it, or returns null.
 * - proper names are capitalised ("Орёл" the city, not "орёл" the bird), adjectives need not be;
 * - the words are forms of the name's words and agree ("Нижнем Новгороде"); a name on its own in
 *   quotes is something else («Барселона»), so is an adjective-like name before its noun ("Белого дома");
 * - a name inside a person's name or a street name is not a place ("Сергей Киров", "улица Кирова");
 * - a name that is also a common word is not trusted at the start of a sentence, and a name the
 *   data marks as ambiguous needs a preposition of place or a marker ("в Мирном", "г. Мирный"),
 *   or else another mention of the same place (or of its region) in the document.
 */
export function judge(
  ctx: DocContext,
  from: number,
  to: number,
  all: readonly PlaceName[],
  opts: JudgeOptions = {},
): GeoProposal | null {
  const marked = opts.marked === true;
  // a lower-case word is no proper name whichever reading fits ("мир", "орёл"): said before the
  // forms of every reading are compared
  if (!marked && !isCapitalized(ctx, from) && all.every((n) => n.form !== 'adjective')) return null;
  const names = all.filter((n) => n.form === 'abbr' || formsFit(ctx, from, to, n.phrase, n.form === 'name'));
  const name = names[0];
  if (!name) return null;
  if (!marked && name.form !== 'adjective') {
    if (!isCapitalized(ctx, from) || modifiesNext(ctx, from, to)) return null;
    if (opts.quoted !== true && quotedAlone(ctx, from, to)) return null;
  }
  if (to - from > 1 && !headAgrees(ctx, from, to)) return null;
  if (!marked && personAround(ctx, from, to)) return null;
  let needsDoc = !marked && names.every((n) => n.weak);
  if (!marked && name.form === 'name') {
    const flagged = names.every((n) => n.ambiguous);
    // the data knows which names are also common words; for the others the morphology must agree
    // that the word can be a place ("Кабул" has a stray common reading, "Того" only a pronoun one)
    const common =
      to - from === 1 &&
      hasCommonReading(ctx, from) &&
      (flagged || !ctx.parses(from).some((p) => p.grammemes.has('Geox')));
    if ((flagged || common) && sentenceInitial(ctx, from)) return null;
    if (flagged && !locativeBefore(ctx, from)) needsDoc = true;
  }
  const a = ctx.tokens[from];
  const b = ctx.tokens[to - 1];
  if (!a || !b) return null;
  return { start: a.start, end: b.end, from, to, name, readings: names, needsDoc };
}

/** Proposes the named part of a match (the whole match when the part is missing). */
export function judgePart(
  m: MatchView,
  partName: string,
  names: readonly PlaceName[],
  opts: JudgeOptions = {},
): GeoProposal | null {
  const p = m.part(partName);
  return judge(m.ctx, p?.from ?? m.from, p?.to ?? m.to, names, opts);
}

/** The proposal with the match's first token as its marker ("реки Славянки", "района Отрадное"). */
export function withMarker(m: MatchView, p: GeoProposal | null): GeoProposal | null {
  const t = m.ctx.tokens[m.from];
  return p && t && t.start < p.start ? extend(p, { markerStart: t.start }) : p;
}

/**
 * The name after a type word starts with a capital, on the same line and in the same table
 * column: "из земель лесного фонда", a title "Космонавты вернулись на Землю" over a line "Все...",
 * and "по району" + a run of spaces + "Отдел Министерства" name no place.
 */
export function nameFollows(m: MatchView, partName: string): boolean {
  const p = m.part(partName);
  const t = p ? m.ctx.tokens[p.from] : undefined;
  const prev = p ? m.ctx.tokens[p.from - 1] : undefined;
  if (!p || !t || !isCapitalized(m.ctx, p.from) || t.newlineBefore) return false;
  return !prev || t.start - prev.end < 3;
}

/** A rule's value: its proposals, or null to reject the match. */
export const one = (p: GeoProposal | null): GeoProposal[] | null => (p ? [p] : null);

/**
 * A structure or street the rule names itself ("трасса Р104", "улица Кирова", "Доме культуры"): a
 * location of that kind over tokens `[from, to)`, marked by its head word.
 */
export const structure = (
  ctx: DocContext,
  from: number,
  to: number,
  normalized: string,
  kind: string,
): GeoProposal | null => judge(ctx, from, to, [adHocName('location', normalized, kind, null)], { marked: true });

import { ownCopy, type MatchView, type Part } from '../../engine/index.js';
import { squeezeSpaces } from '../../context/index.js';
import { BODIES, NAME_WORDS, type BodyEntry, type OrganizationKind } from '../../lexicon/organizations/index.js';
import type { BodyName, PlaceInName } from './gazetteers.js';

/** What an organisation rule proposes; the extractor turns it into an entity under the convention. */
export interface OrgProposal {
  /** The full name in the nominative. */
  readonly normalized: string;
  readonly kind: OrganizationKind | null;
  /** The body's abbreviation or short name from the data ("Минтруд", "ФНС"), when it is a known body. */
  readonly abbr: string | null;
  /** The region or town named inside the name ("Владимирская область"), normalised. */
  readonly region: string | null;
  /** Token range of the name as NEREL marks it: without descriptor words and quotes. */
  readonly from: number;
  readonly to: number;
  /** First token with the descriptor words ("партии «Яблоко»", "компании Google"), as factRuEval marks it. */
  readonly outerFrom: number;
}

/** Tokens of the text, one space between words. */
export const written = (m: MatchView, from: number, to: number): string => squeezeSpaces(m.ctx.slice(from, to));

/** The place named by a part, if it is in the genitive (or indeclinable): "Владимирской области", "РФ", "США". */
export function placeOf(
  m: MatchView,
  part: Part | undefined,
  cases: readonly string[] = ['gent', 'gen2'],
): PlaceInName | null {
  if (!part || !Array.isArray(part.value)) return null;
  const places = part.value as readonly PlaceInName[];
  const ps = m.ctx.parses(part.to - 1);
  const gent =
    ps.some((p) => (p.case !== null && cases.includes(p.case)) || p.grammemes.has('Fixd')) ||
    ps.every((p) => p.pos === 'UNKN' || p.pos === 'LATN');
  return gent ? (places[0] ?? null) : null;
}

/** The abbreviation of a body in the data: its first all-capital or compound short form. */
export function abbrOf(body: BodyEntry): string | null {
  return body.forms.find((f) => /^[А-ЯЁA-Z]{2,}$/u.test(f) || /^(?:Мин|Рос|Гос)\p{Ll}/u.test(f)) ?? null;
}

/** The region (or town) a place in a name stands for, when it is in Russia. */
export const regionOf = (p: PlaceInName | null): string | null =>
  p && p.type !== 'country' && p.country === 'RU' ? p.normalized : null;

/** A name made comparable: lower case, `е` for `ё`, short words spelt out, Russia named one way. */
const SHORT_WORDS = Object.entries(NAME_WORDS).map(([short, full]) => ({
  re: new RegExp(`(^| )${short.slice(0, -1)}\\p{L}*`, 'gu'),
  full,
}));

export function canonical(name: string): string {
  let s = name
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/[«»"“”„]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  for (const { re, full } of SHORT_WORDS) s = s.replace(re, `$1${full}`);
  return s.replace(/ (?:рф|россии)$/u, ' российской федерации');
}

let byCanonical: Map<string, BodyEntry> | null = null;

/** The known body a written-out name is a form of ("Министерство труда и соцзащиты РФ"), if any. */
export function knownByName(name: string): BodyEntry | null {
  if (!byCanonical) {
    byCanonical = new Map();
    for (const b of BODIES) for (const n of [b.name, ...b.forms]) if (n.includes(' ')) byCanonical.set(canonical(n), b);
  }
  let hit = KNOWN_BY_NAME.get(name);
  if (hit === undefined) {
    hit = byCanonical.get(canonical(name)) ?? null;
    if (KNOWN_BY_NAME.size >= KNOWN_BY_NAME_MAX) KNOWN_BY_NAME.clear();
    KNOWN_BY_NAME.set(ownCopy(name), hit);
  }
  return hit;
}

/**
 * {@link knownByName} by the name as given: every body a rule finds is looked up, and
 * `canonical` runs seven expressions over it; a document names its bodies again and again.
 */
const KNOWN_BY_NAME = new Map<string, BodyEntry | null>();
const KNOWN_BY_NAME_MAX = 10_000;

/**
 * The normalised name of a known body named with a place after it: the body itself when the place
 * is its own state ("Минтруда России"), the same office of another state otherwise ("МИД
 * Украины": "Министерство иностранных дел Украины").
 */
export function bodyWithPlace(
  m: MatchView,
  hit: BodyName,
  name: Part,
  place: Part | undefined,
  within: Part | undefined,
): string {
  const pl = placeOf(m, place);
  let out = hit.body.name;
  if (pl && pl.country !== hit.body.country && place) {
    const base = hit.body.base ?? (hit.abbr ? written(m, name.from, name.to) : name.nominative());
    out = `${base} ${written(m, place.from, place.to)}`;
  }
  if (within) out += ` по ${written(m, within.from, within.to)}`;
  return out;
}

import { Gazetteer, type GazetteerEntry, type GazetteerMode } from '../../engine/index.js';
import { BODIES, type BodyEntry } from '../../lexicon/organizations/index.js';
import { CITIES_RU, COUNTRIES, REGIONS, WORLD_PLACES } from '../../lexicon/geo/index.js';
import type { Env } from '../../pipeline/types.js';

/** A name of a body as the data gives it. */
export interface BodyName {
  readonly body: BodyEntry;
  /** The form as written in the data ("Минтруд", "Государственная Дума"). */
  readonly phrase: string;
  /** The form is an abbreviation or a compound short name ("ФНС", "Минтруд"). */
  readonly abbr: boolean;
}

/** A place named inside an organisation's name ("... Владимирской области", "МИД Украины"). */
export interface PlaceInName {
  readonly normalized: string;
  readonly type: 'country' | 'region' | 'city';
  /** ISO alpha-2 of the country (of the place itself for a country). */
  readonly country: string | null;
}

export interface OrgGazetteers {
  readonly bodies: Gazetteer<BodyName>;
  readonly places: Gazetteer<PlaceInName>;
}

const ABBR = /^(?:[А-ЯЁA-Z0-9-]{2,}|[А-ЯЁA-Z][а-яёa-z]?[А-ЯЁA-Z][А-ЯЁа-яёA-Za-z]*)$/u;
/** One-word compound short names ("Минтруд", "Росстат", "Госдума"): shortenings, not full names. */
const SHORT = /^(?:Мин|Рос|Гос|Мос|Фед|Нац|Обл|Гор)\p{Ll}/u;
const SHORT_START = /^(?:Мин|Рос|Гос|Мос|Фед|Нац|Обл|Гор)/;
/**
 * SHORT, its letter after the prefix read here when it is a basic Latin or Russian one or ASCII
 * (a Unicode-property expression costs ~0.3-1 ms to compile at its first run, at start-up here).
 */
function isShort(phrase: string): boolean {
  if (!SHORT_START.test(phrase)) return false;
  const c = phrase.charCodeAt(3);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f) || c === 0x451) return true;
  if (Number.isNaN(c) || c < 0x80 || (c >= 0x410 && c <= 0x42f) || c === 0x401) return false;
  return SHORT.test(phrase);
}
const modeOf = (phrase: string): GazetteerMode => (ABBR.test(phrase) ? 'exact' : 'lemma');

const CAPITALS = /^[А-ЯЁ]{3,}$/u;

// indexed loops, no arrays of names spread together: these run once per entry at start-up,
// before V8 has optimised them, where `for...of` allocates an iterator result per step
function bodyEntries(): GazetteerEntry<BodyName>[] {
  const out: GazetteerEntry<BodyName>[] = [];
  const add = (body: BodyEntry, phrase: string) => {
    const abbr = ABBR.test(phrase) || isShort(phrase);
    out.push({ phrase, value: { body, phrase, abbr }, mode: modeOf(phrase) });
    // an abbreviation the morphology reads as a word declines ("японского МИДа"): its lemma matches too
    if (CAPITALS.test(phrase)) out.push({ phrase, value: { body, phrase, abbr }, mode: 'lemma' });
  };
  for (let n = 0; n < BODIES.length; n++) {
    const body = BODIES[n]!;
    add(body, body.name);
    for (let k = 0; k < body.forms.length; k++) add(body, body.forms[k]!);
  }
  return out;
}

function placeEntries(): GazetteerEntry<PlaceInName>[] {
  const out: GazetteerEntry<PlaceInName>[] = [];
  const add = (phrase: string, value: PlaceInName) => out.push({ phrase, value, mode: modeOf(phrase) });
  const addAll = (phrases: readonly string[] | undefined, value: PlaceInName) => {
    if (phrases) for (let k = 0; k < phrases.length; k++) add(phrases[k]!, value);
  };
  for (let n = 0; n < COUNTRIES.length; n++) {
    const c = COUNTRIES[n]!;
    const v: PlaceInName = { normalized: c.name, type: 'country', country: c.iso2 };
    add(c.name, v);
    if (c.official) add(c.official, v);
    addAll(c.aliases, v);
  }
  const russia: PlaceInName = { normalized: 'Россия', type: 'country', country: 'RU' };
  addAll(['Россия', 'Российская Федерация', 'РФ'], russia);
  for (let n = 0; n < REGIONS.length; n++) {
    const r = REGIONS[n]!;
    const v: PlaceInName = { normalized: r.name, type: 'region', country: 'RU' };
    add(r.name, v);
    addAll(r.short, v);
    addAll(r.aliases, v);
    addAll(r.abbr, v);
  }
  // towns whose names are also surnames stay: inside a body's name they follow "города" ("администрации города Коврова")
  for (let n = 0; n < CITIES_RU.length; n++) {
    const c = CITIES_RU[n]!;
    const v: PlaceInName = { normalized: c.name, type: 'city', country: 'RU' };
    add(c.name, v);
    addAll(c.alt, v);
  }
  for (let n = 0; n < WORLD_PLACES.length; n++) {
    const w = WORLD_PLACES[n]!;
    if (w.ambiguous || w.type === 'district') continue;
    const v: PlaceInName = { normalized: w.name, type: w.type === 'city' ? 'city' : 'region', country: w.country };
    add(w.name, v);
    addAll(w.aliases, v);
  }
  return out;
}

const cache = new WeakMap<Env['morph'], OrgGazetteers>();

/** Builds (or reuses, per morphology) the organisation tries from the project's data. */
export function orgGazetteers(env: Pick<Env, 'morph' | 'segment'>): OrgGazetteers {
  const hit = cache.get(env.morph);
  if (hit) return hit;
  const g: OrgGazetteers = {
    bodies: new Gazetteer('org-bodies', bodyEntries(), env.morph, env.segment),
    places: new Gazetteer('org-places', placeEntries(), env.morph, env.segment),
  };
  cache.set(env.morph, g);
  return g;
}

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
const modeOf = (phrase: string): GazetteerMode => (ABBR.test(phrase) ? 'exact' : 'lemma');

function bodyEntries(): GazetteerEntry<BodyName>[] {
  const out: GazetteerEntry<BodyName>[] = [];
  for (const body of BODIES) {
    for (const phrase of [body.name, ...body.forms]) {
      const abbr = ABBR.test(phrase) || SHORT.test(phrase);
      out.push({ phrase, value: { body, phrase, abbr }, mode: modeOf(phrase) });
      // an abbreviation the morphology reads as a word declines ("японского МИДа"): its lemma matches too
      if (/^[А-ЯЁ]{3,}$/u.test(phrase)) out.push({ phrase, value: { body, phrase, abbr }, mode: 'lemma' });
    }
  }
  return out;
}

function placeEntries(): GazetteerEntry<PlaceInName>[] {
  const out: GazetteerEntry<PlaceInName>[] = [];
  const add = (phrase: string, value: PlaceInName) => out.push({ phrase, value, mode: modeOf(phrase) });
  for (const c of COUNTRIES) {
    const v: PlaceInName = { normalized: c.name, type: 'country', country: c.iso2 };
    for (const p of [c.name, ...(c.official ? [c.official] : []), ...c.aliases]) add(p, v);
  }
  const russia: PlaceInName = { normalized: 'Россия', type: 'country', country: 'RU' };
  for (const p of ['Россия', 'Российская Федерация', 'РФ']) add(p, russia);
  for (const r of REGIONS) {
    const v: PlaceInName = { normalized: r.name, type: 'region', country: 'RU' };
    for (const p of [r.name, ...r.short, ...r.aliases, ...r.abbr]) add(p, v);
  }
  // towns whose names are also surnames stay: inside a body's name they follow "города" ("администрации города Коврова")
  for (const c of CITIES_RU) {
    const v: PlaceInName = { normalized: c.name, type: 'city', country: 'RU' };
    for (const p of [c.name, ...(c.alt ?? [])]) add(p, v);
  }
  for (const w of WORLD_PLACES) {
    if (w.ambiguous || w.type === 'district') continue;
    const v: PlaceInName = { normalized: w.name, type: w.type === 'city' ? 'city' : 'region', country: w.country };
    for (const p of [w.name, ...w.aliases]) add(p, v);
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

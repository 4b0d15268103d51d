/**
 * The places the geography extractor knows, read from the project's gazetteer
 * (`src/lexicon/geo`), and the names that refer to them, ready for the gazetteer tries.
 */
import {
  CITIES_RU,
  COUNTRIES,
  FEDERAL_DISTRICT_ENTRIES,
  LOCATIONS,
  REGIONS,
  WORLD_PLACES,
  type RegionEntry,
} from '../../lexicon/geo/index.js';
import type { GazetteerEntry, GazetteerMode } from '../../engine/index.js';
import type { PLACE_TYPES } from '../../result/schema.js';

export type PlaceType = (typeof PLACE_TYPES)[number];

/** One place with what the result reports about it (fields that do not apply are null). */
export interface Place {
  readonly type: PlaceType;
  /** Stable key: `region:vladimir`, `city:vladimir:Владимир`, `country:RU`. */
  readonly key: string;
  readonly normalized: string;
  /** ISO 3166-2 of a region, alpha-2 of a country. */
  readonly iso: string | null;
  readonly okato: string | null;
  readonly federalDistrict: string | null;
  /** Alpha-2 of the country the place is in. */
  readonly country: string | null;
  /** Normalised name of the region a city or district is in. */
  readonly region: string | null;
  /** Key of that region. */
  readonly regionKey: string | null;
  /** Location kind (`river`, `continent`, ...), district kind (`federal`, `municipal`, `city` for a part of a city), country kind (`state`, `territory`, ...). */
  readonly kind: string | null;
}

/** How a name refers to its place. */
export interface PlaceName {
  readonly place: Place;
  /** The name as the data writes it, in dictionary form ("Нижний Новгород"). */
  readonly phrase: string;
  /** `name` (a proper name), `abbr` (letters as written) or `adjective` ("российский"). */
  readonly form: 'name' | 'abbr' | 'adjective';
  /** The data marks it as a name that also means something else ("Кубань", "РБ"): needs support in the text. */
  readonly weak: boolean;
  /** The name is also a common word, first name or surname (Орёл, Мирный, Киров). */
  readonly ambiguous: boolean;
}

export interface GeoLexicon {
  readonly regions: GazetteerEntry<PlaceName>[];
  readonly cities: GazetteerEntry<PlaceName>[];
  readonly countries: GazetteerEntry<PlaceName>[];
  readonly locations: GazetteerEntry<PlaceName>[];
  readonly districts: GazetteerEntry<PlaceName>[];
  /** Adjectives that name a country or a city in NEREL's sense ("российский", "московский"). */
  readonly adjectives: GazetteerEntry<PlaceName>[];
  /** Region places by key, for facts and context. */
  readonly regionsByKey: ReadonlyMap<string, Place>;
}

const ABBR = /^(?:[А-ЯЁA-Z]{2,}|[А-ЯЁ][а-яё]?[А-ЯЁ][А-ЯЁа-яё]*)$/u;

/**
 * Two capitalised parts joined by a hyphen ("Коста-Рика", "Нью-Йорк"); not a compound adjective's
 * stem ("Юго-Западный", "Кабардино-Балкарская"), which is never written apart.
 */
const HYPHENATED = /(\p{Lu}\p{Ll}*[^о\P{Ll}])-(\p{Lu})/u;
const HYPHENATED_G = new RegExp(HYPHENATED.source, 'gu');

/** Abbreviations are compared as written; everything else by lemmas. */
const modeOf = (phrase: string): GazetteerMode => (ABBR.test(phrase) ? 'exact' : 'lemma');

const place = (p: Partial<Place> & Pick<Place, 'type' | 'key' | 'normalized'>): Place => ({
  iso: null,
  okato: null,
  federalDistrict: null,
  country: null,
  region: null,
  regionKey: null,
  kind: null,
  ...p,
});

function regionPlace(r: RegionEntry): Place {
  return place({ type: 'region', key: `region:${r.id}`, normalized: r.name, iso: r.iso, okato: r.okato, federalDistrict: r.federalDistrict, country: 'RU' });
}

/** Words of a district's or street's name that say what it is, lower case in a name. */
const GENERIC = /^(?:муниципальн|сельск|городск|внутригородск|административн|федеральн|военн|избирательн|одномандатн|район|округ|поселени|улус|микрорайон|улиц|проспект|переул|площад|бульвар|шоссе|набережн|проезд|тупик|алле)/u;

/**
 * A name written in capitals ("АЛЕЙСКОГО РАЙОНА", "с. КРАСНАЯ ГОРБАТКА") the way it is written
 * in running text: "Алейский район", "Красная Горбатка". Abbreviations (two or three letters)
 * stay as they are.
 */
function fromCaps(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{4}/u.test(name)) return name;
  return name.replace(/\p{Lu}{2,}/gu, (w) => {
    const lower = w.toLowerCase();
    if (w.length <= 3) return w;
    return GENERIC.test(lower) ? lower : lower[0]!.toUpperCase() + lower.slice(1);
  });
}

/**
 * A place the gazetteer lacks, named in the text ("селе Дорогинка", "Кольчугинский район"): its
 * key is made from its type and normalised name, so its mentions in one document meet.
 */
export function adHocName(type: PlaceType, name: string, kindOf: string | null = null, country: string | null = null): PlaceName {
  const normalized = fromCaps(name);
  const p = place({ type, key: `${type}::${normalized.toLowerCase()}`, normalized, kind: kindOf, country });
  return { place: p, phrase: normalized, form: 'name', weak: false, ambiguous: false };
}

/** Builds the name lists once (the gazetteers are built from them with the morphology). */
export function geoLexicon(): GeoLexicon {
  const regions: GazetteerEntry<PlaceName>[] = [];
  const cities: GazetteerEntry<PlaceName>[] = [];
  const countries: GazetteerEntry<PlaceName>[] = [];
  const locations: GazetteerEntry<PlaceName>[] = [];
  const districts: GazetteerEntry<PlaceName>[] = [];
  const adjectives: GazetteerEntry<PlaceName>[] = [];
  const regionsByKey = new Map<string, Place>();

  const add = (list: GazetteerEntry<PlaceName>[], p: Place, names: readonly string[], how: Omit<PlaceName, 'place' | 'form' | 'phrase'>, form?: PlaceName['form']) => {
    for (const name of names) {
      const mode = form === 'adjective' ? 'lemma' : modeOf(name);
      // "Коста Рика", "Эль Сальвадор": hyphenated names are also written with a space
      const spaced = mode === 'lemma' && form !== 'adjective' && HYPHENATED.test(name) ? [name, name.replace(HYPHENATED_G, '$1 $2')] : [name];
      for (const phrase of spaced) list.push({ phrase, mode, value: { place: p, phrase, form: form ?? (mode === 'exact' ? 'abbr' : 'name'), ...how } });
    }
  };
  const strong = { weak: false, ambiguous: false };
  const weak = { weak: true, ambiguous: false };

  // Region adjectives ("владимирские предприятия") are not region mentions; only names are.
  const regionAdjectives = new Set<string>();
  const federalCities = new Set<string>();
  for (const r of REGIONS) {
    const p = regionPlace(r);
    regionsByKey.set(p.key, p);
    // "Владимирская область" -> владимирский, "Тверская" -> тверской (either ending may be the lemma)
    const first = /^([а-яё-]+)(ая|ий|ой)$/.exec(r.name.split(' ')[0]?.toLowerCase() ?? '');
    if (first?.[1]) for (const end of ['ий', 'ой', 'ый']) regionAdjectives.add(first[1] + end);
    for (const a of r.adjectives) regionAdjectives.add(a);
    if (r.type === 'federal_city') {
      // Москва, Санкт-Петербург, Севастополь are cities in running text (see README: "Federal cities").
      federalCities.add(r.id);
      continue;
    }
    add(regions, p, [r.name, ...r.short, ...r.aliases, ...r.abbr], strong);
    add(regions, p, [...r.weakAliases, ...r.weakAbbr], weak);
  }

  for (const c of CITIES_RU) {
    const r = REGIONS.find((x) => x.id === c.region);
    const p = place({
      type: 'city',
      key: `city:${c.region}:${c.name}`,
      normalized: c.name,
      country: 'RU',
      region: r?.name ?? null,
      regionKey: r ? `region:${r.id}` : null,
    });
    add(cities, p, [c.name, ...(c.alt ?? [])], { weak: false, ambiguous: c.ambiguous === true });
    // former names ("Ленинград", "Свердловск") are the same town; "Горький" needs context
    const former = c.former ?? [];
    add(cities, p, former.filter((f) => !c.ambiguousFormer?.includes(f)), { weak: false, ambiguous: c.ambiguous === true });
    add(cities, p, former.filter((f) => c.ambiguousFormer?.includes(f)), { weak: false, ambiguous: true });
    const fed = federalCities.has(c.region) && r?.capital === c.name;
    const adjs = (c.adjectives ?? []).filter((a) => fed || !regionAdjectives.has(a));
    add(adjectives, p, adjs, strong, 'adjective');
    if (fed && r) add(cities, p, r.weakAliases, weak);
  }

  for (const w of WORLD_PLACES) {
    const how = { weak: false, ambiguous: w.ambiguous === true };
    if (w.type === 'region') {
      const p = place({ type: 'region', key: `region:${w.country}:${w.name}`, normalized: w.name, iso: w.iso, country: w.country });
      regionsByKey.set(p.key, p);
      add(regions, p, [w.name, ...w.aliases], how);
    } else if (w.type === 'district') {
      const p = place({ type: 'district', key: `district:${w.country}:${w.name}`, normalized: w.name, country: w.country, kind: 'city' });
      add(districts, p, [w.name, ...w.aliases], how);
    } else {
      const p = place({ type: 'city', key: `city:${w.country}:${w.name}`, normalized: w.name, country: w.country });
      add(cities, p, [w.name, ...w.aliases, ...(w.former ?? [])], how);
      add(adjectives, p, w.adjectives ?? [], strong, 'adjective');
    }
  }

  for (const c of COUNTRIES) {
    const p = place({ type: 'country', key: `country:${c.id}`, normalized: c.name, iso: c.iso2, country: c.iso2, kind: c.kind });
    add(countries, p, [c.name, ...(c.official ? [c.official] : []), ...c.aliases], strong);
    add(countries, p, c.weakAliases, weak);
    add(adjectives, p, c.adjectives, strong, 'adjective');
  }

  for (const l of LOCATIONS) {
    const p = place({ type: 'location', key: `location:${l.kind}:${l.name}`, normalized: l.name, kind: l.kind });
    add(locations, p, [l.name, ...l.aliases], { weak: false, ambiguous: l.ambiguous === true });
    add(adjectives, p, l.adjectives ?? [], strong, 'adjective');
  }

  for (const d of FEDERAL_DISTRICT_ENTRIES) {
    const p = place({ type: 'district', key: `district:${d.id}`, normalized: d.name, country: 'RU', kind: 'federal' });
    add(districts, p, [d.name, ...d.abbr], strong);
  }

  return { regions, cities, countries, locations, districts, adjectives, regionsByKey };
}

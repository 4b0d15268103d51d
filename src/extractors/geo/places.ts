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
import type { PLACE_TYPES } from '../../result/schema.js';
import {
  AMBIGUOUS,
  EXACT,
  FORM_ABBR,
  FORM_ADJECTIVE,
  FORM_NAME,
  HISTORICAL,
  PlaceNames,
  PlaceTable,
  WEAK,
} from './place-names.js';
import { COUNTRY, FEDERAL_DISTRICT, LOCATION, REGION, RU_CITY, WORLD, makePlace, place } from './place-records.js';
import { hyphensApart } from './hyphenated.js';

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
  /** Location kind (`river`, `continent`, ...), a Russian region's type (`republic`, `oblast`, `krai`...), district kind (`federal`, `municipal`, `city` for a part of a city), country kind (`state`, `territory`, ...). */
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
  /** A former name of a subject ("Мордовская АССР", "Горьковская область"), normalised to the current one. */
  readonly historical?: boolean;
}

/** The names of the lexicon's places, one list per gazetteer (see place-names.ts). */
export interface GeoLexicon {
  readonly regions: PlaceNames;
  readonly cities: PlaceNames;
  readonly countries: PlaceNames;
  readonly locations: PlaceNames;
  readonly districts: PlaceNames;
  /** Adjectives that name a country or a city in NEREL's sense ("российский", "московский"). */
  readonly adjectives: PlaceNames;
  /**
   * Adjectives of Russia's subjects ("саратовский", "чувашский", "подмосковный"), each with its
   * region and, where the regional capital shares it ("тамбовский": Тамбов), the city too.
   */
  readonly regionAdjectives: PlaceNames;
  /** Region places by key, for facts and context. */
  readonly regionsByKey: ReadonlyMap<string, Place>;
}

const ABBR = /^(?:[А-ЯЁA-Z]{2,}|[А-ЯЁ][а-яё]?[А-ЯЁ][А-ЯЁа-яё]*)$/u;

/** One of ABBR's capitals (А-Я, Ё, A-Z). */
const isCapital = (c: number): boolean => (c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 65 && c <= 90);

/**
 * Whether a name is an abbreviation (ABBR): its second or third letter is a capital, which the
 * test asks first; the expression, on each of the ~5,000 names at start-up, was a third of the
 * lexicon's time there.
 */
const isAbbreviation = (name: string): boolean =>
  (isCapital(name.charCodeAt(1)) || isCapital(name.charCodeAt(2))) && ABBR.test(name);

/** Words of a district's or street's name that say what it is, lower case in a name. */
const GENERIC =
  /^(?:муниципальн|сельск|городск|внутригородск|административн|федеральн|военн|избирательн|одномандатн|район|округ|поселени|улус|микрорайон|улиц|проспект|переул|площад|бульвар|шоссе|набережн|проезд|тупик|алле)/u;

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
export function adHocName(
  type: PlaceType,
  name: string,
  kindOf: string | null = null,
  country: string | null = null,
): PlaceName {
  const normalized = fromCaps(name);
  const p = place({ type, key: `${type}::${normalized.toLowerCase()}`, normalized, kind: kindOf, country });
  return { place: p, phrase: normalized, form: 'name', weak: false, ambiguous: false };
}

/** The lexicon: its places by number, its names by gazetteer. */
class Lexicon implements GeoLexicon {
  readonly places = new PlaceTable(makePlace);
  readonly regions = new PlaceNames(this.places);
  readonly cities = new PlaceNames(this.places);
  readonly countries = new PlaceNames(this.places);
  readonly locations = new PlaceNames(this.places);
  readonly districts = new PlaceNames(this.places);
  readonly adjectives = new PlaceNames(this.places);
  readonly regionAdjectives = new PlaceNames(this.places);
  /** The numbers of the regions' places, in the order of the data (Russia's, then abroad). */
  readonly regionPlaces: number[] = [];
  #regionsByKey: Map<string, Place> | undefined;

  get regionsByKey(): ReadonlyMap<string, Place> {
    if (!this.#regionsByKey) {
      const byKey = (this.#regionsByKey = new Map<string, Place>());
      for (const n of this.regionPlaces) {
        const p = this.places.get(n);
        byKey.set(p.key, p);
      }
    }
    return this.#regionsByKey;
  }
}

const STRONG = 0;

/** Adds the names of place `p` to a list, each with how it refers to the place (bits of place-names.ts). */
function addNames(list: PlaceNames, p: number, names: readonly string[], how: number, adjective = false): void {
  // indexed loops in this file, and no arrays of names put together: they run once at start-up,
  // before V8 has optimised them, where `for...of` and a spread allocate an iterator result per step
  for (let n = 0; n < names.length; n++) {
    if (adjective) list.add(names[n]!, p, how | FORM_ADJECTIVE);
    else addName(list, p, names[n]!, how);
  }
}

function addName(list: PlaceNames, p: number, name: string, how: number): void {
  // abbreviations are compared as written; everything else by lemmas
  if (isAbbreviation(name)) return list.add(name, p, how | FORM_ABBR | EXACT);
  list.add(name, p, how | FORM_NAME);
  // "Коста Рика", "Эль Сальвадор": hyphenated names are also written with a space (the
  // regular expression, slow on a cold start, is asked only about names with a hyphen)
  const apart = hyphensApart(name);
  if (apart !== null) list.add(apart, p, how | FORM_NAME);
}

/** What the regions tell the towns: which adjectives are the regions' own, which regions are federal cities. */
interface RegionFacts {
  readonly regionAdjectives: ReadonlySet<string>;
  readonly federalCities: ReadonlySet<string>;
}

/**
 * Adjectives that are not a subject's in running text: "приморский" is mostly "by the sea",
 * "еврейский" a nationality; "московский" is the city (the oblast's own is "подмосковный").
 */
const NOT_REGION_ADJECTIVES = new Set(['приморский', 'еврейский', 'московский', 'ленинградский']);

/** The adjective of a subject's name ("Владимирская область" -> владимирский), if it has one. */
function nameAdjective(name: string): string | null {
  const first = /^([а-яё-]+)(ая|ий|ой)$/.exec(name.split(' ')[0]?.toLowerCase() ?? '');
  return first?.[1] ? first[1] + (first[2] === 'ой' ? 'ой' : 'ий') : null;
}

/** Russia's regions; the federal cities only by key, since in running text they are cities. */
function addRegions(lists: Lexicon): RegionFacts {
  const regionAdjectives = new Set<string>();
  const federalCities = new Set<string>();
  for (let i = 0; i < REGIONS.length; i++) {
    const region = REGIONS[i]!;
    const p = lists.places.add(REGION, i);
    lists.regionPlaces.push(p);
    // "Владимирская область" -> владимирский, "Тверская" -> тверской (either ending may be the lemma)
    const first = /^([а-яё-]+)(ая|ий|ой)$/.exec(region.name.split(' ')[0]?.toLowerCase() ?? '');
    if (first?.[1]) for (const end of ['ий', 'ой', 'ый']) regionAdjectives.add(first[1] + end);
    for (const a of region.adjectives) regionAdjectives.add(a);
    if (region.type === 'federal_city') {
      // Москва, Санкт-Петербург, Севастополь are cities in running text (see README: "Federal cities").
      federalCities.add(region.id);
      continue;
    }
    const own = nameAdjective(region.name);
    const adjectives = [...new Set([...(own ? [own] : []), ...region.adjectives])];
    const regionOwn = adjectives.filter((a) => !NOT_REGION_ADJECTIVES.has(a));
    addNames(lists.regionAdjectives, p, regionOwn, STRONG, true);
    // "республика Чувашия", "Республике Чечня": a republic's short name after the type word
    const typed = region.type === 'republic' ? region.short.map((s) => `Республика ${s}`) : [];
    const names = [region.name].concat(region.short, region.aliases, region.abbr);
    addNames(lists.regions, p, names.concat(typed.filter((t) => !names.includes(t))), STRONG);
    addNames(lists.regions, p, region.weakAliases.concat(region.weakAbbr), WEAK);
    addNames(lists.regions, p, region.former, HISTORICAL);
  }
  return { regionAdjectives, federalCities };
}

/** Russia's towns, their former names, and the adjectives that are not their region's too. */
function addRussianCities(lists: Lexicon, { regionAdjectives, federalCities }: RegionFacts): void {
  const byId = new Map<string, RegionEntry>();
  for (const r of REGIONS) if (!byId.has(r.id)) byId.set(r.id, r);
  for (let n = 0; n < CITIES_RU.length; n++) {
    const city = CITIES_RU[n]!;
    const region = byId.get(city.region);
    const p = lists.places.add(RU_CITY, n);
    const how = city.ambiguous === true ? AMBIGUOUS : STRONG;
    addName(lists.cities, p, city.name, how);
    if (city.alt) addNames(lists.cities, p, city.alt, how);
    // former names ("Ленинград", "Свердловск") are the same town; "Горький" needs context
    if (city.former) {
      const former = city.former;
      const vague = city.ambiguousFormer;
      addNames(lists.cities, p, vague ? former.filter((f) => !vague.includes(f)) : former, how);
      if (vague)
        addNames(
          lists.cities,
          p,
          former.filter((f) => vague.includes(f)),
          AMBIGUOUS,
        );
    }
    const federal = federalCities.has(city.region) && region?.capital === city.name;
    if (city.adjectives) {
      const own = city.adjectives.filter((a) => federal || !regionAdjectives.has(a));
      addNames(lists.adjectives, p, own, STRONG, true);
      // "тамбовских дорогах" (the town) or "тамбовского губернатора" (the region): the rule decides
      if (!federal && region?.capital === city.name) {
        const shared = city.adjectives.filter((a) => regionAdjectives.has(a) && !NOT_REGION_ADJECTIVES.has(a));
        addNames(lists.regionAdjectives, p, shared, STRONG, true);
      }
    }
    if (federal && region) addNames(lists.cities, p, region.weakAliases, WEAK);
  }
}

/** Regions, parts of cities and cities abroad. */
function addWorldPlaces(lists: Lexicon): void {
  for (let n = 0; n < WORLD_PLACES.length; n++) {
    const entry = WORLD_PLACES[n]!;
    const how = entry.ambiguous === true ? AMBIGUOUS : STRONG;
    const p = lists.places.add(WORLD, n);
    if (entry.type === 'region') {
      lists.regionPlaces.push(p);
      addName(lists.regions, p, entry.name, how);
      addNames(lists.regions, p, entry.aliases, how);
    } else if (entry.type === 'district') {
      addName(lists.districts, p, entry.name, how);
      addNames(lists.districts, p, entry.aliases, how);
    } else {
      addName(lists.cities, p, entry.name, how);
      addNames(lists.cities, p, entry.aliases, how);
      if (entry.former) addNames(lists.cities, p, entry.former, how);
      if (entry.adjectives) addNames(lists.adjectives, p, entry.adjectives, STRONG, true);
    }
  }
}

/** Countries, named locations and federal districts. */
function addCountriesAndLocations(lists: Lexicon): void {
  for (let n = 0; n < COUNTRIES.length; n++) {
    const country = COUNTRIES[n]!;
    const p = lists.places.add(COUNTRY, n);
    addName(lists.countries, p, country.name, STRONG);
    if (country.official) addName(lists.countries, p, country.official, STRONG);
    addNames(lists.countries, p, country.aliases, STRONG);
    addNames(lists.countries, p, country.weakAliases, WEAK);
    addNames(lists.adjectives, p, country.adjectives, STRONG, true);
  }
  for (let n = 0; n < LOCATIONS.length; n++) {
    const location = LOCATIONS[n]!;
    const p = lists.places.add(LOCATION, n);
    const how = location.ambiguous === true ? AMBIGUOUS : STRONG;
    addName(lists.locations, p, location.name, how);
    addNames(lists.locations, p, location.aliases, how);
    if (location.adjectives) addNames(lists.adjectives, p, location.adjectives, STRONG, true);
  }
  for (let n = 0; n < FEDERAL_DISTRICT_ENTRIES.length; n++) {
    const district = FEDERAL_DISTRICT_ENTRIES[n]!;
    const p = lists.places.add(FEDERAL_DISTRICT, n);
    addName(lists.districts, p, district.name, STRONG);
    addNames(lists.districts, p, district.abbr, STRONG);
  }
}

/** Builds the name lists once (the gazetteers are built from them with the morphology). */
export function geoLexicon(): GeoLexicon {
  const lists = new Lexicon();
  // each list keeps the order of the data (Russian places before those abroad): readings come in that order
  const regionFacts = addRegions(lists);
  addRussianCities(lists, regionFacts);
  addWorldPlaces(lists);
  addCountriesAndLocations(lists);
  return lists;
}

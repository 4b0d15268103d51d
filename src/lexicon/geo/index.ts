/**
 * The project's geographic gazetteer: Russian federal subjects, Russian cities, countries, places
 * abroad and natural features, in dictionary form (nominative singular; case forms come from the
 * morphology). Data only: nothing is validated at run time (test/lexicon-geo.test.ts does that).
 * Where each fact comes from: scripts/gazetteer/ and ./README.md.
 */
import regions from './regions.json';
import countries from './countries.json';
import citiesRu from './cities-ru.json';
import world from './world.json';
import locations from './locations.json';
import federalDistricts from './federal-districts.json';

export const REGION_TYPES = [
  'oblast',
  'krai',
  'republic',
  'autonomous_okrug',
  'autonomous_oblast',
  'federal_city',
] as const;
export type RegionType = (typeof REGION_TYPES)[number];

export const FEDERAL_DISTRICTS = [
  'Центральный',
  'Северо-Западный',
  'Южный',
  'Северо-Кавказский',
  'Приволжский',
  'Уральский',
  'Сибирский',
  'Дальневосточный',
] as const;
export type FederalDistrict = (typeof FEDERAL_DISTRICTS)[number];

/** A federal district: "Приволжский федеральный округ", ПФО. */
export interface FederalDistrictEntry {
  readonly id: string;
  readonly name: string;
  /** The adjective alone, as {@link RegionEntry.federalDistrict} stores it. */
  readonly short: FederalDistrict;
  readonly abbr: readonly string[];
  /** Seat of the presidential envoy. */
  readonly center: string;
}

/** A federal subject of Russia (89, as in art. 65 of the Constitution). */
export interface RegionEntry {
  /** Stable project id (latin slug), referenced by {@link CityEntry.region}. */
  readonly id: string;
  /** ISO 3166-2:RU code; null for the six subjects ISO does not list. */
  readonly iso: string | null;
  /** Official name, nominative: "Владимирская область", "Республика Саха (Якутия)". */
  readonly name: string;
  readonly type: RegionType;
  /** Short official forms: "Якутия", "Татарстан", "Кабардино-Балкария". */
  readonly short: readonly string[];
  /** Unambiguous informal names: "Подмосковье", "Ставрополье", "Югра". */
  readonly aliases: readonly string[];
  /** Names that also mean something else ("Кубань", "Дон", "Алтай"): accept only in context. */
  readonly weakAliases: readonly string[];
  /** Unambiguous abbreviations: "ХМАО", "ЯНАО", "КБР". */
  readonly abbr: readonly string[];
  /** Ambiguous abbreviations ("РТ", "РБ", "МО"): accept only in context. */
  readonly weakAbbr: readonly string[];
  /** Adjectives (masculine nominative) that name the subject: "башкирский", "подмосковный". */
  readonly adjectives: readonly string[];
  /** Soviet-era and former names of the subject or of subjects merged into it: "Мордовская АССР", "Горьковская область". */
  readonly former: readonly string[];
  /** ОКАТО code: 2 digits, or 5 for autonomous okrugs inside an oblast; null when unknown. */
  readonly okato: string | null;
  readonly federalDistrict: FederalDistrict;
  /** Administrative centre (the seat in use; for federal cities, the city itself). */
  readonly capital: string;
  /** Centre named by the subject's charter when it differs from {@link capital}. */
  readonly capitalDeJure?: string;
  readonly note?: string;
}

export type CountryKind = 'state' | 'territory' | 'partially_recognized' | 'unrecognized' | 'historical';

export interface CountryEntry {
  /** ISO 3166-1 alpha-2 code, or a slug for places without one ("abkhazia", "ussr"). */
  readonly id: string;
  readonly iso2: string | null;
  readonly iso3: string | null;
  /** Short name used in news and as the normalised value: "США", "Белоруссия", "Китай". */
  readonly name: string;
  /** Full official name: "Соединённые Штаты Америки"; null when the short name is the official one. */
  readonly official: string | null;
  readonly kind: CountryKind;
  /** "РФ", "КНР", "Беларусь", "Кыргызстан"... */
  readonly aliases: readonly string[];
  /** "Америка", "Англия", "Голландия", "Конго"...: accept only in context. */
  readonly weakAliases: readonly string[];
  /** Masculine nominative adjectives: "американский", "германский", "немецкий". */
  readonly adjectives: readonly string[];
}

/** A Russian town with city status. */
export interface CityEntry {
  readonly name: string;
  /** {@link RegionEntry.id} */
  readonly region: string;
  /** Other names of the same town: "Петербург", or the Ukrainian name of a renamed town. */
  readonly alt?: readonly string[];
  /** Former names still seen in text: "Ленинград", "Сталинград". */
  readonly former?: readonly string[];
  /** Former names that are also a common word or a person's name ("Горький"): need context. */
  readonly ambiguousFormer?: readonly string[];
  /** Masculine nominative adjectives: "московский", "уфимский", "нижегородский". */
  readonly adjectives?: readonly string[];
  /** The name is also a common word, first name or surname (Орёл, Королёв, Мирный). */
  readonly ambiguous?: true;
}

export interface WorldPlaceEntry {
  readonly name: string;
  /** `district`: a part of a city named alone (Манхэттен, Голливуд) or a Moscow okrug (ЦАО). */
  readonly type: 'city' | 'region' | 'district';
  /** {@link CountryEntry.id} */
  readonly country: string;
  /** ISO 3166-2 code of a region, when it has one. */
  readonly iso: string | null;
  readonly aliases: readonly string[];
  readonly former?: readonly string[];
  /** Masculine nominative adjectives: "лондонский", "пекинский". */
  readonly adjectives?: readonly string[];
  readonly ambiguous?: true;
  /** Region id in regions.json that Russian official usage gives this territory. */
  readonly ruRegion?: string;
}

export const LOCATION_KINDS = [
  'continent',
  'macro',
  'ocean',
  'sea',
  'gulf',
  'strait',
  'canal',
  'river',
  'lake',
  'mountains',
  'island',
  'peninsula',
  'area',
  /** Planets, the Moon and the Sun: "на Луне", "с Земли". */
  'celestial',
  /**
   * Named structures: stations, buildings ("МКС", "Капитолий"). NEREL counts them as facilities,
   * factRuEval as places, so the geography extractor proposes them under `convention: 'factru'` only.
   */
  'facility',
  /**
   * Buildings that also name the body seated in them ("Белый дом", "Кремль"): the building only
   * where the text puts something in it ("в Белом доме"); proposed under `convention: 'factru'` only.
   */
  'seat',
] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export interface LocationEntry {
  readonly name: string;
  readonly kind: LocationKind;
  readonly aliases: readonly string[];
  /** Masculine nominative adjectives: "европейский", "сибирский". */
  readonly adjectives?: readonly string[];
  readonly ambiguous?: true;
}

export const REGIONS = regions as readonly RegionEntry[];
export const FEDERAL_DISTRICT_ENTRIES = federalDistricts as readonly FederalDistrictEntry[];
export const COUNTRIES = countries as readonly CountryEntry[];
export const CITIES_RU = citiesRu as readonly CityEntry[];
export const WORLD_PLACES = world as readonly WorldPlaceEntry[];
export const LOCATIONS = locations as readonly LocationEntry[];

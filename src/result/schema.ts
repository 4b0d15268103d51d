// A namespace import, not `{ z }`: esbuild then bundles only the zod schemas used here (zod's `z`
// object holds them all: ~60 more constructors set up on every import of the package).
import * as z from 'zod';
import { isValidDay } from '../lexicon/calendar.js';
import { ORGANIZATION_KINDS } from '../lexicon/organizations/index.js';

/** Entity types, the vocabulary of the project's scorer (NEREL-compatible names). */
export const ENTITY_TYPES = [
  'date',
  'region',
  'city',
  'district',
  'country',
  'location',
  'facility',
  'nationality',
  'person',
  'position',
  'organization',
  'award',
  'event',
  'money',
  'percent',
  'number',
  'ordinal',
  'law',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

// Leaf schemas are built once and shared by the fields: each zod call builds a schema (objects,
// closures, and a clone per check: `z.number().int().positive().nullable()` is six schemas), and
// the ~300 fields below would otherwise build some 600 of them on every import of the package.
// zod schemas are immutable, so a shared one behaves as its copies did.
const str = z.string();
const strOrNull = str.nullable();
const optionalStr = str.optional();
const optionalStrOrNull = strOrNull.optional();
const strings = z.array(str);
const num = z.number();
const int = num.int();
const optionalInt = int.optional();
const nonnegativeInt = int.nonnegative();
const positiveInt = int.positive();
const positiveIntOrNull = positiveInt.nullable();
const bool = z.boolean();

const offset = nonnegativeInt;

/** Fields every entity has. `text === source.slice(start, end)` always holds. */
const base = {
  /** Stable within one document: `e1`, `e2`, ... in text order. */
  id: str,
  start: offset,
  end: offset,
  text: str,
  /** Id of the rule that found it (e.g. `date/day-month-year`). */
  rule: str,
  /** Index of the sentence that holds the start of the entity. */
  sentence: nonnegativeInt,
};

// ---- dates -------------------------------------------------------------------------------
export const DateGranularitySchema = z.enum([
  'day',
  'week',
  'month',
  'quarter',
  'half',
  'season',
  'year',
  'decade',
  'century',
  'millennium',
  'unknown',
]);
export const DatePartsSchema = z.object({
  year: optionalInt,
  month: int.min(1).max(12).optional(),
  day: int.min(1).max(31).optional(),
  quarter: int.min(1).max(4).optional(),
  /** Half of the year: 1 or 2 ("первое полугодие"). */
  half: int.min(1).max(2).optional(),
  season: z.enum(['winter', 'spring', 'summer', 'autumn']).optional(),
  /** ISO weekday, Monday = 1 ("в понедельник"). */
  weekday: int.min(1).max(7).optional(),
  /** First year of a decade: 1980 for "1980-е", "80-х годов". */
  decade: optionalInt,
  /** Ordinal century: 20 for "XX век". */
  century: optionalInt,
});
export const DateValueSchema = z.object({
  /** The unit of the date or period (or of the amount, for a duration). */
  granularity: DateGranularitySchema,
  /** First day covered, `YYYY-MM-DD`; null when open or unknown (e.g. a year implied from a missing `publishedAt`). */
  start: strOrNull,
  /** Last day covered (inclusive), `YYYY-MM-DD`; null when open or unknown. */
  end: strOrNull,
  /**
   * `point` a date or period; `range` from..to; `since` open end ("с 2025 года"); `until` open start
   * ("до 31 декабря"); `published` the header's date; `duration` an amount of time ("два года").
   */
  role: z.enum(['point', 'range', 'since', 'until', 'published', 'duration']),
  /** Fields written in the text (for a range: of its start; fields a range states once count for both ends). */
  stated: DatePartsSchema,
  /** Fields taken from `publishedAt` (relative dates, a missing year); empty when there is no `publishedAt`. */
  implied: DatePartsSchema,
  /** The end of a range, stated and implied as above; null for everything but ranges. */
  to: z.object({ stated: DatePartsSchema, implied: DatePartsSchema }).nullable(),
  /** A relative expression ("вчера", "в прошлом году", "в тот же день"). */
  relative: bool,
  /** ISO 8601 duration of a `duration` ("два года" -> `P2Y`, "полгода" -> `P6M`); `PXY` when the amount is vague ("несколько лет"); null otherwise. */
  duration: strOrNull,
  /**
   * What the text says about the date or amount: part of the period ("в начале года": `early`,
   * `mid`, `late`) or a bound on an amount ("около года": `approx`, "более 20 лет": `more`,
   * "почти", "менее": `less`, "не менее": `atLeast`, "не более", "до трёх лет": `atMost`), or a
   * repetition ("ежегодно", "каждый год": `every`, with `duration` the period).
   */
  modifier: z.enum(['early', 'mid', 'late', 'approx', 'more', 'less', 'atLeast', 'atMost', 'every']).nullable(),
});
export const DateEntitySchema = z.object({
  ...base,
  type: z.literal('date'),
  normalized: str,
  value: DateValueSchema,
});

// ---- numbers -------------------------------------------------------------------------------
/** How the text bounds a figure: "около" approx, "более" more, "почти", "менее" less, "не менее" atLeast, "не более" atMost, "до" upTo. */
export const QualifierSchema = z.enum(['exact', 'approx', 'more', 'less', 'atLeast', 'atMost', 'upTo']);
export const NumberValueSchema = z.union([num, z.object({ min: num, max: num })]);
export const NumberEntitySchema = z.object({
  ...base,
  type: z.literal('number'),
  normalized: str,
  value: NumberValueSchema,
  qualifier: QualifierSchema,
  /** Lemma of the counted noun (`187 заявок` -> `заявка`) or of the unit of measure (`1600 км`), when there is one. */
  unit: strOrNull,
});
export const PercentEntitySchema = z.object({
  ...base,
  type: z.literal('percent'),
  normalized: str,
  value: NumberValueSchema,
  qualifier: QualifierSchema,
  unit: z.literal('%'),
});
export const MoneyValueSchema = z.union([
  z.object({ amount: num, currency: str }),
  z.object({ min: num, max: num, currency: str }),
]);
export const MoneyEntitySchema = z.object({
  ...base,
  type: z.literal('money'),
  normalized: str,
  value: MoneyValueSchema,
  qualifier: QualifierSchema,
});
/** An ordinal or a number that labels something ("второго", "4-й", "IV", "статьи 148"): NEREL's `ordinal`. */
export const OrdinalEntitySchema = z.object({
  ...base,
  type: z.literal('ordinal'),
  normalized: str,
  value: num,
});

// ---- places --------------------------------------------------------------------------------
/**
 * How a place mention names its place: by a proper `name` ("Владимирской области", "Нижнем
 * Новгороде"), by an `abbr`eviation ("РФ", "ХМАО") or by an `adjective` that stands for it
 * ("российских компаний", "московского суда", as NEREL marks them). Filter on `form !== 'adjective'`
 * to keep name mentions only.
 */
export const PlaceFormSchema = z.enum(['name', 'abbr', 'adjective']);
const placeBase = { ...base, form: PlaceFormSchema };
export const RegionEntitySchema = z.object({
  ...placeBase,
  type: z.literal('region'),
  /** Official name in the nominative: "Владимирская область". */
  normalized: str,
  /** ISO 3166-2 code (`RU-VLA`), null where none exists or outside Russia's list. */
  iso: strOrNull,
  /** OKATO region code (`17`), Russian subjects only. */
  okato: strOrNull,
  federalDistrict: strOrNull,
  /** ISO alpha-2 of the country the region belongs to. */
  country: strOrNull,
  /**
   * The former name the text uses, in the nominative, when the mention is one ("Мордовской АССР":
   * `Мордовская АССР`, normalised to the current subject, Республика Мордовия).
   */
  historical: optionalStr,
});
export const CityEntitySchema = z.object({
  ...placeBase,
  type: z.literal('city'),
  normalized: str,
  /** Normalised name of the region the city is in, when known. */
  region: strOrNull,
  country: strOrNull,
});
export const DistrictEntitySchema = z.object({
  ...placeBase,
  type: z.literal('district'),
  normalized: str,
  region: strOrNull,
});
export const CountryEntitySchema = z.object({
  ...placeBase,
  type: z.literal('country'),
  normalized: str,
  iso2: strOrNull,
});
export const LocationEntitySchema = z.object({
  ...placeBase,
  type: z.literal('location'),
  normalized: str,
  kind: strOrNull,
});
/**
 * A named structure: a street or square, a building, a venue, an airport or station, a bridge, a
 * park, a cemetery, a monument ("Манежной площади", "Исаакиевский собор", "аэропорту Шереметьево",
 * "в Белом доме"). Under `convention: 'factru'` these are `location`s, as factRuEval counts them.
 */
export const FacilityEntitySchema = z.object({
  ...placeBase,
  type: z.literal('facility'),
  /** In the nominative: "Манежная площадь", "аэропорт Шереметьево", "стадион «Лужники»". */
  normalized: str,
  /** `street`, `building`, `church`, `airport`, `station`, `venue`, `park`, `cemetery`, `monument`, `bridge`, `plant`, `road`, `pipeline`, `seat` (a body's building: Белый дом), `facility` (МКС). */
  kind: strOrNull,
});
/**
 * An adjective that gives a person's or a group's country of origin rather than naming the country
 * as an actor: "американский актёр", "российских туристов" (NEREL's NATIONALITY). A country adjective
 * before an institution or a thing ("российская делегация", "американской базы") is a `country`.
 */
export const NationalityEntitySchema = z.object({
  ...base,
  type: z.literal('nationality'),
  /** The adjective in the masculine nominative: "американский". */
  normalized: str,
  /** The country's name ("США") and ISO alpha-2 ("US"). */
  country: str,
  iso2: strOrNull,
});

// ---- people, organisations, awards, events ---------------------------------------------------
/**
 * The parts of a person's name as far as the text gives them, each in the nominative with the
 * person's gender kept ("Шагиновой" -> last "Шагинова"); an initial is written with its dot ("Л.").
 */
export const PersonNameSchema = z.object({
  first: optionalStr,
  middle: optionalStr,
  last: optionalStr,
});
export const GenderSchema = z.enum(['masc', 'femn']);
/**
 * How a person mention names its person: by a `name` ("Андрея Григорьева", "Шагиновой Л.В.") or by
 * an `adjective` made from the name ("Нобелевской премии" -> Нобель, "горбачёвской перестройки" ->
 * Горбачёв), as NEREL marks them (not under `convention: 'factru'`). Adjective mentions make no
 * person record, official, speaker or award winner; filter on `form !== 'adjective'` to drop them.
 */
export const PersonFormSchema = z.enum(['name', 'adjective']);
export const PersonEntitySchema = z.object({
  ...base,
  type: z.literal('person'),
  form: PersonFormSchema,
  /**
   * The name as written, in the nominative, gender kept: "Андрея Григорьева" -> "Андрей Григорьев", "Шагиновой Л.В." -> "Шагинова Л.В.".
   * A mention without a surname takes the full name the document gives its person: "Виктором" -> "Виктор Бут", "Joshua Wolf" -> "Джошуа Вольф".
   */
  normalized: str,
  name: PersonNameSchema,
  /** From morphology and agreement; null when the text does not tell ("Ким Чен Ын" alone, "Л. Смит"). */
  gender: GenderSchema.nullable(),
});
export const PositionEntitySchema = z.object({
  ...base,
  type: z.literal('position'),
  /** The whole phrase in the nominative: "министром труда ... Владимирской области" -> "министр труда ... Владимирской области". */
  normalized: str,
  /** The office itself, in the nominative, without what it is an office of: "министр", "заместитель председателя правительства". */
  role: str,
  /** What the office is of, as the text names it (the tail of the phrase): "труда и занятости населения Владимирской области"; null for a bare office. */
  organization: strOrNull,
  /** Normalised name of the region the office belongs to, when the phrase names one (or "глава региона" resolves to the document's region). */
  region: strOrNull,
  /** "врио", "исполняющий обязанности", "и.о.". */
  acting: bool,
  /** "бывший", "экс-", "экс". */
  former: bool,
});
export const OrganizationKindSchema = z.enum(ORGANIZATION_KINDS);
export const OrganizationEntitySchema = z.object({
  ...base,
  type: z.literal('organization'),
  /** The full name in the nominative: "Минтруда России" -> "Министерство труда и социальной защиты Российской Федерации". */
  normalized: str,
  /** What kind of body: `government`, `legislature`, `court`, `party`, `company`, `media`, `education`, `international`, `branch`, ... (null when unknown). */
  kind: OrganizationKindSchema.nullable().optional(),
  /** The body's abbreviation or short name ("Минтруд", "ФНС"), when the body is known. */
  abbr: optionalStrOrNull,
  /** The region or town named inside the name, normalised ("Служба занятости населения Владимирской области" -> "Владимирская область"). */
  region: optionalStrOrNull,
});
/**
 * An award or a place won: "серебряным призёром", "второе место", "орденом Мужества", "медаль
 * ордена «За заслуги перед Отечеством» II степени", "народный артист России", "премии
 * Правительства РФ", "Почётной грамотой Министерства ...".
 */
export const AwardEntitySchema = z.object({
  ...base,
  type: z.literal('award'),
  /** The award in the nominative ("серебряным призёром" -> "серебряный призёр"); a named award by its name ("Оскара" -> "Оскар"). */
  normalized: str,
  /**
   * `medal` (a medal or its colour: "серебро"), `place` ("второе место"), `winner` ("победителем
   * конкурса", "лауреатом"), `champion`, `order` (orders and state medals by name), `title`
   * (honorary titles, "Героя России"), `prize`, `grant`, `certificate` (грамота, благодарность, диплом, знак).
   */
  kind: z.enum(['medal', 'place', 'winner', 'champion', 'order', 'title', 'prize', 'grant', 'certificate']),
  /** The place it stands for: 1 for gold, "победитель", "чемпион", "Гран-при"; 2 for silver; null when not stated. */
  place: positiveIntOrNull,
  medal: z.enum(['gold', 'silver', 'bronze']).nullable(),
  /** "II степени" -> 2. */
  degree: positiveIntOrNull,
  /** Which award of the recipient it is ("Вторую серебряную награду" -> 2) or how many times it was won ("пятикратный чемпион" -> 5). */
  count: positiveIntOrNull,
});
/**
 * An event, project or programme: "IV Всероссийского конкурса профессионального мастерства ...",
 * "чемпионата мира", "форума «Россия»", "нацпроекта «Кадры»", "государственной программы «...»".
 */
export const EventEntitySchema = z.object({
  ...base,
  type: z.literal('event'),
  /** The name in the nominative; a project with its full head ("нацпроекта «Кадры»" -> "национальный проект «Кадры»"). */
  normalized: str,
  /**
   * `contest`, `festival`, `forum`, `exhibition`, `fair`, `championship`, `tournament`,
   * `competition`, `olympiad`, `games`, `rally`, `conference`, `congress`, `summit`, `ceremony`,
   * `marathon`; `national project`, `federal project`, `regional project`, `state programme`,
   * `regional programme`, `municipal programme`, `federal programme`.
   */
  kind: strOrNull,
  /** The name in quotes, without them: "Человек труда". */
  name: optionalStrOrNull,
  /** "IV Всероссийский конкурс" -> 4. */
  ordinal: positiveIntOrNull.optional(),
  /** From the level adjective: "Всероссийский" national, "региональный" regional, "международный" international. */
  level: z.enum(['international', 'national', 'interregional', 'regional', 'municipal']).nullable().optional(),
  /** The stage the text names before it, in the nominative: "региональный этап", "финал". */
  stage: optionalStrOrNull,
  /** A national or federal project from the package's list: the years it runs. */
  years: z.object({ start: int, end: int }).nullable().optional(),
  /** The national project a federal project belongs to ("Человек труда" -> "Кадры"). */
  parent: optionalStrOrNull,
});

// ---- legal acts ------------------------------------------------------------------------------
/**
 * A place inside an act: "пункт 6 части 2 статьи 104" -> `{ article: '104', part: '2', clause: '6' }`.
 * Numbers are kept as written ("200.2", "4.1.7", "б" for "п. «б»").
 */
export const LawReferenceSchema = z.object({
  start: offset,
  end: offset,
  text: str,
  section: strOrNull,
  chapter: strOrNull,
  article: strOrNull,
  part: strOrNull,
  clause: strOrNull,
  subclause: strOrNull,
  paragraph: strOrNull,
});
/**
 * A legal act, or a place in one: "Указ Президента РФ от 7 мая 2024 г. № 309", "Федеральный закон
 * от 05.04.2013 № 44-ФЗ «О контрактной системе ...»", "статьи 185 УК РФ", "Конституции". The span
 * takes in the references before the act ("ч. 2 ст. 285 УК РФ") and its title in quotes.
 */
export const LawEntitySchema = z.object({
  ...base,
  type: z.literal('law'),
  /**
   * The act's name in the nominative: the head phrase inflected, the rest as written ("Указом
   * Президента РФ от 7 мая 2024 г. № 309" -> "Указ Президента РФ от 7 мая 2024 г. № 309"); a code
   * by its full name ("УК РФ" -> "Уголовный кодекс Российской Федерации"); without the references.
   */
  normalized: str,
  /** Lemma of the kind of act: "федеральный закон", "указ", "кодекс", "конституция"; null for a bare reference ("ст. 7"). */
  kind: strOrNull,
  /** Who issued it, in the nominative: "Президент Российской Федерации", "Правительство Владимирской области", "Украина". */
  issuer: strOrNull,
  /** `YYYY-MM-DD` of "от 05.04.2013", "от 7 мая 2024 г."; null when not stated to the day. */
  date: strOrNull,
  /** The number after "№" as written, without spaces: "44-ФЗ", "3/216", "309". */
  number: strOrNull,
  /** The title in quotes, without them: "О контрактной системе ...". */
  title: strOrNull,
  /** The articles, parts and clauses cited, in text order. */
  references: z.array(LawReferenceSchema),
});

export const EntitySchema = z.discriminatedUnion('type', [
  DateEntitySchema,
  RegionEntitySchema,
  CityEntitySchema,
  DistrictEntitySchema,
  CountryEntitySchema,
  LocationEntitySchema,
  FacilityEntitySchema,
  NationalityEntitySchema,
  PersonEntitySchema,
  PositionEntitySchema,
  OrganizationEntitySchema,
  AwardEntitySchema,
  EventEntitySchema,
  MoneyEntitySchema,
  PercentEntitySchema,
  NumberEntitySchema,
  OrdinalEntitySchema,
  LawEntitySchema,
]);

// ---- facts ------------------------------------------------------------------------------------
const SpanRefSchema = z.object({ start: offset, end: offset, text: str });

/** A region mentioned in the document, once per distinct region, with all its mentions. */
export const RegionFactSchema = z.object({
  normalized: str,
  iso: strOrNull,
  okato: strOrNull,
  federalDistrict: strOrNull,
  /** Ids of the entities that mention it, in text order: region entities, and city entities of Москва, Санкт-Петербург, Севастополь (cities that are federal subjects). */
  mentions: strings,
  /**
   * Ids of the towns and districts in it that the text names ("в Коврове" for the Владимирская
   * область), in text order: a region the text names only through them has no `mentions`.
   */
  places: strings,
});

const EntityRefSchema = SpanRefSchema.extend({
  /** Id of the entity (`e12`). */ entity: str,
  normalized: str,
});
const entityRefOrNull = EntityRefSchema.nullable();

/** The place a figure belongs to: a region (or a town, district or country) entity, and how the text ties them. */
export const StatisticPlaceSchema = EntityRefSchema.extend({
  type: z.enum(['region', 'city', 'district', 'country']),
  /**
   * `clause`: named in the figure's clause ("в Ингушетии — здесь она составляет 32,2%");
   * `list`: a list item "Тыва — 20,4%"; `parenthesis`: "Чечня (11,2%)"; `table`: a line that
   * starts with the place; `context`: the previous sentence, referred to by "здесь", "в регионе";
   * `document`: the one region the text is about.
   */
  source: z.enum(['clause', 'list', 'parenthesis', 'table', 'context', 'document']),
});

/**
 * A figure joined with what it counts and, where the text says so, the place it belongs to, the
 * indicator, its change and period: one row of a table ("Тыва | уровень безработицы | 20,4 | %").
 */
export const StatisticSchema = z.object({
  /** Id of the number/percent/money entity. */
  entity: str,
  kind: z.enum(['number', 'percent', 'money']),
  value: z.union([NumberValueSchema, MoneyValueSchema]),
  qualifier: QualifierSchema,
  /** Lemma of the counted noun (`187 заявок` -> `заявка`), `%`, `процентный пункт`, or the ISO currency code. */
  unit: strOrNull,
  /** The counted noun with what it governs, lemma first (`66 субъектов РФ` -> `субъект РФ`). */
  unitPhrase: strOrNull,
  /**
   * What the figure is said of (`уровень трудоустройства ... достигает 75%`, `Тыва — 20,4%`);
   * `entity` is the id of the entity the phrase names, if it is one (a place, an organisation).
   */
  subject: SpanRefSchema.extend({ normalized: str, entity: strOrNull }).nullable(),
  /**
   * What is measured, in the nominative (`уровень безработицы`, `средняя заработная плата`): the
   * subject when it is not a place, else the indicator phrase of the sentence, else that of the
   * figures before it in a list or ranking.
   */
  indicator: strOrNull,
  /** The region (or town, district, country) the figure belongs to. */
  region: StatisticPlaceSchema.nullable(),
  /**
   * `рост на 40%`, `увеличился в 2 раза`, `вырос до 4,7%`, `выше, чем по России`: direction, the
   * amount of change as written, the phrase, and what the figure is compared with (`base`: "по
   * России", "среднего", with the place entity in it).
   */
  change: z
    .object({
      direction: z.enum(['up', 'down', 'above', 'below', 'same']),
      by: strOrNull,
      text: str,
      base: SpanRefSchema.extend({ entity: strOrNull }).nullable(),
    })
    .nullable(),
  /** Id of a date entity the figure refers to. */
  period: strOrNull,
  /**
   * The scenario variant of a figure in a series of variants (`на 1,0 – 2,0 – 3,0 %`):
   * `conservative`, `base`, `target` (the three a planning document gives, in that order unless
   * the sentence names them), or `innovative`, `forced`; null for a figure outside such a series.
   */
  variant: strOrNull,
  /** The year of a figure in a series per year (`2014 - 1 человек; 2015 - 2 ч.`); null elsewhere (`period` holds the date). */
  year: int.nullable(),
});

/**
 * A person in the document: one record per real person, with every mention. Bare surnames
 * ("Григорьев") and references by office ("министр", "глава региона") are linked to the person
 * where the text makes it clear.
 */
export const PersonFactSchema = z.object({
  /** `p1`, `p2`, ... in order of first mention. */
  id: str,
  /** The fullest name seen, in the nominative: "Андрей Григорьев". */
  normalized: str,
  name: PersonNameSchema,
  gender: GenderSchema.nullable(),
  /** Ids of the person entities that name this person, in text order. */
  mentions: strings,
  /** Ids of position entities that refer to the person without naming them ("министр сообщил"). */
  references: strings,
  /** Normalised positions the person holds in the text, each once. */
  positions: strings,
});

/** A person with a position (and the organisation and region of that position, where stated). */
export const OfficialSchema = z.object({
  /** The `persons` record of this person (`p1`). */
  personId: str,
  person: EntityRefSchema,
  position: entityRefOrNull,
  /** The organisation of the position, as the text names it. */
  organization: strOrNull,
  /** Normalised name of the region of the position. */
  region: strOrNull,
  acting: bool,
  former: bool,
});

/**
 * Speech reported in the text. `direct`: the words themselves, in quotation marks or after a
 * dash («...», – подчеркнул министр); `indirect`: what follows "по словам X", "как отметил X",
 * "X сообщил, что".
 */
export const QuoteSchema = z.object({
  /** The span of what was said, without the quotation marks. */
  start: offset,
  end: offset,
  text: str,
  kind: z.enum(['direct', 'indirect']),
  /** Lemma of the verb of speech ("подчеркнуть", "сообщить"), or the phrase's head ("слово" for "по словам"). */
  verb: strOrNull,
  /**
   * Who said it: the entity that names the speaker (a person, else a position or an organisation),
   * and the `persons` record when the speaker is a person; null when the text does not say.
   */
  speaker: EntityRefSchema.extend({ personId: strOrNull }).nullable(),
});

/**
 * An organisation in the document: one record per body, with every mention that names it (full
 * name, abbreviation, a shorter generic name) and the common nouns that refer back to it
 * ("министерство", "ведомство") where the text makes the link.
 */
export const OrganizationFactSchema = z.object({
  /** `o1`, `o2`, ... in order of first mention. */
  id: str,
  /** The fullest normalised name seen: "Министерство труда и социальной защиты Российской Федерации". */
  normalized: str,
  kind: OrganizationKindSchema.nullable(),
  /** The abbreviation or short name, known or seen in the text ("Минтруд", "ФНС"). */
  abbr: strOrNull,
  /** The region or town named in one of its names, normalised. */
  region: strOrNull,
  /** For a branch ("Кольчугинский филиал"): the `id` of the body named last before it, which it belongs to. */
  parent: strOrNull,
  /** Ids of the organisation entities that name it, in text order. */
  mentions: strings,
  /** Lower-case nouns that refer back to it ("ведомство", "министерство"), with their spans. */
  references: z.array(SpanRefSchema),
});

/** A legal act the document cites, once per distinct act, with every mention and the places in it that are cited. */
export const LawFactSchema = z.object({
  /** `l1`, `l2`, ... in order of first mention. */
  id: str,
  normalized: str,
  kind: strOrNull,
  issuer: strOrNull,
  date: strOrNull,
  number: strOrNull,
  title: strOrNull,
  /** Ids of the law entities that mention the act, in text order. */
  mentions: strings,
  /** Every reference cited in the act's mentions (and in bare references that follow it: "ст. 7"), with the id of the entity that holds it. */
  references: z.array(LawReferenceSchema.extend({ entity: str })),
});

/**
 * A phone number, e-mail or postal address the text gives (a press release or a programme passport
 * ends with them), with the organisation it belongs to where the text names one just before it.
 */
export const ContactSchema = z.object({
  kind: z.enum(['phone', 'fax', 'email', 'address']),
  /** The contact itself, without its label ("тел.", "адрес:"). */
  start: offset,
  end: offset,
  text: str,
  /** A phone's digits (`+7` for a Russian trunk prefix: `+78213071124`), an e-mail in lower case, an address as written. */
  normalized: str,
  /** Id of the organisation entity named before it (within 300 characters, no blank line between), or null. */
  holder: strOrNull,
});

/**
 * An award given in the document: the award, who received it, in which event and nomination, from
 * whom and when, as far as the text says ("Служба занятости ... стала серебряным призёром ...
 * конкурса", "В категории «...» серебро завоевал Кольчугинский филиал").
 */
export const AwardFactSchema = z.object({
  /** `a1`, `a2`, ... in text order, one per award mention. */
  id: str,
  award: EntityRefSchema,
  kind: AwardEntitySchema.shape.kind,
  place: positiveIntOrNull,
  medal: z.enum(['gold', 'silver', 'bronze']).nullable(),
  degree: positiveIntOrNull,
  /** "Вторую серебряную награду": the recipient's second award (2); "пятикратный чемпион": 5. */
  count: positiveIntOrNull,
  /**
   * Who received it: the person, organisation or place the sentence names as the winner (the
   * subject before "стала призёром", or after "серебро завоевал"); without one in the sentence,
   * the document's first winner that is a person or an organisation.
   */
  recipient: EntityRefSchema.extend({ type: str }).nullable(),
  /** The `events` record of the contest or event it was given in ("этого конкурса" resolves to the contest named before). */
  event: strOrNull,
  /** The nomination or category in quotes: "в категории «Лучший кадровый центр второго уровня»". */
  nomination: strOrNull,
  /** Who gives it: the body named in the award ("Почётная грамота Министерства ...") or the event's organiser. */
  awardedBy: entityRefOrNull,
  /** A date the sentence gives. */
  date: entityRefOrNull,
});

/** An event, project or programme of the document, once per distinct name, with what the text says about it. */
export const EventFactSchema = z.object({
  /** `v1`, `v2`, ... in order of first mention. */
  id: str,
  normalized: str,
  kind: strOrNull,
  name: strOrNull,
  ordinal: positiveIntOrNull,
  level: z.enum(['international', 'national', 'interregional', 'regional', 'municipal']).nullable(),
  /** Stages the text names: "федеральный этап" (of "на федеральный этап конкурса"), "финал". */
  stages: strings,
  /** The organiser: "организатор – Министерство ...", "организованный ..."; the organisation entity. */
  organizer: entityRefOrNull,
  /** Date entities the text gives for it ("с 2025 года проходит"). */
  dates: z.array(EntityRefSchema),
  /** Where it takes place: a place after "в" right after it. */
  place: entityRefOrNull,
  /** The nominations of the awards given in it, each once. */
  nominations: strings,
  /** Ids of the `awards` records given in it. */
  awards: strings,
  /** Ids of the event entities that mention it. */
  mentions: strings,
  /** A project: the years it runs (from the package's list of national and federal projects). */
  years: z.object({ start: int, end: int }).nullable(),
  /** The `events` record this is part of: a contest "в рамках федерального проекта", a federal project of a national one. */
  partOf: strOrNull,
});

export const DocumentSchema = z.object({
  /** Always `YYYY-MM-DD` (the day of a date-time given); from the options, else from a `date YYYY-MM-DD` header, else null. */
  publishedAt: strOrNull,
  publishedAtSource: z.enum(['option', 'header']).nullable(),
  /** Length of the text in UTF-16 code units. */
  length: nonnegativeInt,
  /** Every mention, in text order (nested mentions may overlap: a region inside an organisation). */
  entities: z.array(EntitySchema),
  dates: z.array(DateEntitySchema),
  regions: z.array(RegionFactSchema),
  statistics: z.array(StatisticSchema),
  /** One record per real person named in the text. */
  persons: z.array(PersonFactSchema),
  /** Persons with the positions the text gives them. */
  officials: z.array(OfficialSchema),
  /** Awards given, with recipient, event, nomination and awarding body. */
  awards: z.array(AwardFactSchema),
  /** Events, projects and programmes, once each. */
  events: z.array(EventFactSchema),
  quotes: z.array(QuoteSchema),
  /** One record per legal act cited. */
  laws: z.array(LawFactSchema),
  /** Phones, e-mails and postal addresses, in text order (not entities: no NER corpus marks them). */
  contacts: z.array(ContactSchema),
  /** One record per organisation named in the text. */
  organizations: z.array(OrganizationFactSchema),
});

const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export const ExtractOptionsSchema = z
  .object({
    /** Publication date, `YYYY-MM-DD`, an ISO date-time, or a Date. Relative dates resolve against it. */
    publishedAt: z
      .union([
        z
          .string()
          .regex(isoDate, 'expected YYYY-MM-DD or an ISO date-time')
          // checked only on what has the shape, so a malformed value gets one message
          .refine((s) => !isoDate.test(s) || isValidDay(s.slice(0, 10)), { message: 'not a calendar date' }),
        z.date(),
      ])
      .nullable()
      .optional(),
    /** Longest text accepted, in characters (`text.length`); longer ones throw `InputTooLongError`. Default: the extractor's. */
    maxLength: positiveInt.optional(),
  })
  .strict();

/** Default `maxLength`: 5 million characters, some 2,000 pages of news. */
export const DEFAULT_MAX_LENGTH = 5_000_000;

export const ExtractorOptionsSchema = z
  .object({
    /** Entity types to keep in the result (default: all). */
    types: z.array(z.enum(ENTITY_TYPES)).nonempty().optional(),
    /**
     * Which annotation convention entity spans follow (decision record 0003). `nerel` (default):
     * country and city adjectives are place mentions ("российских компаний"), the type word stays
     * out of a place's span ("реки [Славянки]"). `factru`: no adjective mentions, the type word in
     * the span ("[реки Славянки]"), as factRuEval marks them.
     */
    convention: z.enum(['nerel', 'factru']).optional(),
    /**
     * Longest text `extract` accepts, in characters (`text.length`; default 5,000,000): longer
     * texts throw `InputTooLongError` rather than being cut. `extract(text, { maxLength })`
     * overrides it for one call.
     */
    maxLength: positiveInt.optional(),
  })
  .strict();

export type DateValue = z.infer<typeof DateValueSchema>;
export type DateParts = z.infer<typeof DatePartsSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type DateEntity = z.infer<typeof DateEntitySchema>;
export type NumberEntity = z.infer<typeof NumberEntitySchema>;
export type PercentEntity = z.infer<typeof PercentEntitySchema>;
export type MoneyEntity = z.infer<typeof MoneyEntitySchema>;
export type OrdinalEntity = z.infer<typeof OrdinalEntitySchema>;
export type RegionEntity = z.infer<typeof RegionEntitySchema>;
export type CityEntity = z.infer<typeof CityEntitySchema>;
export type DistrictEntity = z.infer<typeof DistrictEntitySchema>;
export type CountryEntity = z.infer<typeof CountryEntitySchema>;
export type LocationEntity = z.infer<typeof LocationEntitySchema>;
export type FacilityEntity = z.infer<typeof FacilityEntitySchema>;
export type NationalityEntity = z.infer<typeof NationalityEntitySchema>;
export type PlaceForm = z.infer<typeof PlaceFormSchema>;
/** The entity types that are places. */
export const PLACE_TYPES = ['region', 'city', 'district', 'country', 'location'] as const;
export type PlaceEntity = RegionEntity | CityEntity | DistrictEntity | CountryEntity | LocationEntity;
/**
 * Whether an entity is a place (and so has `normalized` and `form`).
 * @example doc.entities.filter(isPlace).filter((e) => e.form !== 'adjective')
 */
export const isPlace = (e: Entity): e is PlaceEntity => (PLACE_TYPES as readonly string[]).includes(e.type);
export type PersonEntity = z.infer<typeof PersonEntitySchema>;
export type PositionEntity = z.infer<typeof PositionEntitySchema>;
export type OrganizationEntity = z.infer<typeof OrganizationEntitySchema>;
export type AwardEntity = z.infer<typeof AwardEntitySchema>;
export type EventEntity = z.infer<typeof EventEntitySchema>;
export type RegionFact = z.infer<typeof RegionFactSchema>;
export type Statistic = z.infer<typeof StatisticSchema>;
export type StatisticPlace = z.infer<typeof StatisticPlaceSchema>;
export type Official = z.infer<typeof OfficialSchema>;
export type PersonFact = z.infer<typeof PersonFactSchema>;
export type PersonName = z.infer<typeof PersonNameSchema>;
export type Gender = z.infer<typeof GenderSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type LawEntity = z.infer<typeof LawEntitySchema>;
export type LawReference = z.infer<typeof LawReferenceSchema>;
export type LawFact = z.infer<typeof LawFactSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type OrganizationFact = z.infer<typeof OrganizationFactSchema>;
export type AwardFact = z.infer<typeof AwardFactSchema>;
export type EventFact = z.infer<typeof EventFactSchema>;
export type GosDocument = z.infer<typeof DocumentSchema>;
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
export type ExtractorOptions = z.input<typeof ExtractorOptionsSchema>;

/** An entity before the pipeline numbers it and assigns its sentence. */
export type EntityDraft = Entity extends infer E ? (E extends Entity ? Omit<E, 'id' | 'sentence'> : never) : never;

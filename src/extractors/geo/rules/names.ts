/**
 * Places named by the gazetteer alone: "Владимирской области", "Нижнем Новгороде", "США",
 * "Приволжском федеральном округе", "Байкала". Ambiguity is settled in `judge` (context.ts).
 */
import { rule, span, type DocContext, type GazetteerRef, type Rule } from '../../../engine/index.js';
import { CITIES, COUNTRIES, DISTRICTS, LOCATIONS, REGIONS } from '../gazetteers.js';
import { AT_PLACE, isCapitalized, sentenceInitial } from '../../../context/index.js';
import type { PlaceName } from '../places.js';
import { judge, ofTypes, one, readingsOf, type GeoProposal } from '../proposal.js';
import { extend } from '../../../engine/objects.js';

/** Equal-length ties between kinds: a country beats a region, a region a city, and so on. */
export const PRIORITY = { country: 5, region: 4, city: 3, district: 2, location: 1, adjective: 0 } as const;

/** "Единая Россия", "Справедливой России": a capitalised adjective agreeing with the name makes it the name of something else. */
function inNamedThing(ctx: DocContext, from: number, to: number): boolean {
  const prev = from - 1;
  if (to - from !== 1 || prev < 0 || !isCapitalized(ctx, prev) || sentenceInitial(ctx, prev)) return false;
  return ctx
    .parses(prev)
    .some(
      (a) =>
        a.pos === 'ADJF' &&
        ctx
          .parses(from)
          .some(
            (n) =>
              n.pos === 'NOUN' &&
              n.case === a.case &&
              n.number === a.number &&
              (n.gender === a.gender || a.number === 'plur'),
          ),
    );
}

/** The word before is capitalised and not the first of its sentence: the two words make a name. */
function afterCapitalized(ctx: DocContext, from: number): boolean {
  const prev = from - 1;
  return (
    prev >= 0 &&
    ctx.tokens[prev]?.kind === 'word' &&
    isCapitalized(ctx, prev) &&
    !sentenceInitial(ctx, prev) &&
    ctx.tokens[prev]?.sentence === ctx.tokens[from]?.sentence
  );
}

const IN_CITY = new Set<string>([...AT_PLACE, 'город', 'города', 'городе', 'г']);

/** Another gazetteer has a name over exactly the same tokens. */
function sameSpanIn(gaz: GazetteerRef<PlaceName>, ctx: DocContext, from: number, to: number): boolean {
  return gaz.matchAt(ctx, from).some((h) => h.end === to && h.value.some((v) => v.form === 'name'));
}

/** Type words that open a subject's name: "республика Алтай", "республики Башкортостан". */
const TYPE_FIRST = new Set(['республика']);

/**
 * A lower-case type word before a capitalised name marks it as well as a capital letter does:
 * "республика Алтай", "глава республики Татарстан".
 */
function typeWordFirst(ctx: DocContext, from: number, to: number): boolean {
  return (
    to - from > 1 &&
    !isCapitalized(ctx, from) &&
    isCapitalized(ctx, from + 1) &&
    ctx.lemmas(from).some((l) => TYPE_FIRST.has(l))
  );
}

export const country = rule<GeoProposal[]>({
  id: 'geo/country',
  examples: ['Российской Федерации', 'России', 'США', 'Соединённых Штатов Америки', 'Великобританию', 'КНДР'],
  priority: PRIORITY.country,
  pattern: span(COUNTRIES).as('name'),
  interpret: (m) => {
    // ".РФ" in "в доменной зоне .РФ" is a top-level domain
    const dot = m.ctx.tokens[m.from - 1];
    if (dot?.text === '.' && dot.end === m.ctx.tokens[m.from]?.start) return null;
    let names = ofTypes(readingsOf(m.part('name')), 'country');
    // a dependent territory that is also a region of its country is the region ("в Гонконге")
    if (sameSpanIn(REGIONS, m.ctx, m.from, m.to)) names = names.filter((n) => n.place.kind !== 'territory');
    if (names.length && inNamedThing(m.ctx, m.from, m.to)) return null;
    // a weak alias of one country only ("Англия", "Голландия") needs no other mention;
    // "РБ" (Белоруссия, or Башкортостан, or Бурятия) and "Конго" (two states) do
    const regions = REGIONS.matchAt(m.ctx, m.from)
      .filter((h) => h.end === m.to)
      .flatMap((h) => h.value);
    const single =
      new Set(names.map((n) => n.place.key)).size === 1 &&
      regions.every((r) => r.place.country === names[0]?.place.iso);
    const p = judge(m.ctx, m.from, m.to, names);
    return one(p && single ? extend(p, { needsDoc: false }) : p);
  },
});

export const region = rule<GeoProposal[]>({
  id: 'geo/region',
  examples: [
    'Владимирской области',
    'Ханты-Мансийского автономного округа — Югры',
    'Республики Саха (Якутия)',
    'Татарстане',
    'Подмосковья',
    'республика Алтай',
    'Зауралья',
    'ХМАО',
    'Калифорнии',
  ],
  priority: PRIORITY.region,
  pattern: span(REGIONS).as('name'),
  interpret: (m) => {
    // A region abroad that shares its name with a city is the city unless a marker says otherwise
    // ("в Нью-Йорке" is the city; "штат Нью-Йорк" is matched by geo/region-typed).
    const cityToo = sameSpanIn(CITIES, m.ctx, m.from, m.to);
    const names = ofTypes(readingsOf(m.part('name')), 'region').filter(
      (n: PlaceName) => (n.place.country === 'RU' || !cityToo) && !n.historical,
    );
    return one(judge(m.ctx, m.from, m.to, names, { marked: typeWordFirst(m.ctx, m.from, m.to) }));
  },
});

export const city = rule<GeoProposal[]>({
  id: 'geo/city',
  examples: ['Нижнем Новгороде', 'Москве', 'Ростова-на-Дону', 'Нью-Йорке', 'Санкт-Петербург', 'Набережных Челнах'],
  priority: PRIORITY.city,
  pattern: span(CITIES).as('name'),
  interpret: (m) => {
    // a city that shares its name with a river or an island is the city after "в", "из" ("в Днепре", not "форсировании Днепра")
    if (sameSpanIn(LOCATIONS, m.ctx, m.from, m.to) && !IN_CITY.has(m.ctx.folded(m.from - 1))) return null;
    return one(judge(m.ctx, m.from, m.to, ofTypes(readingsOf(m.part('name')), 'city')));
  },
});

/** A district the gazetteer knows: federal districts and the parts of cities are two rules over one list. */
const knownDistrict = (id: string, examples: string[], federal: boolean): Rule<GeoProposal[]> =>
  rule<GeoProposal[]>({
    id,
    examples,
    priority: PRIORITY.district,
    pattern: span(DISTRICTS).as('name'),
    interpret: (m) =>
      one(
        judge(
          m.ctx,
          m.from,
          m.to,
          ofTypes(readingsOf(m.part('name')), 'district').filter((n) => (n.place.kind === 'federal') === federal),
        ),
      ),
  });

export const federalDistrict = knownDistrict(
  'geo/federal-district',
  ['Приволжском федеральном округе', 'СКФО', 'Центрального федерального округа'],
  true,
);

export const cityDistrict = knownDistrict(
  'geo/district-known',
  ['Манхэттене', 'ЦАО', 'Юго-Западном административном округе'],
  false,
);

/** Prepositions that put something in, at or before a building ("перед Белым домом"). */
const AT_BUILDING = new Set<string>([...AT_PLACE, 'у', 'перед', 'пред', 'напротив', 'вблизи']);
/** "недалеко от Белого дома", "рядом с Кремлём": a preposition after a word of nearness. */
const NEAR = new Set<string>(['недалеко', 'неподалеку', 'неподалёку', 'рядом', 'вдали']);
const atBuilding = (ctx: DocContext, from: number): boolean =>
  from > 0 &&
  (AT_BUILDING.has(ctx.folded(from - 1)) ||
    (['от', 'с', 'со'].includes(ctx.folded(from - 1)) && from > 1 && NEAR.has(ctx.folded(from - 2))));

export const location = rule<GeoProposal[]>({
  id: 'geo/location',
  examples: ['Европе', 'Байкала', 'Северного Кавказа', 'Средиземном море'],
  priority: PRIORITY.location,
  pattern: span(LOCATIONS).as('name'),
  interpret: (m) => {
    const names = ofTypes(readingsOf(m.part('name')), 'location');
    // a structure is named in quotes as often as not: "из «Матросской тишины»", "часы «Биг-Бен»"
    const p = judge(m.ctx, m.from, m.to, names, { quoted: names.every((n) => n.place.kind === 'facility') });
    // "Земля", "Луна", "Солнце" are the planet, the Moon, the Sun only capitalised inside a
    // sentence ("на Луне", "с Земли"), and not after another capitalised word ("Пляска Солнца"):
    // at the start of a sentence the capital letter says nothing
    // "Белый дом", "Кремль" are the building only where something happens in it ("в Белом доме")
    if (p?.name.place.kind === 'seat' && !atBuilding(m.ctx, m.from)) return null;
    if (p?.name.place.kind === 'celestial' && (sentenceInitial(m.ctx, m.from) || afterCapitalized(m.ctx, m.from)))
      return null;
    return one(p);
  },
});

export const NAME_RULES: readonly Rule<GeoProposal[]>[] = [
  country,
  region,
  city,
  federalDistrict,
  cityDistrict,
  location,
];

/**
 * Names after a word that says what kind of place follows: "г. Ковров", "селе Дорогинка",
 * "штата Алабама", "реки Иордан", "города федерального значения Севастополя". The marker settles
 * ambiguous names ("г. Мирный", "штат Вашингтон") and admits names the gazetteer lacks; the
 * mention is the name alone, as NEREL marks it.
 */
import {
  alt,
  anyOf,
  capitalized,
  gnc,
  gram,
  kind,
  lemma,
  not,
  notGram,
  opt,
  punct,
  repeat,
  rule,
  seq,
  span,
  surface,
  tok,
  upper,
  word,
  type GazetteerRef,
  type MatchView,
  type Part,
  type Rule,
} from '../../../engine/index.js';
import { AT_PLACE, headAgrees, knownAsCommon, personAround, squeezeSpaces } from '../../../context/index.js';
import { CITIES, COUNTRIES, DISTRICTS, LOCATIONS, REGIONS, sharedGeoLexicon } from '../gazetteers.js';
import { adHocName, type PlaceName, type PlaceType } from '../places.js';
import { PRIORITY } from './names.js';
import { judge, judgePart, nameFollows, ofTypes, one, readingsOf, withMarker, type GeoProposal } from '../proposal.js';
import { extend } from '../../../engine/objects.js';

const SETTLEMENT = [
  'город',
  'городок',
  'посёлок',
  'село',
  'деревня',
  'станица',
  'хутор',
  'аул',
  'кишлак',
  'пгт',
  'наукоград',
  'райцентр',
  'моногород',
];
const SETTLEMENT_ABBR = ['г', 'гор', 'пос', 'пгт', 'с', 'д', 'дер', 'ст', 'х', 'п'];
const REGION_TYPE = [
  'штат',
  'провинция',
  'земля',
  'графство',
  'префектура',
  'кантон',
  'воеводство',
  'эмират',
  'мухафаза',
  'фюльке',
];
const LOCATION_TYPE = [
  'река',
  'озеро',
  'остров',
  'полуостров',
  'гора',
  'море',
  'залив',
  'пролив',
  'водохранилище',
  'хребет',
  'пустыня',
  'архипелаг',
  'долина',
  'вулкан',
  'мыс',
  'бухта',
  'нагорье',
  'плато',
];

const PREPOSITION_CASE: Record<string, readonly (string | null)[]> = {
  в: ['loct', 'accs'],
  во: ['loct', 'accs'],
  из: ['gent'],
  под: ['ablt', 'accs'],
  около: ['gent'],
  близ: ['gent'],
  возле: ['gent'],
};

/** A lower-case settlement abbreviation with its dot ("г.", "пос."), not "г." after a year. */
const settlementAbbr = seq(tok(word(...SETTLEMENT_ABBR)).as('abbr'), punct('.'));
// "с" and "г" are also read as abbreviations of "село" and "год": only the full words count here,
// in the singular ("одного из сёл Киевской области" names no village)
const settlement = alt(settlementAbbr, tok(lemma(...SETTLEMENT).and(notGram('Abbr'), gram('sing'))));

/** A capitalised name the gazetteer does not know: one word, or an adjective and a noun ("Верхнее Нащекино"). */
const pairAgreement = gnc();
const nameWord = () => capitalized().and(kind('word'), notGram('PREP', 'CONJ', 'PRCL', 'NPRO'));
// in capitals, where the letters say nothing, a word of a two-word name may not be read as a
// function word ("ПОСЕЛОК СТАВРОВО НА 2015 ГОД"; "в Аль Аин" is a name)
const pairWord = () => nameWord().and(not(upper().and(anyOf(gram('PREP'), gram('CONJ'), gram('PRCL')))));
const unknownName = alt(
  tok(nameWord()),
  seq(tok(pairWord()).agree(pairAgreement), tok(pairWord()).agree(pairAgreement)),
);

/**
 * An unknown one-word name that the dictionary knows as a common word is not a settlement after a
 * one-letter abbreviation, which is as often "пункт", "страница" or the end of "т. д.": "п.
 * Подпрограммы", "т. д. Задачи".
 */
function commonWordAfterLetter(m: MatchView): boolean {
  const abbr = m.part('abbr');
  const name = m.part('name');
  return !!abbr && !!name && abbr.text.length === 1 && name.to - name.from === 1 && knownAsCommon(m.ctx, name.from);
}

/** The words at `[from, to)` as written, one space between them. */
const written = (m: MatchView, from: number, to: number): string => squeezeSpaces(m.ctx.slice(from, to));

/**
 * The nominative of a town's name after a preposition of place: the case it governs declined
 * back ("в Гарленде": Гарленд), a foreign two-word name by its last word only ("в Сан Луисе": Сан
 * Луис), a name that does not decline as written ("в Кушадаси", "в Аль Аин"); null for a name in
 * a case the preposition does not govern.
 */
function placedName(m: MatchView, name: Part, prep: string): string | null {
  const cases = PREPOSITION_CASE[prep] ?? [];
  const last = name.to - 1;
  const ps = m.ctx.parses(last);
  const declined = ps.some((p) => p.pos === 'NOUN' && p.number === 'sing' && cases.includes(p.case));
  const fixed =
    (/[иоуэю]$/u.test(name.text) && ps.some((p) => p.grammemes.has('Fixd'))) ||
    (!declined && ps.some((p) => p.case === 'nomn' && p.number === 'sing'));
  if (fixed) return written(m, name.from, name.to);
  if (!declined) return null;
  if (name.to - name.from === 1 || m.ctx.parses(name.from).some((p) => p.pos === 'ADJF')) {
    return name.to - name.from === 1 || headAgrees(m.ctx, name.from, name.to) ? m.nominative(name.from, name.to) : null;
  }
  return `${written(m, name.from, last)} ${m.nominative(last, name.to)}`;
}

/** Genders of the settlement abbreviations (the full words have their own): "с." село, "д." деревня. */
const ABBR_GENDER: Record<string, string> = {
  с: 'neut',
  д: 'femn',
  дер: 'femn',
  ст: 'femn',
  г: 'masc',
  гор: 'masc',
  пос: 'masc',
  п: 'masc',
  пгт: 'masc',
  х: 'masc',
};

/**
 * The nominative of a one-word adjectival name in the gender of its type word: "в селе
 * Усть-Уйском" is Усть-Уйское, "в деревне Никольской" Никольская, "в посёлке Красном" Красный
 * (the locative alone cannot tell "-ом" masculine from neuter). Null when the name is no adjective.
 */
function agreedNominative(m: MatchView, from: number, to: number): string | null {
  const marker = m.part('marker');
  if (!marker || to - from !== 1) return null;
  const abbr = m.part('abbr');
  const gender = abbr
    ? ABBR_GENDER[abbr.text.toLowerCase()]
    : m.ctx.parses(marker.to - 1).find((p) => p.pos === 'NOUN' && p.gender)?.gender;
  const t = m.ctx.tokens[from];
  const adj = m.ctx.parses(from).find((p) => p.pos === 'ADJF' && p.number === 'sing' && p.gender === gender);
  // a name that can be the nominative as written stays as written ("селе Дорогинка")
  const nominal = m.ctx.parses(from).some((p) => p.case === 'nomn' && p.number !== 'plur');
  if (!gender || !t || !adj || nominal) return null;
  return m.ctx.morph.inflect(t.text, adj, ['sing', 'nomn']);
}

function adHoc(type: PlaceType, m: MatchView, partName: string, kindOf: string | null = null): PlaceName[] {
  const p = partName === 'all' ? { from: m.from, to: m.to, nominative: () => m.nominative() } : m.part(partName);
  if (!p) return [];
  if (p.to - p.from > 1 && !headAgrees(m.ctx, p.from, p.to)) return [];
  const agreed = type === 'city' ? agreedNominative(m, p.from, p.to) : null;
  if (agreed) return [adHocName(type, agreed, kindOf)];
  // a name that can already be the nominative stays as written: after a marker
  // names are mostly not declined ("д. Раскатиха", "с. Кашино", "в селе Мендюш"), and the
  // morphology's guesses at unknown names would turn them into something else ("Раскатих")
  let nominal = true;
  for (let i = p.from; i < p.to && nominal; i++) {
    nominal =
      m.ctx.tokens[i]?.kind !== 'word' ||
      m.ctx
        .parses(i)
        .some((r) => r.grammemes.has('Fixd') || (r.case === 'nomn' && r.number !== 'plur' && r.pos !== 'VERB'));
  }
  return [adHocName(type, nominal ? written(m, p.from, p.to) : p.nominative(), kindOf)];
}

/**
 * A name the gazetteer lacks stands in apposition to its marker: in the same case or in the
 * nominative ("в городе Коврове", "в городе Кольчугино"); "в городе Аляски" names no town, and a
 * name another gazetteer knows is left to it.
 */
function apposition(m: MatchView, markerName: string, partName: string, settlement = false): boolean {
  const marker = m.part(markerName);
  const part = m.part(partName);
  if (!marker || !part) return false;
  for (const gaz of [REGIONS, COUNTRIES, LOCATIONS]) if (gaz.matchAt(m.ctx, part.from).length) return false;
  // "штата Кэтлин Кеннеди": a person's name is not a place name
  const ps = m.ctx.parses(part.from);
  const firstName = ps.some((p) => p.grammemes.has('Name'));
  // "родным городом Каддафи": a surname in the genitive, not a town
  // ("деревне Никольской" agrees with its type word as an adjective: the village)
  const markerNoun = m.ctx.parses(marker.to - 1).find((p) => p.pos === 'NOUN' && p.gender);
  const agreesAsAdjective =
    !!markerNoun && ps.some((p) => p.pos === 'ADJF' && p.gender === markerNoun.gender && p.case === markerNoun.case);
  const surname =
    settlement &&
    ps.some((p) => p.grammemes.has('Surn')) &&
    !ps.some((p) => p.grammemes.has('Geox')) &&
    !agreesAsAdjective;
  if ((firstName && part.to - part.from > 1) || surname || personAround(m.ctx, part.from, part.from + 1)) return false;
  const cases = new Set(m.ctx.parses(marker.to - 1).map((p) => p.case));
  const last = part.to - 1;
  return m.ctx.parses(last).some((p) => p.case === 'nomn' || p.case === null || cases.has(p.case) || p.pos === 'UNKN');
}

/** The unknown-name branch matched a name the gazetteer knows: its own branch reads it instead. */
function known(gaz: GazetteerRef<PlaceName>, m: MatchView, partName: string): boolean {
  const p = m.part(partName);
  return !!p && p.value === undefined && gaz.matchAt(m.ctx, p.from).length > 0;
}

/** Words for a rural settlement, where a town with city status is not meant. */
const RURAL = new Set(['село', 'деревня', 'станица', 'хутор', 'аул', 'кишлак', 'с', 'д', 'дер', 'ст', 'х']);
const isRural = (m: MatchView): boolean => {
  const marker = m.part('abbr') ?? m.part('marker');
  return !!marker && (RURAL.has(marker.text.toLowerCase()) || m.ctx.lemmas(marker.from).some((l) => RURAL.has(l)));
};
/** The name part read as a name the gazetteer does not know (its town reading dropped). */
function ruralPart(m: MatchView): Part | undefined {
  const p = m.part('name');
  return p && p.value !== undefined ? extend(p, { value: undefined }) : p;
}

export const cityMarked = rule<GeoProposal[]>({
  id: 'geo/city-marked',
  examples: ['г. Ковров', 'городе Мирном', 'селе Дорогинка', 'посёлке Верхнее Нащекино', 'города Москвы'],
  pattern: seq(settlement.as('marker'), alt(span(CITIES), unknownName).as('name')),
  interpret: (m) => {
    const abbr = m.part('abbr');
    if (abbr) {
      const prev = m.ctx.tokens[m.from - 1];
      // "2025 г.", "от 26.12.2018 г." are years; "т. д." is "так далее"; single-letter
      // abbreviations are lower case ("с. Бокино", not "С. Петров")
      if (prev?.kind === 'number' || prev?.kind === 'date' || /^\p{Lu}$/u.test(abbr.text)) return null;
      if (abbr.text === 'д' && m.ctx.folded(m.from - 2) === 'т') return null;
    }
    // a town with city status is no village: after "селе", "д." the name is the village's own
    // ("в селе Кашино" is not Кашин, "с. Покровском" not Покровск)
    const rural = isRural(m);
    if (!rural && known(CITIES, m, 'name')) return null; // the gazetteer's reading is tried instead
    const part = rural ? ruralPart(m) : m.part('name');
    // the name is on the marker's line ("2018 г.\n\nМУНИЦИПАЛЬНАЯ ПРОГРАММА" names no town)
    if (part?.value === undefined && (!nameFollows(m, 'name') || commonWordAfterLetter(m))) return null;
    if (part && part.value === undefined && !apposition(m, 'marker', 'name', true)) return null;
    const names = part?.value !== undefined ? ofTypes(readingsOf(part), 'city') : adHoc('city', m, 'name');
    if (!names.length) return null;
    return one(withMarker(m, judgePart(m, 'name', names, { marked: true })));
  },
});

export const regionTyped = rule<GeoProposal[]>({
  id: 'geo/region-typed',
  examples: [
    'штата Алабама',
    'штат Нью-Йорк',
    'провинции Гильменд',
    'провинции Кандагар',
    'графство Кент',
    'шт. Иллинойс',
  ],
  pattern: seq(
    alt(tok(lemma(...REGION_TYPE).and(notGram('Abbr'))), seq(word('шт'), punct('.'))).as('marker'),
    alt(span(REGIONS), span(CITIES), unknownName).as('name'),
  ),
  interpret: (m) => {
    if (known(REGIONS, m, 'name') || known(CITIES, m, 'name') || !nameFollows(m, 'name')) return null;
    const part = m.part('name');
    const names = readingsOf(part);
    const region = ofTypes(names, 'region');
    // "провинции Кандагар": a province named after its city is a region here
    const city = ofTypes(names, 'city')[0];
    if (part && part.value === undefined && !apposition(m, 'marker', 'name')) return null;
    const asRegion: PlaceName[] = region.length
      ? region
      : city
        ? [extend(city, { place: extend(city.place, { type: 'region', key: `region:${city.place.key}` }) })]
        : part?.value === undefined
          ? adHoc('region', m, 'name')
          : [];
    return one(withMarker(m, judgePart(m, 'name', asRegion, { marked: true })));
  },
});

const governorateAgreement = gnc();
export const governorate = rule<GeoProposal[]>({
  id: 'geo/region-historical',
  examples: ['Тамбовской губернии', 'Новогрудского воеводства'],
  pattern: seq(
    tok(capitalized().and(gram('ADJF'))).agree(governorateAgreement),
    tok(lemma('губерния', 'воеводство', 'повет')).agree(governorateAgreement),
  ),
  interpret: (m) => one(judge(m.ctx, m.from, m.to, adHoc('region', m, 'all'), { marked: true })),
});

export const federalCity = rule<GeoProposal[]>({
  id: 'geo/federal-city',
  examples: ['города федерального значения Севастополя', 'городе федерального значения Москве'],
  pattern: seq(lemma('город'), word('федерального'), word('значения'), opt(punct('-', ':')), span(CITIES).as('name')),
  interpret: (m) => {
    const regionsByKey = sharedGeoLexicon().regionsByKey;
    const city = ofTypes(readingsOf(m.part('name')), 'city').find(
      (n) => n.place.regionKey && regionsByKey.get(n.place.regionKey)?.normalized === n.place.normalized,
    );
    const region = city?.place.regionKey ? regionsByKey.get(city.place.regionKey) : undefined;
    if (!region) return null;
    return one(
      withMarker(
        m,
        judgePart(
          m,
          'name',
          [{ place: region, phrase: region.normalized, form: 'name', weak: false, ambiguous: false }],
          { marked: true },
        ),
      ),
    );
  },
});

export const locationTyped = rule<GeoProposal[]>({
  id: 'geo/location-typed',
  examples: ['реки Иордан', 'реке Славянке', 'острове Роббенэйланд', 'озера Байкал'],
  pattern: seq(
    tok(lemma(...LOCATION_TYPE).and(notGram('Abbr'))).as('marker'),
    alt(span(LOCATIONS), unknownName).as('name'),
  ),
  interpret: (m) => {
    if (known(LOCATIONS, m, 'name') || !nameFollows(m, 'name')) return null;
    const part = m.part('name');
    if (part && part.value === undefined && !apposition(m, 'marker', 'name')) return null;
    const type = m.part('marker')?.lemma ?? null;
    const names =
      part?.value !== undefined
        ? ofTypes(readingsOf(part), 'location')
        : adHoc('location', m, 'name', type === 'река' ? 'river' : type);
    return one(withMarker(m, judgePart(m, 'name', names, { marked: true })));
  },
});

// "в Гарленде, штат Техас", "в Монровилле (штат Алабама)", "в Биране, Куба", "в Кушадаси
// (Турции)": a town the gazetteer lacks, placed by the region or country right after it
const regionMarker = opt(
  alt(tok(lemma(...REGION_TYPE).and(notGram('Abbr'))), seq(word('шт'), punct('.'))).as('marker'),
);
const within = seq(regionMarker, alt(span(REGIONS), span(COUNTRIES)).as('within'));
export const cityPlaced = rule<GeoProposal[]>({
  id: 'geo/city-placed',
  examples: [
    'в Гарленде, штат Техас',
    'в Монровилле (штат Алабама)',
    'в Биране, Куба',
    'из Кушадаси (Турция)',
    'в Сан Луисе (Аргентина)',
    'в Аль Аин (Al Ain) (Объединённые Арабские Эмираты)',
  ],
  priority: PRIORITY.city,
  pattern: seq(
    tok(word(...AT_PLACE)).as('prep'),
    // a foreign two-word name need not agree ("в Сан Луисе"); the original spelling may follow
    alt(unknownName, seq(tok(pairWord()), tok(pairWord()))).as('name'),
    opt(seq(punct('('), repeat(tok(surface(/^\p{Script=Latin}[\p{Script=Latin}'-]*$/u)), 1, 4), punct(')'))),
    alt(seq(punct(','), within), seq(punct('('), within, punct(')'))),
  ),
  interpret: (m) => {
    const name = m.part('name');
    const w = m.part('within');
    const prep = m.part('prep');
    if (!name || !w || !prep) return null;
    for (const gaz of [CITIES, REGIONS, COUNTRIES, LOCATIONS, DISTRICTS])
      if (gaz.matchAt(m.ctx, name.from).length) return null;
    // a common noun the dictionary knows is not a town ("в Совете (Россия)"), short particles of
    // foreign names aside ("в Сан Луисе"); for an unknown word az guesses names and common nouns
    // alike, which says nothing
    for (let i = name.from; i < name.to; i++)
      if ((m.ctx.tokens[i]?.text.length ?? 0) > 3 && knownAsCommon(m.ctx, i)) return null;
    if (personAround(m.ctx, name.from, name.to)) return null;
    const nominative = placedName(m, name, prep.text.toLowerCase());
    const names = nominative === null ? [] : [adHocName('city', nominative)];
    const city = judgePart(m, 'name', names, { marked: true });
    const places = ofTypes(readingsOf(w), 'region', 'country');
    const around = judge(m.ctx, w.from, w.to, places, { marked: m.has('marker') });
    if (!city) return null;
    const region = around?.name.place.type === 'region' ? around.name.place : null;
    const placed = extend(city, {
      name: extend(city.name, {
        place: extend(city.name.place, {
          region: region?.normalized ?? null,
          country: around?.name.place.country ?? null,
        }),
      }),
    });
    const marker = m.part('marker');
    const markerStart = marker ? m.ctx.tokens[marker.from]?.start : undefined;
    return around ? [placed, markerStart === undefined ? around : extend(around, { markerStart })] : [placed];
  },
});

export const MARKER_RULES: readonly Rule<GeoProposal[]>[] = [
  cityMarked,
  regionTyped,
  governorate,
  federalCity,
  locationTyped,
  cityPlaced,
];

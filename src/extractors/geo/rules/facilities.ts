/**
 * Named structures built from patterns: buildings, venues, airports, stations, bridges,
 * cemeteries, parks, monuments ("Исаакиевский собор", "аэропорту Шереметьево", "стадион
 * «Лужники»", "памятник Ленину"). They come out as `facility` entities under NEREL's convention
 * and as places (`location`) under factRuEval's, which counts them as places (see `../index.ts`).
 */
import {
  capitalized,
  gnc,
  lower,
  gram,
  kind,
  lemma,
  not,
  notGram,
  punct,
  repeat,
  opt,
  rule,
  seq,
  surface,
  tok,
  word,
  type MatchView,
  type Rule,
} from '../../../engine/index.js';
import { personAround, sentenceInitial } from '../../../context/index.js';
import { ADJECTIVES, CITIES, COUNTRIES, REGIONS } from '../gazetteers.js';
import { one, structure, type GeoProposal } from '../proposal.js';
import { NUMBERED_RULES } from './facility-numbers.js';
import { buildingLatin, NAMED_SHAPE_RULES } from './facility-names.js';
import { PRIORITY } from './names.js';
import { extend } from '../../../engine/objects.js';

/** Head nouns of named structures, and the kind each gives. */
const HEADS: Readonly<Record<string, string>> = {
  аэропорт: 'airport',
  вокзал: 'station',
  космодром: 'airport',
  стадион: 'venue',
  арена: 'venue',
  собор: 'church',
  храм: 'church',
  церковь: 'church',
  мечеть: 'church',
  синагога: 'church',
  монастырь: 'church',
  лавра: 'church',
  подворье: 'church',
  обитель: 'church',
  кладбище: 'cemetery',
  мемориал: 'monument',
  памятник: 'monument',
  монумент: 'monument',
  мавзолей: 'monument',
  дворец: 'building',
  замок: 'building',
  башня: 'building',
  кремль: 'building',
  усадьба: 'building',
  парк: 'park',
  сад: 'park',
  сквер: 'park',
  мост: 'bridge',
  тоннель: 'bridge',
  гэс: 'plant',
  аэс: 'plant',
  тэц: 'plant',
  больница: 'building',
  госпиталь: 'building',
  тюрьма: 'building',
  изолятор: 'building',
  метро: 'station',
};
/** Heads that take a name but not an adjective: "здания ФСБ", "штаб-квартире НАТО", "резиденции Папы". */
const NAMED_HEADS: Readonly<Record<string, string>> = {
  здание: 'building',
  'штаб-квартира': 'building',
  резиденция: 'building',
  особняк: 'building',
  офис: 'building',
};
const HEAD_LEMMAS = Object.keys(HEADS);
/** Heads that take a quoted name only ("станции метро «Войковская»", "отеля «Премьер-палас»", "трассы «Байкал»"). */
const QUOTED_HEADS: Readonly<Record<string, string>> = extend(HEADS, NAMED_HEADS, {
  станция: 'station',
  отель: 'building',
  гостиница: 'building',
  санаторий: 'building',
  здание: 'building',
  особняк: 'building',
  авиабаза: 'airport',
  трасса: 'road',
  автодорога: 'road',
  газопровод: 'pipeline',
  нефтепровод: 'pipeline',
  сизо: 'building',
  аэродром: 'airport',
  фонтан: 'monument',
  крепость: 'building',
  галерея: 'building',
  ресторан: 'building',
  кафе: 'building',
  супермаркет: 'building',
  аллея: 'park',
  кинотеатр: 'venue',
  кинозал: 'venue',
  телецентр: 'building',
  клиника: 'building',
  переход: 'station',
  застава: 'building',
  хранилище: 'building',
  паб: 'building',
});

const kindOf = (m: MatchView): string => QUOTED_HEADS[m.part('head')?.lemma ?? ''] ?? 'building';

/** "аэропорту Тель-Авива", "парке Квинсленда": a known place after the head names where the building is. */
function knownPlaceAt(m: MatchView, from: number): boolean {
  return [CITIES, COUNTRIES, REGIONS].some((gaz) =>
    gaz.matchAt(m.ctx, from).some((h) => h.value.some((v) => !v.ambiguous && !v.weak)),
  );
}

/** Adjectives made from names ("Исаакиевский", "Казанский") are names even at a sentence start. */
const NAME_ADJECTIVE = /(?:ск|цк)(?:ий|ой)$/u;
function nameAdjective(m: MatchView): boolean {
  const adj = m.part('adj');
  if (!adj || adj.parses.some((p) => p.grammemes.has('Apro'))) return false;
  const l = adj.parses.find((p) => p.pos === 'ADJF')?.lemma ?? adj.lemma;
  return NAME_ADJECTIVE.test(l) || !sentenceInitial(m.ctx, m.from);
}

const facility = (m: MatchView, normalized: string) => one(structure(m.ctx, m.from, m.to, normalized, kindOf(m)));

const agreement = gnc();
export const buildingAdjective = rule<GeoProposal[]>({
  id: 'geo/building-adjective',
  examples: [
    'Исаакиевский собор',
    'Казанском соборе',
    'Александровском саду',
    'Саяно-Шушенской ГЭС',
    'Гатчинской центральной районной больнице',
  ],
  priority: PRIORITY.location,
  pattern: seq(
    tok(capitalized().and(gram('ADJF')))
      .agree(agreement)
      .as('adj'),
    // "Гатчинской центральной районной больнице": the name runs on in lower case
    repeat(tok(lower().and(gram('ADJF'))).agree(agreement), 0, 2),
    // "Православная церковь" is the Church, a body: churches take a name, not an adjective
    tok(lemma(...HEAD_LEMMAS.filter((h) => h !== 'церковь')).and(gram('sing'), lower().or(word('гэс', 'аэс', 'тэц'))))
      .agree(agreement)
      .as('head'),
  ),
  interpret: (m) => (nameAdjective(m) ? facility(m, m.nominative()) : null),
});

/** Lower-case particles inside foreign names: "имени Шарля де Голля". */
const NAME_PARTICLES = ['де', 'да', 'ди', 'дель', 'ван', 'фон', 'дер', 'ле', 'ла', 'эль', 'аль'];
const NAME_WORD = capitalized().and(kind('word'), notGram('PREP', 'CONJ', 'PRCL', 'Apro'));
export const buildingNamed = rule<GeoProposal[]>({
  id: 'geo/building-named',
  examples: [
    'аэропорту Шереметьево',
    'собора Парижской Богоматери',
    'памятник Ленину',
    'кладбище Пер-Лашез',
    'стадиона имени Эдуарда Стрельцова',
    'памятник вождю пролетариата Владимиру Ленину',
    'здания ФСБ',
    'памятник С. М. Кирову',
  ],
  priority: PRIORITY.location,
  pattern: seq(
    tok(lemma(...HEAD_LEMMAS, ...Object.keys(NAMED_HEADS)).and(gram('sing'), notGram('Abbr'))).as('head'),
    // "стадиона имени Эдуарда Стрельцова", "соборе святого Петра", "памятник вождю пролетариата Владимиру Ленину"
    opt(tok(lemma('имя', 'святой', 'преподобный', 'апостол').and(lower())).as('of')),
    repeat(tok(lower().and(gram('datv').or(gram('gent')), notGram('PREP', 'CONJ', 'PRCL'))), 0, 3).as('dedication'),
    seq(
      // "памятник С. М. Кирову": the initials belong to the name
      repeat(seq(tok(surface(/^\p{Lu}$/u)), punct('.')), 0, 2),
      tok(NAME_WORD),
      repeat(seq(opt(tok(word(...NAME_PARTICLES))), tok(NAME_WORD)), 0, 2),
    ).as('name'),
  ),
  interpret: (m) => {
    const head = m.part('head');
    const name = m.part('name');
    if (!head || !name || m.ctx.tokens[name.from]?.newlineBefore) return null;
    const monument = HEADS[head.lemma] === 'monument';
    // "памятник Пушкину" honours the poet, not the town; "аэропорту Казани" is the city's airport, a facility itself
    if (!monument && HEADS[head.lemma] !== 'airport' && knownPlaceAt(m, name.from)) return null;
    // a head in capitals inside a sentence starts a name ("в Башню Елизаветы"); at the start of one
    // it is a plain head, as in captions ("Памятник Тарасу Шевченко", "Здание ФСБ России")
    const capitalHead = /^\p{Lu}/u.test(head.text);
    const initial = sentenceInitial(m.ctx, m.from);
    const dedication = m.part('dedication');
    if (dedication && dedication.to > dedication.from && !monument) return null;
    // a monument is named after a person ("памятник Ленину"), so is a place "имени" someone; anything else after a person is theirs
    // (a head in capitals inside a sentence is part of the name: "в Башню Елизаветы")
    if (!monument && !m.has('of') && !(capitalHead && !initial) && personAround(m.ctx, name.from, name.to)) return null;
    return facility(m, `${m.nominative(head.from, head.to).toLowerCase()} ${name.text}`);
  },
});

const OPEN = ['«', '"', '„', '“'];
const CLOSE = ['»', '"', '“', '”'];
const QUOTED = seq(tok(capitalized()), repeat(tok(not(punct(...OPEN, ...CLOSE))), 0, 4));
export const buildingQuoted = rule<GeoProposal[]>({
  id: 'geo/building-quoted',
  examples: [
    'стадион «Лужники»',
    'аэропорту «Домодедово»',
    'парке «Зарядье»',
    'станции метро «Войковская»',
    'трассы «Байкал»',
    'кинотеатрах «Звезда», «Космос» и «Юность»',
  ],
  priority: PRIORITY.location,
  pattern: seq(
    // "СИЗО" is an abbreviation the dictionary may not know in the singular
    tok(lemma(...Object.keys(QUOTED_HEADS)).or(word('сизо'))).as('head'),
    opt(tok(word('метро'))),
    punct(...OPEN),
    QUOTED.as('name'),
    punct(...CLOSE),
    // "в кинотеатрах «Звезда», «Космос» и «Юность»": a plural head takes a list of names
    repeat(seq(tok(word(',', 'и')), punct(...OPEN), QUOTED.as('name'), punct(...CLOSE)), 0, 12),
  ),
  interpret: (m) => {
    const head = m.part('head');
    const names = m.parts('name');
    const first = names[0];
    if (!head || !first) return null;
    const plural = !m.parsesAt(head.from).some((p) => p.grammemes.has('sing')) && head.text.toLowerCase() !== 'сизо';
    // one name after a plural head is a chain or a brand ("в отелях «Хилтон»")
    if (plural && names.length < 2) return null;
    const headNominative = m.nominative(head.from, head.to).toLowerCase();
    const out: GeoProposal[] = [];
    // a singular head names one structure: "в гостинице «Космос», «Известия» сообщили"
    for (const [k, name] of (plural ? names : [first]).entries()) {
      const p =
        k === 0 && !plural
          ? structure(m.ctx, m.from, name.to + 1, `${headNominative} «${name.text}»`, kindOf(m))
          : structure(m.ctx, name.from, name.to, name.text, kindOf(m));
      if (p) out.push(p);
    }
    return out.length ? out : null;
  },
});

/** Heads a city adjective makes a facility of: "московской больнице", "нью-йоркском метро". */
const CITY_HEADS = ['больница', 'госпиталь', 'метро', 'метрополитен', 'ресторан', 'квартира', 'тюрьма'];
/** A lower-case adjective the city gazetteer knows ("московской", "лос-анджелесской"). */
function cityAdjective(m: MatchView): boolean {
  const adj = m.part('adj');
  return (
    !!adj &&
    ADJECTIVES.matchAt(m.ctx, adj.from).some((h) =>
      h.value.some((v) => v.place.type === 'city' && !v.ambiguous && !v.weak),
    )
  );
}
export const buildingOfCity = rule<GeoProposal[]>({
  id: 'geo/building-city-adjective',
  examples: ['московской больнице', 'нью-йоркском метро', 'лос-анджелесской больницы'],
  priority: PRIORITY.location,
  pattern: seq(
    tok(lower().and(gram('ADJF')))
      .agree(agreement)
      .as('adj'),
    tok(lemma(...CITY_HEADS).and(lower(), gram('sing')))
      .agree(agreement)
      .as('head'),
  ),
  interpret: (m) => (cityAdjective(m) ? facility(m, m.nominative()) : null),
});

/** Street abbreviations: "ул. Аккуратова", "просп. Мира", "пл. Ленина". */
const STREET_ABBR: Readonly<Record<string, string>> = {
  ул: 'улица',
  пр: 'проспект',
  просп: 'проспект',
  пл: 'площадь',
  пер: 'переулок',
  наб: 'набережная',
};
export const streetAbbreviated = rule<GeoProposal[]>({
  id: 'geo/building-street-abbr',
  examples: ['ул. Аккуратова', 'пл. Ленина', 'ул. Бассейной'],
  priority: PRIORITY.location,
  pattern: seq(
    tok(word(...Object.keys(STREET_ABBR))).as('head'),
    opt(punct('.')),
    repeat(tok(NAME_WORD), 1, 2).as('name'),
  ),
  interpret: (m) => {
    const head = m.part('head');
    const name = m.part('name');
    // "ул. Бассейной", not the initials of "Ш.Зайберта"
    if (!head || !name || !m.ctx.tokens[name.from]?.spaceBefore) return null;
    const street = STREET_ABBR[head.text.toLowerCase()] ?? 'улица';
    return one(structure(m.ctx, m.from, m.to, `${street} ${name.text}`, 'street'));
  },
});

export const FACILITY_RULES: readonly Rule<GeoProposal[]>[] = [
  buildingAdjective,
  buildingNamed,
  buildingQuoted,
  buildingOfCity,
  streetAbbreviated,
  ...NUMBERED_RULES,
  ...NAMED_SHAPE_RULES,
  // offices and residences belong to bodies: "офис Google" is the company
  buildingLatin(Object.keys(QUOTED_HEADS).filter((h) => !['офис', 'штаб-квартира', 'резиденция'].includes(h))),
];

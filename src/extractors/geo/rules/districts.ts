/**
 * Districts built from patterns: "Кольчугинский район", "Петушинского муниципального округа",
 * "Сибирского военного округа", "городского округа Ковров", "районе Челси"; and streets and
 * squares as locations: "Тверской площади", "Ломоносовском проспекте", "улице Кирова".
 */
import {
  alt,
  capitalized,
  gnc,
  gram,
  kind,
  lemma,
  notGram,
  ownCopy,
  repeat,
  rule,
  seq,
  span,
  tok,
  type MatchView,
  type Rule,
} from '../../../engine/index.js';
import { knownAsCommon, personAround, sentenceInitial } from '../../../context/index.js';
import { ADJECTIVES, CITIES, COUNTRIES, REGIONS } from '../gazetteers.js';
import { adHocName, type PlaceName, type PlaceType } from '../places.js';
import { judge, nameFollows, one, readingsOf, withMarker, type GeoProposal } from '../proposal.js';
import { PRIORITY } from './names.js';
import { extend } from '../../../engine/objects.js';

const DISTRICT_HEAD = ['район', 'округ', 'улус', 'поселение', 'микрорайон'];
const DISTRICT_MODIFIER = [
  'муниципальный',
  'административный',
  'городской',
  'сельский',
  'внутригородской',
  'военный',
  'федеральный',
  'избирательный',
  'одномандатный',
];
const STREET = [
  'улица',
  'проспект',
  'площадь',
  'бульвар',
  'переулок',
  'шоссе',
  'набережная',
  'проезд',
  'тупик',
  'аллея',
];

/** Adjectives made from place names ("Кольчугинский", "Хамовнический") are names; "Центральный" is only off a sentence start. */
const PLACE_ADJECTIVE = /(?:ск|цк)(?:ий|ой)$/;

const placeName = (type: PlaceType, normalized: string, kindOf: string | null): PlaceName =>
  adHocName(type, normalized, kindOf, type === 'district' ? 'RU' : null);

/** The capitalised adjective that starts a district or street name is a name, not "Каждый" or a sentence-initial "Новый". */
function nameAdjective(m: MatchView): boolean {
  const adj = m.part('adj');
  if (!adj) return false;
  const l = adj.parses.find((p) => p.pos === 'ADJF')?.lemma ?? adj.lemma;
  if (DISTRICT_MODIFIER.includes(l) || adj.parses.some((p) => p.grammemes.has('Apro'))) return false;
  return PLACE_ADJECTIVE.test(l) || !sentenceInitial(m.ctx, m.from);
}

/** Names in the nominative by their text, per morphology; past this the map is emptied. */
const NOMINATIVES = new WeakMap<object, Map<string, string>>();
const NOMINATIVES_MAX = 5_000;

/**
 * The match in the nominative, remembered by its text: a report names its district again and
 * again ("Кольчугинского района"), and the pattern's tests (a capitalised adjective, lemmas, their
 * agreement) read the words alone, so the same text has the same readings and the same nominative.
 * Key and value are own copies, not slices of the document.
 */
function nominativeByText(m: MatchView): string {
  let byText = NOMINATIVES.get(m.ctx.morph);
  if (byText === undefined) NOMINATIVES.set(m.ctx.morph, (byText = new Map<string, string>()));
  let s = byText.get(m.text);
  if (s === undefined) {
    s = ownCopy(m.nominative());
    if (byText.size >= NOMINATIVES_MAX) byText.clear();
    byText.set(ownCopy(m.text), s);
  }
  return s;
}

const districtAgreement = gnc();
export const adjectival = rule<GeoProposal[]>({
  id: 'geo/district-adjective',
  examples: [
    'Кольчугинский район',
    'Петушинского муниципального округа',
    'Сибирского военного округа',
    'Хамовническом районе',
  ],
  priority: PRIORITY.district,
  pattern: seq(
    tok(capitalized().and(gram('ADJF')))
      .agree(districtAgreement)
      .as('adj'),
    repeat(tok(lemma(...DISTRICT_MODIFIER)).agree(districtAgreement), 0, 2),
    tok(lemma(...DISTRICT_HEAD).and(notGram('Abbr')))
      .agree(districtAgreement)
      .as('head'),
  ),
  interpret: (m) => {
    if (!nameAdjective(m)) return null;
    const kindOf = m.tokens.some((t) => /^федеральн/i.test(t.text))
      ? 'federal'
      : m.tokens.some((t) => /^военн/i.test(t.text))
        ? 'military'
        : 'municipal';
    return one(judge(m.ctx, m.from, m.to, [placeName('district', nominativeByText(m), kindOf)], { marked: true }));
  },
});

const okrugAgreement = gnc();
export const urbanOkrug = rule<GeoProposal[]>({
  id: 'geo/district-okrug',
  examples: ['городского округа Ковров', 'городской округ Муром', 'муниципального округа Щукино'],
  priority: PRIORITY.district,
  pattern: seq(
    tok(lemma('городской', 'муниципальный')).agree(okrugAgreement).as('kind'),
    tok(lemma('округ', 'район').and(gram('sing')))
      .agree(okrugAgreement)
      .as('head'),
    alt(span(CITIES), tok(capitalized().and(kind('word'), notGram('PREP', 'CONJ')))).as('name'),
  ),
  interpret: (m) => {
    const part = m.part('name');
    if (!part) return null;
    const city = readingsOf(part).find((n) => n.place.type === 'city');
    // "муниципальных районов\nГлавное управление", "муниципального района В": a heading, a letter
    if (!city && (!nameFollows(m, 'name') || part.text.length < 2 || knownAsCommon(m.ctx, part.from))) return null;
    const normalized = `${m.nominative(m.from, part.from).toLowerCase()} ${city?.place.normalized ?? part.text}`;
    const p = placeName('district', normalized, 'municipal');
    return one(
      judge(
        m.ctx,
        m.from,
        m.to,
        [
          city
            ? extend(p, { place: extend(p.place, { region: city.place.region, regionKey: city.place.regionKey }) })
            : p,
        ],
        { marked: true },
      ),
    );
  },
});

export const named = rule<GeoProposal[]>({
  id: 'geo/district-named',
  examples: ['районе Челси', 'района Отрадное', 'округа Марикопа'],
  pattern: seq(
    tok(lemma('район', 'микрорайон', 'боро', 'квартал', 'округ', 'муниципалитет', 'коммуна').and(notGram('Abbr'))).as(
      'marker',
    ),
    tok(capitalized().and(kind('word'), notGram('PREP', 'CONJ', 'PRCL'))).as('name'),
  ),
  interpret: (m) => {
    const p = m.part('name');
    if (!p || !nameFollows(m, 'name')) return null;
    // "района Москвы" is a city in the genitive; the name of a district stands in apposition,
    // in the nominative ("района Отрадное", though Отрадное is also a town)
    const ps = m.ctx.parses(p.from);
    if (!ps.some((x) => x.case === 'nomn' || x.case === null || x.pos === 'UNKN')) return null;
    // "округа Александр Галкин" names a person
    if (ps.some((x) => x.grammemes.has('Name')) || personAround(m.ctx, p.from, p.to)) return null;
    if (COUNTRIES.matchAt(m.ctx, p.from).length || REGIONS.matchAt(m.ctx, p.from).length) return null;
    // "в районе Дебальцево": the area of a known town is the town
    const city = CITIES.matchAt(m.ctx, p.from)
      .find((h) => h.end === p.to)
      ?.value.find((v) => v.place.type === 'city');
    if (city)
      return ps.some((x) => x.case === 'nomn' || x.grammemes.has('Fixd'))
        ? one(withMarker(m, judge(m.ctx, p.from, p.to, [city], { marked: true })))
        : null;
    if (CITIES.matchAt(m.ctx, p.from).length) return null;
    return one(
      withMarker(m, judge(m.ctx, p.from, p.to, [placeName('district', p.text, 'municipal')], { marked: true })),
    );
  },
});

// "Хамовнический суд", "Мещанского районного суда": a court named after its district
const courtAgreement = gnc();
export const court = rule<GeoProposal[]>({
  id: 'geo/district-court',
  examples: ['Хамовнический суд', 'Мещанского районного суда', 'Останкинском районном суде'],
  priority: PRIORITY.district,
  pattern: seq(
    tok(capitalized().and(gram('ADJF')))
      .agree(courtAgreement)
      .as('adj'),
    repeat(tok(lemma('районный', 'межрайонный')).agree(courtAgreement).as('district'), 0, 1),
    tok(lemma('суд')).agree(courtAgreement),
  ),
  interpret: (m) => {
    const adj = m.part('adj');
    const l = adj?.parses.find((p) => p.pos === 'ADJF')?.lemma ?? '';
    if (!adj || !PLACE_ADJECTIVE.test(l)) return null;
    // "Московский городской суд" names the city's court; a known place adjective needs "районный"
    if (!m.has('district') && ADJECTIVES.matchAt(m.ctx, adj.from).length) return null;
    const normalized = `${
      m.ctx.morph.inflect(
        adj.text,
        adj.parses.find((p) => p.pos === 'ADJF')!,
        ['masc', 'sing', 'nomn'],
      ) ?? adj.text
    } район`;
    return one(judge(m.ctx, adj.from, adj.to, [placeName('district', normalized, 'municipal')], { marked: true }));
  },
});

const streetAgreement = gnc();
export const streetAdjective = rule<GeoProposal[]>({
  id: 'geo/street-adjective',
  examples: ['Тверской площади', 'Ломоносовском проспекте', 'Кронштадтском бульваре'],
  priority: PRIORITY.location,
  pattern: seq(
    tok(capitalized().and(gram('ADJF')))
      .agree(streetAgreement)
      .as('adj'),
    tok(lemma(...STREET).and(notGram('Abbr'))).agree(streetAgreement),
  ),
  interpret: (m) =>
    nameAdjective(m)
      ? one(judge(m.ctx, m.from, m.to, [placeName('location', m.nominative(), 'street')], { marked: true }))
      : null,
});

export const streetNamed = rule<GeoProposal[]>({
  id: 'geo/street-named',
  examples: ['улице Кирова', 'площади Тяньаньмынь', 'проспекте Мира'],
  priority: PRIORITY.location,
  pattern: seq(
    tok(lemma(...STREET).and(notGram('Abbr'), gram('sing'))).as('head'),
    tok(capitalized().and(kind('word'), notGram('PREP', 'CONJ', 'PRCL'))).as('name'),
  ),
  interpret: (m) => {
    const head = m.part('head');
    const name = m.part('name');
    if (!head || !name) return null;
    // "улицы Лондона", "на главной улице Ливерпуля": the streets of a place the gazetteer knows
    // for sure; a name that is also a person's keeps its street ("улице Кирова")
    for (const gaz of [CITIES, COUNTRIES, REGIONS]) {
      if (gaz.matchAt(m.ctx, name.from).some((h) => h.value.some((v) => !v.ambiguous && !v.weak))) return null;
    }
    const normalized = `${m.nominative(head.from, head.to).toLowerCase()} ${name.text}`;
    return one(judge(m.ctx, m.from, m.to, [placeName('location', normalized, 'street')], { marked: true }));
  },
});

export const DISTRICT_RULES: readonly Rule<GeoProposal[]>[] = [
  adjectival,
  urbanOkrug,
  named,
  court,
  streetAdjective,
  streetNamed,
];

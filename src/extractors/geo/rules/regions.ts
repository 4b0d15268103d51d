/**
 * Russia's subjects named by their adjective: alone ("саратовского губернатора", "чувашские
 * аграрии", as NEREL marks them: `form: 'adjective'`), before an inverted or lower-case type word
 * ("в Алтайской республике", "Башкирской республики": the region's name).
 */
import {
  gnc,
  gram,
  inGazetteer,
  lemma,
  lower,
  notGram,
  opt,
  punct,
  rule,
  seq,
  span,
  tok,
  word,
  type MatchView,
  type Rule,
} from '../../../engine/index.js';
import { gazetteerWhere } from '../../../engine/gazetteer.js';
import { modifiedNoun, personAround } from '../../../context/index.js';
import { REGION_ADJECTIVES, REGIONS } from '../gazetteers.js';
import type { PlaceName } from '../places.js';
import { judge, ofTypes, one, readingsOf, type GeoProposal } from '../proposal.js';
import { PRIORITY } from './names.js';
import { extend } from '../../../engine/objects.js';

/**
 * Heads that make a shared adjective the region's, not its capital's: "тамбовский губернатор",
 * "саратовские аграрии", "брянские власти" (lemmas, е for ё).
 */
const REGIONAL_HEADS = new Set([
  'губернатор',
  'вице-губернатор',
  'врио',
  'губернаторство',
  'правительство',
  'власть',
  'администрация',
  'министр',
  'министерство',
  'минздрав',
  'минсельхоз',
  'минобрнауки',
  'минобразования',
  'минприроды',
  'минэкономразвития',
  'облизбирком',
  'избирком',
  'облдума',
  'заксобрание',
  'парламент',
  'парламентарий',
  'депутат',
  'сенатор',
  'чиновник',
  'силовик',
  'прокуратура',
  'аграрий',
  'фермер',
  'сельхозпроизводитель',
  'хозяйство',
  'школьник',
  'выпускник',
  'абитуриент',
  'педагог',
  'медик',
  'пациент',
  'избиратель',
  'регион',
  'субъект',
  'глава',
  'боевик',
]);
/** Adjectives after the region's adjective that say it is the region's: "Брянской областной думой". */
const REGIONAL_LEVEL = new Set(['областной', 'краевой', 'республиканский', 'окружной']);
/**
 * Words an ethnonym adjective makes a nationality or a language, not the region: "чувашского
 * поэта", "мордовское происхождение", "на чувашском языке", "башкирская кухня".
 */
const CULTURE = new Set([
  'язык',
  'поэт',
  'поэтесса',
  'писатель',
  'композитор',
  'художник',
  'певец',
  'певица',
  'актер',
  'актриса',
  'поэзия',
  'литература',
  'культура',
  'народ',
  'национальность',
  'происхождение',
  'кухня',
  'песня',
  'танец',
  'эпос',
  'фольклор',
  'обряд',
  'традиция',
  'костюм',
  'орнамент',
  'алфавит',
  'письменность',
  'слово',
  'имя',
  'фамилия',
  'диаспора',
  'община',
  'националист',
  'браслет',
  'мед',
  'лошадь',
  'порода',
]);
/** Type words that follow a region's adjective in its name or in a place of its own ("Тамбовский район"). */
const PLACE_NOUNS = new Set([
  'область',
  'край',
  'республика',
  'округ',
  'район',
  'улус',
  'губерния',
  'автономия',
  'улица',
  'проспект',
  'шоссе',
  'площадь',
  'бульвар',
  'переулок',
  'набережная',
  'вокзал',
  'тракт',
  'фронт',
]);

/** The region reading, or its capital's where the head noun does not call for the region. */
function choose(m: MatchView, names: readonly PlaceName[]): PlaceName | null {
  const regions = ofTypes(names, 'region');
  const region = regions[0];
  // "алтайский" is the krai's and the republic's: neither is sure
  if (!region || new Set(regions.map((r) => r.place.key)).size > 1) return null;
  const head = modifiedNoun(m.ctx, m.from);
  // without a noun it modifies the adjective is a name of its own ("усадьбы Архангельское") or
  // stands for a language in a list ("на чувашском, русском")
  if (!head) return null;
  const lemmas = head ? head.readings.map((p) => p.lemma) : [];
  if (lemmas.some((l) => PLACE_NOUNS.has(l) || CULTURE.has(l))) return null;
  const city = ofTypes(names, 'city')[0];
  const next = m.from + 1 < m.ctx.tokens.length ? m.ctx.lemmas(m.from + 1) : [];
  const regional = lemmas.some((l) => REGIONAL_HEADS.has(l)) || next.some((l) => REGIONAL_LEVEL.has(l));
  // "дагестанского спортсмена", "чеченских беженцев": before a person who does not act for the
  // region, the adjective is the person's origin (NEREL: a nationality), not a region mention
  const person = !!head && head.readings.some((p) => p.grammemes.has('anim'));
  if (!city) return regional || !person ? region : null;
  return regional ? region : city;
}

export const regionAdjective = rule<GeoProposal[]>({
  id: 'geo/adjective-region',
  examples: [
    'саратовского губернатора',
    'чувашские аграрии',
    'свердловским школьникам',
    'Владимирский вице-губернатор',
    'подмосковном госпитале',
    'тамбовских дорогах',
  ],
  priority: PRIORITY.adjective,
  // the head noun is part of the pattern (the mention is the adjective alone): a capitalised word
  // after the adjective is a name of its own ("подмосковном Наро-Фоминске") and keeps its rules
  pattern: seq(
    span(REGION_ADJECTIVES).as('name'),
    opt(tok(lower().and(gram('ADJF')))),
    tok(lower().and(gram('NOUN'))).as('head'),
  ),
  interpret: (m) => {
    if (!m.ctx.parses(m.from).some((p) => p.pos === 'ADJF')) return null;
    // the head first: it rules out most matches ("Кировской области"), and costs less than the person test
    const name = choose(m, readingsOf(m.part('name')));
    // "Тамбовский" the surname: "Павел Тамбовский", "Тамбовский П. А."
    if (!name || personAround(m.ctx, m.from, m.from + 1)) return null;
    const part = m.part('name');
    return part ? one(judge(m.ctx, part.from, part.to, [name])) : null;
  },
});

/** The republic whose adjective is at `from` ("Алтайской" + республика: Республика Алтай), or the subject before "автономия". */
function republicOf(m: MatchView): PlaceName | null {
  const names = REGION_ADJECTIVES.matchAt(m.ctx, m.from)
    .filter((h) => h.end === m.from + 1)
    .flatMap((h) => h.value);
  // "Крымской автономии": any subject may be called an autonomy, only a republic a republic
  const autonomy = m.ctx.lemmas(m.from + 1).includes('автономия');
  const republics = ofTypes(names, 'region').filter((n) => autonomy || n.place.kind === 'republic');
  const keys = new Set(republics.map((n) => n.place.key));
  return republics[0] && keys.size === 1 ? extend(republics[0], { form: 'name' }) : null;
}

// "в Алтайской республике", "Башкирской республики": the republic's adjective before the type
// word, the order its official name may not have (Республика Алтай, Республика Башкортостан)
const typeAgreement = gnc();
export const regionInverted = rule<GeoProposal[]>({
  id: 'geo/region-inverted',
  examples: ['Алтайской республике', 'Башкирская республика', 'Татарской Республики', 'крымской автономии'],
  priority: PRIORITY.region,
  pattern: seq(
    tok(inGazetteer(REGION_ADJECTIVES)).agree(typeAgreement).as('adj'),
    tok(lemma('республика', 'автономия').and(notGram('Abbr'))).agree(typeAgreement),
  ),
  interpret: (m) => {
    const name = republicOf(m);
    return name ? one(judge(m.ctx, m.from, m.to, [name], { marked: true })) : null;
  },
});

/** The regions' gazetteer hits that hold a former name of a region (one in a hundred on RuREBus). */
const FORMER_REGIONS = gazetteerWhere(
  REGIONS,
  'former-regions',
  (n: PlaceName) => n.historical === true && n.place.type === 'region',
);

// "Мордовской АССР", "Горьковской области": a former name, normalised to the subject of today
export const regionFormer = rule<GeoProposal[]>({
  id: 'geo/region-former',
  examples: ['Мордовской АССР', 'Татарская АССР', 'Горьковской области', 'Коми АССР', 'Читинской области'],
  priority: PRIORITY.region,
  // the hits with a former name only (the interpretation takes no other)
  pattern: span(FORMER_REGIONS).as('name'),
  interpret: (m) => {
    const names = ofTypes(readingsOf(m.part('name')), 'region').filter((n) => n.historical);
    return names.length ? one(judge(m.ctx, m.from, m.to, names)) : null;
  },
});

/** The subject whose adjective is at `from`, of the type the abbreviation after it says ("Владимирской обл."). */
const ABBREVIATED: Record<string, string> = { обл: 'oblast', кр: 'krai', респ: 'republic' };
export const regionAbbreviated = rule<GeoProposal[]>({
  id: 'geo/region-abbreviated',
  examples: ['Владимирской обл.', 'Алтайском кр.', 'Чувашской респ.'],
  priority: PRIORITY.region,
  pattern: seq(
    tok(inGazetteer(REGION_ADJECTIVES)).as('adj'),
    tok(word(...Object.keys(ABBREVIATED))).as('type'),
    punct('.'),
  ),
  interpret: (m) => {
    const type = ABBREVIATED[m.part('type')?.text.toLowerCase() ?? ''];
    const names = REGION_ADJECTIVES.matchAt(m.ctx, m.from)
      .filter((h) => h.end === m.from + 1)
      .flatMap((h) => h.value);
    const region = ofTypes(names, 'region').find((n) => n.place.kind === type);
    return region ? one(judge(m.ctx, m.from, m.to, [extend(region, { form: 'name' })], { marked: true })) : null;
  },
});

export const REGION_RULES: readonly Rule<GeoProposal[]>[] = [
  regionAdjective,
  regionInverted,
  regionFormer,
  regionAbbreviated,
];

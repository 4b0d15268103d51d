/**
 * Adjectives that name a country, a city or a part of the world where they stand alone:
 * "российских компаний", "японского премьера", "московского суда", "европейских стран",
 * "российско-британской"; before a person who does not act for the state, a nationality
 * ("американский актёр"); with a word for a state, the country's name ("Палестинского
 * государства"). Region adjectives are not here: "владимирские предприятия" is not a
 * region mention (a region adjective counts only inside the region's name, "Владимирская область").
 */
import {
  gnc,
  inGazetteer,
  kind,
  lemma,
  notGram,
  rule,
  seq,
  span,
  tok,
  type MatchView,
  type Rule,
  wordTest,
} from '../../../engine/index.js';
import { isCapitalized, modifiedNoun } from '../../../context/index.js';
import { ADJECTIVES, sharedGeoLexicon } from '../gazetteers.js';
import type { PlaceName } from '../places.js';
import type { Morph } from '../../../morph/types.js';
import { judge, ofTypes, one, readingsOf, type GeoProposal } from '../proposal.js';
import { PRIORITY } from './names.js';
import { extend } from '../../../engine/objects.js';

/** "английский язык" names a language, not England. */
const LANGUAGE = lemma('язык');
/** Words for a state that an adjective turns into a country's name ("Чешской республики"). */
const STATE_NOUNS = [
  'государство',
  'республика',
  'королевство',
  'княжество',
  'федерация',
  'конфедерация',
  'султанат',
  'эмират',
];
const COMPOUND = /^(\p{Ll}+о)-(\p{L}+)$/u;
const compoundShaped = (text: string): boolean => text.includes('о-') && COMPOUND.test(text);

/**
 * People who act for their state: "российского премьера", "американские военные" name the
 * country as an actor; other people get a nationality ("американский актёр", "японских туристов").
 */
const STATE_PEOPLE = new Set([
  // state and government (lemmas are spelled with е for ё)
  'лидер',
  'премьер',
  'премьер-министр',
  'президент',
  'вице-президент',
  'министр',
  'замминистра',
  'посол',
  'дипломат',
  'консул',
  'глава',
  'канцлер',
  'король',
  'королева',
  'монарх',
  'принц',
  'принцесса',
  'император',
  'шах',
  'эмир',
  'султан',
  'диктатор',
  'чиновник',
  'депутат',
  'сенатор',
  'парламентарий',
  'губернатор',
  'мэр',
  'прокурор',
  'следователь',
  'судья',
  'гражданин',
  'подданный',
  'представитель',
  'делегат',
  'переговорщик',
  'политик',
  'коллега',
  'партнер',
  'союзник',
  'визави',
  // the armed forces and services
  'военный',
  'военнослужащий',
  'солдат',
  'офицер',
  'генерал',
  'адмирал',
  'военачальник',
  'силовик',
  'пограничник',
  'полицейский',
  'спецназовец',
  'миротворец',
  'разведчик',
  'разведчица',
  'шпион',
  'пилот',
  'летчик',
  'моряк',
  'десантник',
  'морпех',
  'астронавт',
  'космонавт',
]);

/** The adjective before a person who does not act for the state gives their nationality. */
function nationalityAt(m: MatchView): boolean {
  const head = modifiedNoun(m.ctx, m.from);
  // "армянском Гаваре": a capitalised noun is a name, not a person
  return (
    !!head &&
    !isCapitalized(m.ctx, head.index) &&
    head.readings.some((p) => p.grammemes.has('anim')) &&
    !head.readings.some((p) => STATE_PEOPLE.has(p.lemma))
  );
}

let adjectiveIndex: Map<string, PlaceName[]> | undefined;
/** The place adjectives by lemma, for the parts of a compound adjective (read once, on first need). */
function adjectivesByLemma(): Map<string, PlaceName[]> {
  if (adjectiveIndex) return adjectiveIndex;
  adjectiveIndex = new Map<string, PlaceName[]>();
  const adjectives = sharedGeoLexicon().adjectives;
  for (let n = 0; n < adjectives.length; n++) {
    const phrase = adjectives.phrase(n);
    const list = adjectiveIndex.get(phrase) ?? [];
    list.push(adjectives.value(n));
    adjectiveIndex.set(phrase, list);
  }
  return adjectiveIndex;
}

/** Of the places an adjective names, the kinds a bare adjective stands for. */
const prefer = (names: readonly PlaceName[]) => ofTypes(names, 'country', 'city', 'location');

export const adjective = rule<GeoProposal[]>({
  id: 'geo/adjective',
  examples: ['российских', 'японского', 'Американский', 'московского', 'европейских'],
  priority: PRIORITY.adjective,
  pattern: span(ADJECTIVES).as('name'),
  interpret: (m) => {
    if (m.to < m.ctx.tokens.length && LANGUAGE.test(m.ctx, m.to) !== false) return null;
    const names = prefer(readingsOf(m.part('name')));
    // "Папа Римский": the title names the city (NEREL marks it so); the capital letter and
    // the surname reading of "Римский" say nothing here
    if (m.from > 0 && m.ctx.lemmas(m.from - 1).includes('папа') && names[0]?.place.normalized === 'Рим')
      return one(judge(m.ctx, m.from, m.to, names, { marked: true }));
    // the word must be read as an adjective here ("Российская" yes, the surname "Римский" no)
    if (!m.ctx.parses(m.from).some((p) => p.pos === 'ADJF')) return null;
    const p = judge(m.ctx, m.from, m.to, names);
    const country = p?.name.place.type === 'country';
    return one(p && country && nationalityAt(m) ? extend(p, { nationality: true }) : p);
  },
});

/** The places named by the two halves of a compound adjective ("российско-британской"), or null. */
function compoundNames(
  morph: Morph,
  text: string,
): { head: string; tail: string; first: PlaceName[]; second: PlaceName[] } | null {
  const parts = COMPOUND.exec(text.toLowerCase());
  if (!parts?.[1] || !parts[2]) return null;
  const stem = parts[1].slice(0, -1);
  const byLemma = adjectivesByLemma();
  const first = prefer([...(byLemma.get(stem + 'ий') ?? []), ...(byLemma.get(stem + 'ский') ?? [])]);
  const lemmas = morph
    .parse(parts[2])
    .filter((p) => p.pos === 'ADJF')
    .map((p) => p.lemma);
  const second = prefer(lemmas.flatMap((l) => byLemma.get(l) ?? []));
  return { head: parts[1], tail: parts[2], first, second };
}

/**
 * A compound adjective a half of which names a place: a test of the word alone, so a rule set
 * asks it once per word ("научно-технический", "социально-экономических" are most of the
 * compounds, and name none). 'о-' first: the expression is compiled on its first use (~3 ms),
 * and few words have it.
 */
const namingCompound = wordTest('compound adjective', (ctx, i) => {
  const text = ctx.tokens[i]?.text ?? '';
  if (!compoundShaped(text)) return false;
  const names = compoundNames(ctx.morph, text);
  return !!names && (names.first.length > 0 || names.second.length > 0);
});

// "российско-британской": two mentions inside one word, as NEREL marks them
export const compound = rule<GeoProposal[]>({
  id: 'geo/adjective-compound',
  examples: ['российско-британской', 'американо-китайских'],
  priority: PRIORITY.adjective,
  pattern: tok(kind('word').and(namingCompound)),
  interpret: (m) => {
    const t = m.tokens[0];
    const names = t ? compoundNames(m.ctx.morph, t.text) : null;
    if (!t || !names) return null;
    const { head, tail, first, second } = names;
    const out: GeoProposal[] = [];
    const base = { from: m.from, to: m.to, needsDoc: false };
    if (first[0])
      out.push(extend(base, { start: t.start, end: t.start + head.length, name: first[0], readings: first }));
    if (second[0])
      out.push(extend(base, { start: t.end - tail.length, end: t.end, name: second[0], readings: second }));
    return out.length ? out : null;
  },
});
// "израильского государства", "Палестинское государство", "Молдавской республики": the
// country named by its adjective and a word for a state; a name, kept without adjectives too
const stateAgreement = gnc();
export const state = rule<GeoProposal[]>({
  id: 'geo/country-state',
  examples: ['израильского государства', 'Палестинское государство', 'Молдавской республики', 'Чешской Республике'],
  priority: PRIORITY.country,
  pattern: seq(
    tok(inGazetteer(ADJECTIVES)).agree(stateAgreement).as('adj'),
    tok(lemma(...STATE_NOUNS).and(notGram('Abbr'))).agree(stateAgreement),
  ),
  interpret: (m) => {
    const name = ofTypes(
      ADJECTIVES.matchAt(m.ctx, m.from)
        .filter((h) => h.end === m.from + 1)
        .flatMap((h) => h.value),
      'country',
    )[0];
    if (!name) return null;
    return one(judge(m.ctx, m.from, m.to, [extend(name, { form: 'name' })], { marked: true }));
  },
});

export const ADJECTIVE_RULES: readonly Rule<GeoProposal[]>[] = [adjective, compound, state];

import { RuleSet, type DocContext, type Rule } from '../../engine/index.js';
import { AT_PLACE, hasCommonReading, isCapitalized, personAround, sentenceInitial } from '../../context/index.js';
import { defineExtractor } from '../../pipeline/define.js';
import type { EntityExtractor, EntityExtractorFactory, Env } from '../../pipeline/types.js';
import type { EntityDraft } from '../../result/schema.js';
import type { PlaceName } from './places.js';
import type { GeoProposal } from './proposal.js';
import { GEO_RULES } from './rules/index.js';
import { extend } from '../../engine/objects.js';

export { geoGazetteers, type GeoGazetteers } from './gazetteers.js';
export type { Place, PlaceName, PlaceType } from './places.js';
export type { GeoProposal } from './proposal.js';
export { GEO_RULES } from './rules/index.js';

/** The geography rules resolved for a morphology (`GEO_RULES` compiled with its gazetteers). */
export function geoRules(env: Pick<Env, 'morph' | 'segment'>): Rule<GeoProposal[]>[] {
  return GEO_RULES.map((r) => r.resolve(env));
}

const LIST = new Set([',', 'и', 'или', ';']);
const listedAfter = (doc: DocContext, to: number, from: number): boolean => from === to + 1 && LIST.has(doc.folded(to));

type Kept = { p: GeoProposal; name: PlaceName; rule: string; src: { p: GeoProposal; rule: string } };

/**
 * Keeps what the text alone settles, and what it leaves open only when the same place, or the
 * region of a town, is mentioned for sure in the same document ("Кубань" after "Краснодарского
 * края", "Орёл" in a text about the Орловская область), or when it is listed right after a place
 * of the same kind ("в г. Мирный и Орле").
 */
function resolve(doc: DocContext, found: { p: GeoProposal; rule: string }[]): Kept[] {
  const sure = new Set<string>();
  for (const { p } of found) {
    if (p.needsDoc) continue;
    sure.add(p.name.place.key);
    // a town supports its region and the region's other towns; a city of federal significance is
    // too big to vouch for the towns it contains ("Санкт-Петербург" says nothing about "Пушкин")
    const pl = p.name.place;
    if (pl.regionKey && pl.type === 'city' && pl.region !== pl.normalized) sure.add(pl.regionKey);
  }
  const out: Kept[] = [];
  const ordered = [...found].sort((a, b) => a.p.start - b.p.start);
  ordered.forEach((f, k) => {
    let name = f.p.needsDoc
      ? f.p.readings.find((n) => sure.has(n.place.key) || (n.place.regionKey !== null && sure.has(n.place.regionKey)))
      : f.p.name;
    // "в г. Мирный и Орле": a name listed right after a place of the same kind is one too
    const prev = out[out.length - 1];
    if (!name && prev && ordered[k - 1] === prev.src && listedAfter(doc, prev.p.to, f.p.from))
      name = f.p.readings.find((n) => n.place.type === prev.name.place.type);
    if (name) out.push(extend(f, { name, src: f }));
  });
  return out;
}

/**
 * A name the gazetteer lacks, introduced with a marker ("реки Славянки", "селе Дорогинка"), is
 * the same place when it comes back alone later in the document ("сброс отходов в Славянку").
 */
function repeated(
  doc: DocContext,
  found: readonly { p: GeoProposal; rule: string }[],
): { p: GeoProposal; rule: string }[] {
  const byLemma = new Map<string, { name: PlaceName; rule: string }>();
  for (const { p, rule } of found) {
    if (p.to - p.from !== 1 || !p.name.place.key.includes('::') || p.name.place.type === 'district') continue;
    for (const l of doc.lemmas(p.from)) if (!byLemma.has(l)) byLemma.set(l, { name: p.name, rule });
  }
  if (!byLemma.size) return [];
  const covered = new Uint8Array(doc.tokens.length);
  for (const { p } of found) for (let i = p.from; i < p.to; i++) covered[i] = 1;
  const out: { p: GeoProposal; rule: string }[] = [];
  // every capitalised word of the document is looked up: a loop, no list made per word
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (covered[i] === 1 || t.kind !== 'word' || !isCapitalized(doc, i)) continue;
    const lemmas = doc.lemmas(i);
    let hit: { name: PlaceName; rule: string } | undefined;
    for (let k = 0; k < lemmas.length && hit === undefined; k++) hit = byLemma.get(lemmas[k]!);
    if (!hit || (sentenceInitial(doc, i) && hasCommonReading(doc, i)) || personAround(doc, i, i + 1)) continue;
    out.push({
      p: { start: t.start, end: t.end, from: i, to: i + 1, name: hit.name, readings: [hit.name], needsDoc: false },
      rule: hit.rule,
    });
  }
  return out;
}

const LATIN = /^\p{Script=Latin}[\p{Script=Latin}'-]*$/u;

/**
 * The original spelling in parentheses right after a place is the same place: "Аль Аин (Al
 * Ain)", "Миннесота (Minnesota)"; NEREL and factRuEval both mark it.
 */
function originals(doc: DocContext, kept: readonly Kept[]): Kept[] {
  const out: Kept[] = [];
  for (const k of kept) {
    if (doc.tokens[k.p.to]?.text !== '(') continue;
    let j = k.p.to + 1;
    while (j < doc.tokens.length && j - k.p.to <= 4 && LATIN.test(doc.tokens[j]?.text ?? '')) j++;
    const first = doc.tokens[k.p.to + 1];
    const last = doc.tokens[j - 1];
    if (j === k.p.to + 1 || doc.tokens[j]?.text !== ')' || !first || !last) continue;
    // the original has no type word of its own
    const { markerStart: _marker, ...p } = k.p;
    out.push(extend(k, { p: extend(p, { start: first.start, end: last.end, from: k.p.to + 1, to: j }) }));
  }
  return out;
}

const IN_PLACE = new Set<string>(AT_PLACE);

/**
 * A name that the document uses for a person ("Уитни Хьюстон") is the person in its other bare
 * mentions too ("Хьюстон задолжала"), unless a preposition of place says otherwise ("в Хьюстоне").
 */
function notPersons(doc: DocContext, found: { p: GeoProposal; rule: string }[]): { p: GeoProposal; rule: string }[] {
  const single = new Map<string, number>();
  const surnameCity = (p: GeoProposal) => p.to - p.from === 1 && p.name.form === 'name' && p.name.place.type === 'city';
  for (const { p, rule } of found)
    if (rule === 'geo/city' && surnameCity(p)) for (const l of doc.lemmas(p.from)) single.set(l, p.from);
  if (!single.size) return found;
  const persons = new Set<string>();
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !isCapitalized(doc, i)) return;
    const ls = doc.lemmas(i).filter((l) => single.has(l));
    if (ls.length && personAround(doc, i, i + 1)) for (const l of ls) persons.add(l);
  });
  if (!persons.size) return found;
  return found.filter(
    ({ p, rule }) =>
      rule !== 'geo/city' ||
      !surnameCity(p) ||
      IN_PLACE.has(doc.folded(p.from - 1)) ||
      !doc.lemmas(p.from).some((l) => persons.has(l)),
  );
}

const DIRECTION = new Set([
  'северный',
  'южный',
  'западный',
  'восточный',
  'центральный',
  'северо-западный',
  'северо-восточный',
  'юго-западный',
  'юго-восточный',
]);

/**
 * Where a name mention starts once a direction adjective agreeing with it is taken in: "Западном
 * Иерусалиме", "южные Курильские острова", "западной Европы" name a part of the place (the
 * normalised name stays the place's own).
 */
function directionStart(doc: DocContext, k: Kept): number {
  const prev = k.p.from - 1;
  const t = doc.tokens[prev];
  if (!t || k.name.form !== 'name' || t.kind !== 'word' || doc.tokens[k.p.from]?.start !== k.p.start) return k.p.start;
  const dir = doc.parses(prev).filter((a) => a.pos === 'ADJF' && DIRECTION.has(a.lemma));
  if (!dir.length) return k.p.start;
  const agrees = doc
    .parses(k.p.from)
    .some(
      (n) =>
        (n.pos === 'NOUN' || n.pos === 'ADJF') &&
        dir.some((a) => doc.morph.agree(a, n, { case: true, number: true, gender: true })),
    );
  return agrees ? t.start : k.p.start;
}

function toDraft(
  p: GeoProposal,
  name: PlaceName,
  rule: string,
  text: string,
  region: string | null,
  markers: boolean,
): EntityDraft {
  const pl = name.place;
  const start = markers && p.markerStart !== undefined ? p.markerStart : p.start;
  const span = { start, end: p.end, text: text.slice(start, p.end), rule, normalized: pl.normalized, form: name.form };
  if (p.nationality) {
    const { end, text: t } = span;
    return {
      start,
      end,
      text: t,
      rule,
      type: 'nationality',
      normalized: name.phrase,
      country: pl.normalized,
      iso2: pl.iso,
    };
  }
  switch (pl.type) {
    case 'region':
      return extend(
        span,
        { type: 'region', iso: pl.iso, okato: pl.okato, federalDistrict: pl.federalDistrict, country: pl.country },
        name.historical ? { historical: name.phrase } : {},
      );
    case 'city':
      return extend(span, { type: 'city', region: pl.region ?? region, country: pl.country });
    case 'district':
      return extend(span, { type: 'district', region: pl.region ?? region });
    case 'country':
      return extend(span, { type: 'country', iso2: pl.iso });
    case 'location':
      return extend(span, { type: 'location', kind: pl.kind });
  }
}

export interface GeoOptions {
  /**
   * Propose adjectives that name a country or a city ("российских компаний", "московского суда")
   * as mentions, as NEREL marks them (default: true, false under `convention: 'factru'`).
   * factRuEval marks no adjective.
   */
  readonly adjectives?: boolean;
  /**
   * Include the word that says what kind of place follows in the span: "реки Славянки", "городе
   * Грозном", "штата Аризона" (as factRuEval marks them) instead of the name alone, as NEREL marks
   * them (default: false, true under `convention: 'factru'`). The normalised name is the same either way.
   */
  readonly markers?: boolean;
}

/**
 * Location kinds that are places in factRuEval's convention and facilities in NEREL's: streets and
 * squares, named structures (МКС, Капитолий), buildings of bodies (Белый дом, Кремль) and what the
 * building rules find (`rules/facilities.ts`), roads and pipelines among them (трасса «Байкал»).
 */
const STRUCTURES = new Set<string>([
  'street',
  'facility',
  'seat',
  'airport',
  'station',
  'venue',
  'church',
  'cemetery',
  'monument',
  'building',
  'park',
  'bridge',
  'plant',
  'road',
  'pipeline',
]);

/** What the options leave open, the pipeline's convention decides (decision record 0003). */
function settle(options: GeoOptions, env: Env): { adjectives: boolean; markers: boolean; facilities: boolean } {
  const factru = env.convention === 'factru';
  return { adjectives: options.adjectives ?? !factru, markers: options.markers ?? factru, facilities: factru };
}

/** The geography rules these options run: adjective mentions only when they are asked for. */
function rulesFor(options: GeoOptions, env: Env): Rule<GeoProposal[]>[] {
  const { adjectives } = settle(options, env);
  return geoRules(env).filter((r) => adjectives || !r.id.startsWith('geo/adjective'));
}

/** The extractor itself: runs the rules, then keeps what the document settles (see `resolve`). */
function buildGeoExtractor(options: GeoOptions, env: Env): EntityExtractor {
  const { markers, facilities } = settle(options, env);
  const all = rulesFor(options, env);
  // buildings run as a set of their own: "аэропорту Барселоны" holds the city, nested, not instead
  const building = (r: Rule<GeoProposal[]>) => r.id.startsWith('geo/building');
  const sets = [new RuleSet(all.filter((r) => !building(r))), new RuleSet(all.filter(building))];
  return {
    name: 'geo',
    extract(run) {
      const found: { p: GeoProposal; rule: string }[] = [];
      for (const m of sets.flatMap((set) => set.findAll(run.doc))) {
        for (const p of m.value) found.push({ p, rule: m.rule.id });
      }
      const resolved = resolve(run.doc, notPersons(run.doc, [...found, ...repeated(run.doc, found)]));
      const kept = [...resolved, ...originals(run.doc, resolved)].sort((a, b) => a.p.start - b.p.start);
      const text = run.doc.text;
      return kept.map((k, i): EntityDraft => {
        // "Кольчугинского района Владимирской области": a region right after a district or town is its region
        const next = kept[i + 1];
        const region =
          next && next.p.from === k.p.to && next.name.place.type === 'region' && next.name.place.country === 'RU'
            ? next.name.place.normalized
            : null;
        const start = directionStart(run.doc, k);
        const draft = toDraft(
          start === k.p.start ? k.p : extend(k.p, { start }),
          k.name,
          k.rule,
          text,
          region,
          markers,
        );
        // a named structure is a place in factRuEval's convention, a facility in NEREL's
        return draft.type === 'location' && !facilities && STRUCTURES.has(draft.kind ?? '')
          ? extend(draft, { type: 'facility' })
          : draft;
      });
    },
  };
}

/**
 * A geography extractor factory with options (see {@link defaultGeoExtractor} for the default one).
 * @example
 * const extractor = await createExtractor({ extractors: [defaultDatesExtractor, geoExtractorFactory({ adjectives: false })] });
 */
export function geoExtractorFactory(options: GeoOptions = {}): EntityExtractorFactory {
  return defineExtractor({
    kind: 'geo',
    rules: (env) => rulesFor(options, env),
    create: (env) => buildGeoExtractor(options, env),
  });
}

/**
 * Geography: Russian regions, cities, districts, countries and other named places, in any case
 * form, with normalised names and codes. Gazetteers are built once per morphology, not per document.
 */
export const defaultGeoExtractor: EntityExtractorFactory = geoExtractorFactory();

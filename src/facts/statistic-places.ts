/**
 * The place a figure belongs to, as a table row would name it: "Тыва — 20,4%" (a list item),
 * "Чечня (11,2%)" (a parenthesis), a line that starts with the region (a table), "в Ингушетии —
 * здесь она составляет 32,2%" (the figure's clause), "здесь" after a sentence about a region
 * (the context), or the one region the whole text is about.
 */
import type { DocContext } from '../engine/index.js';
import { isPlace, type Entity, type PlaceEntity, type RegionFact, type StatisticPlace } from '../result/schema.js';
import { tokenRange } from './entity-spans.js';
import { partitionPoint } from '../engine/search.js';

type Source = StatisticPlace['source'];
type PlaceType = StatisticPlace['type'];
interface Place {
  readonly e: PlaceEntity & { type: PlaceType };
  readonly first: number;
  readonly last: number;
  readonly sentence: number;
}

/** The places of a document that a figure may belong to, in text order, with their tokens. */
export interface Places {
  readonly list: readonly Place[];
  readonly byLast: ReadonlyMap<number, Place>;
  /** The region the text is about, if it names exactly one. */
  readonly docRegion: Place | null;
}

const TYPES = new Set<string>(['region', 'city', 'district', 'country']);
const isTablePlace = (e: Entity): e is PlaceEntity & { type: PlaceType } =>
  isPlace(e) && TYPES.has(e.type) && e.form !== 'adjective';

export function indexPlaces(doc: DocContext, entities: readonly Entity[], regions: readonly RegionFact[]): Places {
  const list: Place[] = [];
  const byLast = new Map<number, Place>();
  for (const e of entities) {
    if (!isTablePlace(e)) continue;
    const { first, last } = tokenRange(doc, e);
    const p = { e, first, last, sentence: e.sentence };
    list.push(p);
    if (!byLast.has(last)) byLast.set(last, p);
  }
  // the text is about one region: the only one it names, named twice or in its first two sentences
  const only = regions.length === 1 ? regions[0] : undefined;
  const firstId = only?.mentions[0] ?? only?.places[0];
  const first = list.find((p) => p.e.id === firstId);
  const named = only ? only.mentions.length + only.places.length : 0;
  const docRegion = first && (named > 1 || first.sentence < 2) ? first : null;
  return { list, byLast, docRegion };
}

const DASH_OR_COLON = /^[-–—:]$/;
/** Words that make the next place the other side of a comparison: "чем по России", "по сравнению с Москвой". */
const COMPARED = new Set(['чем', 'сравнению', 'сравнении', 'против']);
/** Words that point back to the place of the previous sentence. */
const BACK_REFERENCES = new Set(['здесь', 'там', 'регионе', 'республике', 'крае', 'области', 'округе', 'столице']);

const ref = (p: Place, source: Source, doc: DocContext): StatisticPlace => ({
  entity: p.e.id,
  start: p.e.start,
  end: p.e.end,
  text: doc.text.slice(p.e.start, p.e.end),
  normalized: p.e.normalized,
  type: p.e.type,
  source,
});

/** Whether the place is the other side of a comparison ("чем по [России]"). */
function compared(doc: DocContext, p: Place): boolean {
  for (let i = p.first - 1; i >= p.first - 3 && i >= 0; i--) if (COMPARED.has(doc.folded(i))) return true;
  return false;
}

/** "Тыва — [20,4%]", "Чечня ([11,2%])": the place right before the dash, colon or bracket. */
function adjacent(doc: DocContext, places: Places, first: number): StatisticPlace | null {
  const t = doc.tokens[first - 1];
  if (!t || !(t.text === '(' || DASH_OR_COLON.test(t.text))) return null;
  // up to two words between: "по России в целом (3,1%)", "Москва в среднем — 5%"
  for (let i = first - 2; i >= first - 4 && i >= 0; i--) {
    const p = places.byLast.get(i);
    if (p) return ref(p, t.text === '(' ? 'parenthesis' : 'list', doc);
    if (doc.tokens[i]?.kind !== 'word') return null;
  }
  return null;
}

/** A line that starts with the place (after a number or bullet) and holds the figure further on: a table row. */
function tableRow(doc: DocContext, places: Places, start: number): StatisticPlace | null {
  // a row is short: its start is looked for at most 300 characters back (a long line is prose)
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < 300 && doc.text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && doc.text.charCodeAt(lineStart - 1) !== 10) return null;
  const list = places.list;
  for (let k = partitionPoint(list.length, (j) => list[j]!.e.start < lineStart); k < list.length; k++) {
    const p = list[k]!;
    if (p.e.end > start) break;
    if (!/^[\s\d.)\-–—•*|№]*$/.test(doc.text.slice(lineStart, p.e.start))) return null;
    const between = doc.text.slice(p.e.end, start);
    return /\t|\||\s{2,}|^[^\p{L}]*$/u.test(between) ? ref(p, 'table', doc) : null;
  }
  return null;
}

/**
 * A place in the figure's sentence: one right after it ("32,2% в Ингушетии"), else the nearest
 * before it, else the nearest after it; never the other side of a comparison.
 */
function inSentence(doc: DocContext, places: Places, first: number, last: number, sentence: number): Place | null {
  let before: Place | null = null;
  let after: Place | null = null;
  const list = places.list;
  for (let k = firstOfSentence(places, sentence); k < list.length; k++) {
    const p = list[k]!;
    if (p.sentence > sentence) break;
    if (compared(doc, p)) continue;
    if (p.last < first) before = p;
    else if (p.first > last && !after) {
      const gap = p.first - last - 1;
      if (gap <= 1 && (gap === 0 || /^(?:в|во|по|на)$/.test(doc.folded(last + 1)))) return p;
      // a place later in the same clause ("32,2% зафиксировано в Ингушетии"), not past a comma
      let clause = true;
      for (let i = last + 1; i < p.first; i++) if (doc.tokens[i]?.kind === 'punct') clause = false;
      if (clause) after = p;
    }
  }
  return before ?? after;
}

/** "Здесь безработица составляет 5%" after a sentence about a region: its last place. */
function fromContext(doc: DocContext, places: Places, sentence: number): Place | null {
  const s = doc.seg.sentences[sentence];
  if (!s) return null;
  let refers = false;
  for (let i = s.tokenStart; i < s.tokenEnd && i < s.tokenStart + 40; i++)
    if (BACK_REFERENCES.has(doc.folded(i))) refers = true;
  if (!refers) return null;
  // the last place before the sentence, when it is in the sentence before
  const last = places.list[firstOfSentence(places, sentence) - 1];
  return last && last.sentence >= sentence - 1 ? last : null;
}

/**
 * The index of the first place in the sentence or after it (the list is in text order): a binary
 * search, since a long document's every figure asks.
 */
function firstOfSentence(places: Places, sentence: number): number {
  const list = places.list;
  return partitionPoint(list.length, (k) => list[k]!.sentence < sentence);
}

/** The place the figure at tokens `[first, last]` (starting at offset `start`) belongs to, or null. */
export function placeOf(
  doc: DocContext,
  places: Places,
  fig: { readonly first: number; readonly last: number; readonly start: number; readonly sentence: number },
): StatisticPlace | null {
  const near = adjacent(doc, places, fig.first) ?? tableRow(doc, places, fig.start);
  if (near) return near;
  const p = inSentence(doc, places, fig.first, fig.last, fig.sentence);
  if (p) return ref(p, 'clause', doc);
  const c = fromContext(doc, places, fig.sentence);
  if (c) return ref(c, 'context', doc);
  return places.docRegion ? ref(places.docRegion, 'document', doc) : null;
}

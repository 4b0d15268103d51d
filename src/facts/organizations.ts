/**
 * The organisations of a document: one record per body, with every mention that names it and the
 * common nouns that refer back to it ("министерство", "ведомство"). Known bodies already share one
 * normalised name whatever the text calls them ("Минтруд России", "Министерство труда и соцзащиты
 * РФ"); this builder adds the links the gazetteer cannot make: a shorter generic mention ("службы
 * занятости" after "Служба занятости населения Владимирской области"), an abbreviation in
 * parentheses or made of the name's initials, and the body a branch belongs to.
 */
import { capsAbbr, fold as foldCase, lemma, type DocContext } from '../engine/index.js';
import type { FactBuilder } from '../pipeline/types.js';
import type { OrganizationEntity, OrganizationFact } from '../result/schema.js';
import { pushTo } from '../engine/objects.js';

interface Cluster {
  readonly fact: OrganizationFact;
  /** Folded normalised names and abbreviations of every mention, for matching later ones. */
  readonly names: Set<string>;
  /** Every start of those names that ends before a space ("служба занятости" of "служба занятости населения"). */
  readonly starts: Set<string>;
  /** Initials of those names ("фнс"), for abbreviations the gazetteer does not know. */
  readonly initials: Set<string>;
}

/** The engine's case folding, with runs of whitespace made one space: names compare across line breaks. */
const fold = (s: string): string => foldCase(s).replace(/\s+/gu, ' ').trim();

/** Initials of the words of a name, function words left out: "Федеральная налоговая служба" -> "фнс". */
function initials(name: string): string {
  return fold(name)
    .split(/[\s-]+/u)
    .filter((w) => w && !FUNCTION_WORDS.has(w))
    .map((w) => w.charAt(0))
    .join('');
}

const FUNCTION_WORDS = new Set(['и', 'по', 'в', 'на', 'для', 'при', 'об', 'о']);

const isAbbreviation = (text: string): boolean => capsAbbr(text.replace(/[\s-]/gu, ''));

/** Adds a name to the cluster, with its starts that end before a space ("служба занятости" of "служба занятости населения"). */
function addName(c: Cluster, name: string, index: ClusterIndex): void {
  if (c.names.has(name)) return;
  c.names.add(name);
  index.add('name', name, c);
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
    const start = name.slice(0, at);
    if (c.starts.has(start)) continue;
    c.starts.add(start);
    index.add('start', start, c);
  }
}

/** What a mention is compared by, folded once for all the clusters before it. */
interface Probe {
  readonly e: OrganizationEntity;
  readonly name: string;
  readonly abbr: string | null;
  /** The text folded when it is an abbreviation, else null. */
  readonly abbrText: string | null;
}

const probeOf = (e: OrganizationEntity): Probe => ({
  e,
  name: fold(e.normalized),
  abbr: e.abbr ? fold(e.abbr) : null,
  abbrText: isAbbreviation(e.text) ? fold(e.text) : null,
});

type Key = 'name' | 'start' | 'initials';

/**
 * The clusters by what a later mention is matched with: their names and abbreviations, the starts
 * of their names (a generic mention, "Служба занятости", that a fuller name of the same body
 * begins with) and their initials. A long document names thousands of bodies: a mention is
 * compared with those that share a key with it, not with every one named before.
 */
class ClusterIndex {
  readonly #lists = new Map<string, Cluster[]>();
  /** When each cluster was mentioned last (a count of mentions). */
  readonly #lastAt = new Map<Cluster, number>();
  #mentions = 0;

  add(key: Key, value: string, c: Cluster): void {
    pushTo(this.#lists, `${key}:${value}`, c);
  }

  mentioned(c: Cluster): void {
    this.#lastAt.set(c, this.#mentions++);
  }

  /**
   * The cluster the probe's mention belongs to among those so far: of those that match, the one
   * mentioned last (the body named most recently). A match: one of its names is the mention's name
   * or abbreviation; else, neither being a branch, its initials are the mention's abbreviation, or
   * (the mention naming no place of its own) its name starts with the mention's name.
   */
  matching(p: Probe): Cluster | undefined {
    const { e, name } = p;
    let best: Cluster | undefined;
    let bestAt = -1;
    const take = (key: Key, value: string | null, test: ((c: Cluster) => boolean) | null): void => {
      if (value === null) return;
      for (const c of this.#lists.get(`${key}:${value}`) ?? []) {
        const at = this.#lastAt.get(c)!;
        if (at > bestAt && (test === null || test(c))) {
          best = c;
          bestAt = at;
        }
      }
    };
    take('name', name, null);
    take('name', p.abbr, null);
    if (e.kind !== 'branch') {
      const notBranch = (c: Cluster): boolean => c.fact.kind !== 'branch';
      take('initials', p.abbrText, notBranch);
      // a bare generic name without a place of its own refers to the body named in full before
      if (!e.region) take('start', name, notBranch);
    }
    return best;
  }
}

/** "Федеральная налоговая служба (ФНС)": the abbreviation in parentheses right after a name is the same body. */
function inParenthesesAfter(text: string, prev: OrganizationEntity | undefined, e: OrganizationEntity): boolean {
  return !!prev && isAbbreviation(e.text) && /^\s*\(\s*$/u.test(text.slice(prev.end, e.start));
}

function newCluster(e: OrganizationEntity, n: number, parent: string | null): Cluster {
  return {
    fact: {
      id: `o${n}`,
      normalized: e.normalized,
      kind: e.kind ?? null,
      abbr: e.abbr ?? null,
      region: e.region ?? null,
      parent,
      mentions: [],
      references: [],
    },
    names: new Set(),
    starts: new Set(),
    initials: new Set(),
  };
}

/** Adds the probe's mention to the cluster (its name, abbreviation and text folded once, in the probe). */
function absorb(c: Cluster, p: Probe, index: ClusterIndex): void {
  const e = p.e;
  const abbreviated = p.abbrText !== null;
  c.fact.mentions.push(e.id);
  index.mentioned(c);
  addName(c, p.name, index);
  if (!abbreviated) {
    const i = initials(e.normalized);
    if (!c.initials.has(i)) {
      c.initials.add(i);
      index.add('initials', i, c);
    }
  }
  if (p.abbr !== null) addName(c, p.abbr, index);
  if (abbreviated) addName(c, p.abbrText, index);
  // the fullest name seen names the record: a generic or abbreviated mention never replaces a full one
  if (e.normalized.length > c.fact.normalized.length && !abbreviated) c.fact.normalized = e.normalized;
  c.fact.kind ??= e.kind ?? null;
  c.fact.abbr ??= e.abbr ?? (abbreviated ? e.text : null);
  c.fact.region ??= e.region ?? null;
}

/** Common nouns that refer back to a body named before, and which bodies each can mean. */
const REFERENCES: ReadonlyMap<string, (c: Cluster) => boolean> = new Map<string, (c: Cluster) => boolean>([
  ['ведомство', (c) => c.fact.kind === 'government' || c.fact.kind === 'security'],
  ['министерство', (c) => fold(c.fact.normalized).startsWith('министерство')],
  ['департамент', (c) => fold(c.fact.normalized).startsWith('департамент')],
  ['управление', (c) => fold(c.fact.normalized).startsWith('управление')],
  ['служба', (c) => /^(?:федеральная |государственная )?служба/u.test(fold(c.fact.normalized))],
  ['агентство', (c) => /агентство/u.test(fold(c.fact.normalized))],
  ['администрация', (c) => fold(c.fact.normalized).startsWith('администрация')],
  ['компания', (c) => c.fact.kind === 'company' || c.fact.kind === 'bank'],
  ['корпорация', (c) => c.fact.kind === 'company'],
  ['банк', (c) => c.fact.kind === 'bank'],
  ['суд', (c) => c.fact.kind === 'court'],
  ['университет', (c) => /университет/u.test(fold(c.fact.normalized))],
  ['вуз', (c) => c.fact.kind === 'education'],
  ['партия', (c) => c.fact.kind === 'party'],
  ['учреждение', (c) => c.fact.kind === 'institution' || c.fact.kind === 'education' || c.fact.kind === 'culture'],
]);

/** A word with one of the reference lemmas: asked of every word, it rules most out by their key numbers. */
const REFERENCE_WORD = lemma(...REFERENCES.keys());

/** "министерство", "ведомство" in lower case, alone (not "министерство финансов", which names another body). */
function referenceAt(doc: DocContext, i: number): string | null {
  const t = doc.tokens[i]!;
  if (t.kind !== 'word' || REFERENCE_WORD.test(doc, i) === false) return null;
  const lemmas = doc.lemmas(i);
  let lemma: string | undefined;
  for (let k = 0; k < lemmas.length && lemma === undefined; k++) if (REFERENCES.has(lemmas[k]!)) lemma = lemmas[k];
  // the case test makes strings: after the lemma, which most words fail
  if (!lemma || t.text.charAt(0) !== t.text.charAt(0).toLowerCase()) return null;
  return alone(doc, i, lemma) ? lemma : null;
}

/**
 * Whether the reference noun of `lemma` at token `i` stands alone. A function of its own: a
 * closure on `lemma` in `referenceAt` made it allocate its variables at every token it was asked.
 */
function alone(doc: DocContext, i: number, lemma: string): boolean {
  if (!doc.parses(i).some((p) => p.pos === 'NOUN' && p.lemma === lemma)) return false;
  const next = doc.tokens[i + 1];
  if (next?.kind === 'word' && doc.parses(i + 1).some((p) => p.pos === 'NOUN' && p.grammemes.has('gent'))) return false;
  // "компании Genentech", "агентство «Рейтер»": the noun introduces a name, not a reference
  if (next?.kind === 'punct' && /^[«"„]$/u.test(next.text)) return false;
  if (next && !next.newlineBefore && /^\p{Lu}/u.test(next.text)) return false;
  return true;
}

/**
 * One walk over the tokens and the organisation mentions together: a reference noun outside every
 * name goes to the fitting body named most recently before it; with none named before, to nothing.
 */
function linkReferences(doc: DocContext, mentions: readonly (readonly [OrganizationEntity, Cluster])[]): void {
  // the bodies of the mentions so far, in text order; per reference noun, how far it has read them
  // and the body of the last one that fits it: the body it refers to (named most recently). Each
  // mention is read once per noun, not every body at each noun (a long report repeats "ведомство"
  // with thousands of bodies named before it). Whether a body fits a noun is asked once per pair:
  // the clusters are complete here (some tests fold the name).
  const seen: Cluster[] = [];
  const byNoun = new Map<string, { read: number; last: Cluster | undefined; fits: Map<Cluster, boolean> }>();
  let m = 0;
  let coveredUntil = -1;
  for (const t of doc.tokens) {
    while (m < mentions.length && mentions[m]![0].start <= t.start) {
      const [e, c] = mentions[m++]!;
      seen.push(c);
      coveredUntil = Math.max(coveredUntil, e.end);
    }
    if (t.start < coveredUntil) continue;
    const lemma = referenceAt(doc, t.index);
    if (!lemma) continue;
    const fits = REFERENCES.get(lemma)!;
    let noun = byNoun.get(lemma);
    if (noun === undefined) byNoun.set(lemma, (noun = { read: 0, last: undefined, fits: new Map() }));
    for (; noun.read < seen.length; noun.read++) {
      const c = seen[noun.read]!;
      let ok = noun.fits.get(c);
      if (ok === undefined) noun.fits.set(c, (ok = fits(c)));
      if (ok) noun.last = c;
    }
    noun.last?.fact.references.push({ start: t.start, end: t.end, text: t.text });
  }
}

export const organizationFacts: FactBuilder = {
  name: 'organizations',
  build(entities, facts, run) {
    const clusters: Cluster[] = [];
    const index = new ClusterIndex();
    const text = run.doc.text;
    let prev: { entity: OrganizationEntity; cluster: Cluster } | undefined;
    let lastBody: Cluster | undefined;
    const mentions: [OrganizationEntity, Cluster][] = [];
    entities.forEach((x) => {
      if (x.type !== 'organization') return;
      const e: OrganizationEntity = x;
      const p = probeOf(e);
      let target = inParenthesesAfter(text, prev?.entity, e) ? prev?.cluster : undefined;
      target ??= index.matching(p);
      if (!target) {
        // a branch ("Кольчугинский филиал") belongs to the body named last before it
        const parent = e.kind === 'branch' ? (lastBody?.fact.id ?? null) : null;
        target = newCluster(e, clusters.length + 1, parent);
        clusters.push(target);
      }
      absorb(target, p, index);
      mentions.push([e, target]);
      if (target.fact.kind !== 'branch') lastBody = target;
      prev = { entity: e, cluster: target };
    });
    linkReferences(run.doc, mentions);
    facts.organizations = clusters.map((c) => c.fact);
  },
};

/**
 * The persons of a document: one record per real person, with every mention that names them. A
 * later bare "Григорьев", "Андрей" or "А.В. Григорьев" is linked to "Андрей Григорьев" when the
 * names fit; the record carries the fullest name seen. References by office ("министр") and the
 * positions are left to the officials builder, which runs after this one.
 */
import { upperInitial } from '../engine/index.js';
import type { FactBuilder } from '../pipeline/types.js';
import type { Gender, PersonEntity, PersonFact, PersonName } from '../result/schema.js';

interface Cluster {
  readonly fact: PersonFact;
  readonly entities: PersonEntity[];
  /** Index of the last mention, to prefer the person named most recently. */
  last: number;
}

const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');

/** A surname with its gender taken out, so that "Григорьева" and "Григорьев" compare equal. */
export function surnameKey(last: string): string {
  const f = fold(last);
  if (/(?:ов|ев|ин|ын)а$/u.test(f)) return f.slice(0, -1);
  if (/(?:ск|цк)ая$/u.test(f)) return `${f.slice(0, -2)}ий`;
  return f;
}

const isInitial = upperInitial;

/** Two first names (or a name and an initial) that can be the same person's. */
function sameGiven(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  if (isInitial(a) || isInitial(b)) return fold(a).replace('.', '').charAt(0) === fold(b).replace('.', '').charAt(0);
  return fold(a) === fold(b);
}

const sameGender = (a: Gender | null, b: Gender | null): boolean => !a || !b || a === b;

/** How much of a name is given: full first names count more than initials. */
function fullness(n: PersonName): number {
  const w = (s: string | undefined): number => (!s ? 0 : isInitial(s) ? 1 : 2);
  return w(n.first) + w(n.middle) + w(n.last) * 1.5;
}

function fits(c: Cluster, e: PersonEntity): boolean {
  const n = c.fact.name;
  if (!sameGender(c.fact.gender, e.gender)) return false;
  if (e.name.last)
    return (
      !!n.last &&
      surnameKey(n.last) === surnameKey(e.name.last) &&
      sameGiven(n.first, e.name.first) &&
      sameGiven(n.middle, e.name.middle)
    );
  // a first name alone (with its patronymic) goes with a person of that first name
  return (
    !!e.name.first &&
    !!n.first &&
    !isInitial(e.name.first) &&
    sameGiven(n.first, e.name.first) &&
    sameGiven(n.middle, e.name.middle)
  );
}

/** "Соня Сотомайор (Sonia Sotomayor)": the spelling in parentheses is the person just named. */
function spelledAfter(text: string, prev: PersonEntity | undefined, e: PersonEntity): boolean {
  return !!prev && e.rule === 'person/latin' && /^\s*\(\s*$/u.test(text.slice(prev.end, e.start));
}

function absorb(c: Cluster, e: PersonEntity, k: number): void {
  c.entities.push(e);
  c.fact.mentions.push(e.id);
  c.last = k;
  c.fact.gender ??= e.gender;
  if (fullness(e.name) > fullness(c.fact.name) && e.rule !== 'person/latin') {
    c.fact.name = { ...e.name };
    c.fact.normalized = e.normalized;
  }
}

export const personFacts: FactBuilder = {
  name: 'persons',
  build(entities, facts, run) {
    const clusters: Cluster[] = [];
    const index = new ClusterIndex();
    const text = run.doc.text;
    let prev: PersonEntity | undefined;
    let prevCluster: Cluster | undefined;
    entities.forEach((x, k) => {
      if (x.type !== 'person' || x.form !== 'name') return;
      const e: PersonEntity = x;
      let target: Cluster | undefined;
      if (spelledAfter(text, prev, e)) target = prevCluster;
      else {
        const candidates = index.mayFit(e).filter((c) => fits(c, e));
        // a bare first name or surname that fits several persons stays its own unless one was named last
        target = candidates.sort((a, b) => b.last - a.last)[0];
        if (candidates.length > 1 && !e.name.last && e.name.first) target = undefined;
      }
      if (!target) {
        target = {
          fact: {
            id: `p${clusters.length + 1}`,
            normalized: e.normalized,
            name: { ...e.name },
            gender: e.gender,
            mentions: [],
            references: [],
            positions: [],
          },
          entities: [],
          last: k,
        };
        clusters.push(target);
        index.add(target);
        target.entities.push(e);
        target.fact.mentions.push(e.id);
      } else {
        const name = target.fact.name;
        absorb(target, e, k);
        if (target.fact.name !== name) index.renamed(target, name);
      }
      prev = e;
      prevCluster = target;
    });
    facts.persons = clusters.map((c) => c.fact);
  },
};

/**
 * The persons named so far by what a mention must share with them to fit (see `fits`): a
 * mention with a surname can only fit a person of that surname, a first name alone only a person
 * whose first name (or initial) has its first letter. A long document names thousands of persons;
 * each mention is compared with these few, not with all.
 */
class ClusterIndex {
  readonly #bySurname = new Map<string, Set<Cluster>>();
  readonly #byLetter = new Map<string, Set<Cluster>>();

  add(c: Cluster): void {
    for (const [map, key] of this.#keys(c.fact.name)) {
      const set = map.get(key);
      if (set) set.add(c);
      else map.set(key, new Set([c]));
    }
  }

  /** `c`'s name was `old` and is now another (a fuller one). */
  renamed(c: Cluster, old: PersonName): void {
    for (const [map, key] of this.#keys(old)) map.get(key)?.delete(c);
    this.add(c);
  }

  /** The persons `e` may fit, in no set order (the caller picks the one named last). */
  mayFit(e: PersonEntity): Cluster[] {
    const set = e.name.last
      ? this.#bySurname.get(surnameKey(e.name.last))
      : e.name.first
        ? this.#byLetter.get(firstLetter(e.name.first))
        : undefined;
    return set ? [...set] : [];
  }

  *#keys(n: PersonName): Iterable<[Map<string, Set<Cluster>>, string]> {
    if (n.last) yield [this.#bySurname, surnameKey(n.last)];
    if (n.first) yield [this.#byLetter, firstLetter(n.first)];
  }
}

/** The first letter of a first name or an initial, as `sameGiven` compares initials. */
const firstLetter = (s: string): string => fold(s).replace('.', '').charAt(0);

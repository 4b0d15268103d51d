/**
 * Mentions that do not give the surname take the name of the person the document names in full:
 * "Виктор Бут ... встреча с Виктором" -> "Виктор Бут", "Борис Николаевич Ельцин ... Бориса
 * Николаевича" -> "Борис Николаевич Ельцин", "Джошуа Вольфа (Joshua Wolf)" -> "Джошуа Вольф". A
 * first name alone says little to a reader of the results; the document says whose it is when
 * exactly one person of that first name has a surname in it.
 */
import type { EntityDraft, PersonName } from '../../result/schema.js';
import { extend, pushTo } from '../../engine/objects.js';
import { upperInitial } from '../../engine/index.js';
import { partitionPoint } from '../../engine/search.js';

type PersonDraft = Extract<EntityDraft, { type: 'person' }>;

const fold = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/ё/g, 'е');
const isInitial = (s: string | undefined): boolean => !!s && upperInitial(s);

/** How much of a name is given: full first names count more than initials. */
function fullness(n: PersonName): number {
  const w = (s: string | undefined): number => (!s ? 0 : isInitial(s) ? 1 : 2);
  return w(n.first) + w(n.middle) + w(n.last) * 1.5;
}

/** A surname with its gender taken out ("Григорьева" and "Григорьев" are one family name). */
const surnameKey = (last: string): string => fold(last).replace(/(?:(?<=(?:ов|ев|ин|ын))а|(?<=(?:ск|цк))ая)$/u, '');

/**
 * The fullest mention of the one person whose first name (and patronymic) fit `d`, or null;
 * `named`: the mentions with a first name and a surname, by first name (folded).
 */
function fullerOf(d: PersonDraft, named: ReadonlyMap<string, readonly PersonDraft[]>): PersonDraft | null {
  const fits = (named.get(fold(d.name.first)) ?? []).filter(
    (o) =>
      (!d.name.middle || !o.name.middle || fold(o.name.middle) === fold(d.name.middle)) &&
      (!d.gender || !o.gender || d.gender === o.gender),
  );
  if (!fits.length || new Set(fits.map((o) => surnameKey(o.name.last!))).size > 1) return null;
  return fits.reduce((a, b) => (fullness(b.name) > fullness(a.name) ? b : a));
}

/** The last mention (by start) that ends by `offset` and is not a Latin spelling; `byStart` sorted by start. */
function lastBefore(byStart: readonly PersonDraft[], offset: number): PersonDraft | undefined {
  // none from the first that starts at the offset on ends by it
  for (let k = partitionPoint(byStart.length, (j) => byStart[j]!.start < offset) - 1; k >= 0; k--) {
    const o = byStart[k]!;
    if (o.end <= offset && o.rule !== 'person/latin') return o;
  }
  return undefined;
}

const takeName = (d: PersonDraft, o: PersonDraft): PersonDraft =>
  extend(d, { normalized: o.normalized, name: { ...o.name }, gender: d.gender ?? o.gender });

/**
 * Gives mentions without a surname (a first name, a first name and patronymic, a Latin spelling in
 * parentheses) the name of the person they are; the others are returned as they are.
 */
export function withFullNames(text: string, drafts: readonly EntityDraft[]): EntityDraft[] {
  const persons = drafts.filter((d): d is PersonDraft => d.type === 'person' && d.form === 'name');
  // by first name: a long document's every first name alone is compared with its namesakes only
  const named = new Map<string, PersonDraft[]>();
  for (const d of persons) {
    if (d.name.last && d.name.first && !isInitial(d.name.first) && d.rule !== 'person/latin')
      pushTo(named, fold(d.name.first), d);
  }
  const byStart = [...persons].sort((a, b) => a.start - b.start);
  // what fullerOf reads of a mention is its first name, patronymic and gender: a name said a
  // thousand times is looked up once
  const fuller = new Map<string, PersonDraft | null>();
  return drafts.map((d) => {
    if (d.type !== 'person' || d.form !== 'name') return d;
    // "Джошуа Вольфа (Joshua Wolf)": the original spelling is the person just named
    if (d.rule === 'person/latin') {
      const prev = lastBefore(byStart, d.start);
      return prev && /^\s*\(\s*$/u.test(text.slice(prev.end, d.start)) ? takeName(d, prev) : d;
    }
    if (d.name.last || !d.name.first || isInitial(d.name.first)) return d;
    const key = `${fold(d.name.first)}|${d.name.middle ? fold(d.name.middle) : ''}|${d.gender ?? ''}`;
    let o = fuller.get(key);
    if (o === undefined) fuller.set(key, (o = fullerOf(d, named)));
    return o ? takeName(d, o) : d;
  });
}

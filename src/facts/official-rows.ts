/**
 * Rows and lists around one office: the offices in a row before or after a name ("писатель, поэт
 * и журналист Дмитрий Быков"), and the names in a list after a plural office ("актрисы Гвинет
 * Пэлтроу, Анджелина Джоли"). Used by `officials.ts` when it pairs names with offices.
 */
import type { DocContext } from '../engine/index.js';
import type { Parse } from '../morph/types.js';
import type { PersonEntity } from '../result/schema.js';
import type { Cover } from './official-links.js';
import { ownerBefore } from './official-owners.js';
import { looseFirstName } from './official-gaps.js';
import type { Placed } from './spans.js';

export type CaseSet = ReadonlySet<string> | null;

/** Cases a word of a name can be in; null when the word does not decline or is unknown. */
export function nameCases(ctx: DocContext, i: number): CaseSet {
  const ps = ctx.parses(i);
  let cases = NAME_CASES.get(ps);
  if (cases === undefined) NAME_CASES.set(ps, (cases = casesOf(ps)));
  return cases;
}

/**
 * {@link nameCases} by the word's readings (a word's list, the same for each of its tokens): the
 * pairing asks it for each office near a name.
 */
const NAME_CASES = new WeakMap<readonly Parse[], CaseSet>();

function casesOf(ps: readonly Parse[]): CaseSet {
  if (ps.some((p) => p.pos === 'UNKN' || p.pos === 'LATN' || p.case === null || p.grammemes.has('Fixd') || !p.known))
    return null;
  return new Set(ps.map((p) => p.case ?? ''));
}

/** Longest list of names read after one office: "музыканты Юрий Царёв (проект «Метро»), Алексей Борисов и Павел Шевелёв". */
export const MAX_LIST = 32;

/** The person that continues a list after `person` (", X", " и X", after a parenthesis), or undefined. */
export function nextInList(
  ctx: DocContext,
  cover: readonly Cover[],
  byFrom: ReadonlyMap<number, Placed<PersonEntity>>,
  person: Placed,
): Placed<PersonEntity> | undefined {
  let i = person.to;
  // where each one is from: "сенаторы Рэнд Пол [из Кентукки] и Марко Рубио"
  if ((ctx.folded(i) === 'из' || ctx.folded(i) === 'от') && cover[i + 1] === 'tail')
    for (i += 2; cover[i] === 'tail' && i < person.to + 4;) i++;
  if (ctx.tokens[i]?.text === '(') {
    let close = i + 1;
    while (close <= i + 8 && ctx.tokens[close] && ctx.tokens[close]!.text !== ')') close++;
    if (ctx.tokens[close]?.text !== ')') return undefined;
    i = close + 1;
  }
  const t = ctx.tokens[i];
  if (!t || (t.text !== ',' && t.text !== 'и') || ctx.tokens[i + 1]?.newlineBefore) return undefined;
  const next = byFrom.get(i + 1);
  if (next || t.text === 'и') return next;
  // a name no extractor found stands in the list ("Розанна Аркетт, [Кара Делевинь], Кейт Бекинсейл"): read past it
  let k = i + 1;
  while (k <= i + 3 && cover[k] === 'none' && /^\p{Lu}/u.test(ctx.tokens[k]?.text ?? '')) k++;
  // or a name whose span left out its first word ("Кара [Делевинь]", "Гас [Ван Сент]"): that name is next
  if (k > i + 1 && byFrom.has(k)) return byFrom.get(k);
  const sep = ctx.tokens[k]?.text;
  return k > i + 1 && (sep === ',' || sep === 'и') ? byFrom.get(k + 1) : undefined;
}

/** The office's head noun may be plural in a case the name can take: "актрисы Гвинет Пэлтроу, Анджелина Джоли". */
export function mayBePlural(ctx: DocContext, position: Placed, person: Placed): boolean {
  for (let i = position.from; i < position.to; i++) {
    const nouns = ctx.parses(i).filter((p) => p.pos === 'NOUN');
    if (!nouns.length || nouns.some((p) => p.grammemes.has('Fixd'))) continue;
    const name = nameCases(ctx, person.from);
    return nouns.some((p) => p.number === 'plur' && (!name || name.has(p.case ?? '')));
  }
  return false;
}

/**
 * Where the offices in a row right before a name begin: "писатель, поэт и [журналист] Дмитрий
 * Быков", "президент Египта и бывший [лидер ...] Мухаммед Мурси". Returns `to` when there are none.
 */
export function chainStart(ctx: DocContext, cover: readonly Cover[], from: number, to: number): number {
  // a first name the person span left out stands between the row and the name: "продюсер и директор [Нейл] Патрик Харрис"
  const lead = to - 1 > from && cover[to - 1] === 'none' && looseFirstName(ctx, to - 1) ? 1 : 0;
  let at = to - lead;
  if (lead && cover[at - 1] !== 'position') return to;
  // past the owner of the last office: "профессор, академик, президент института [Пушкина] Виталий Костомаров"
  const owner = ownerBefore(ctx, (i) => cover[i] ?? 'none', at);
  if (owner > from) at = owner;
  while (at > from && cover[at - 1] === 'position') {
    at--;
    while (at > from && cover[at - 1] === 'position') at--;
    let k = at;
    while (k > from && cover[k - 1] === 'none' && ctx.parses(k - 1).some((p) => p.pos === 'ADJF')) k--;
    const sep = ctx.tokens[k - 1]?.text;
    if (k > from && (sep === ',' || sep === 'и') && cover[k - 2] === 'position') at = k - 1;
    else break;
  }
  return at;
}

/**
 * Where the offices in a row right after a name, before this one, begin: "Андрей Григорьев,
 * министр труда и [председатель комиссии]" -- the second office is his too. Returns `to` when
 * there are none; a name right before the later office takes it first (its link ranks higher).
 */
export function chainEnd(ctx: DocContext, cover: readonly Cover[], from: number, to: number): number {
  let at = to;
  while (
    at - 1 > from &&
    (ctx.tokens[at - 1]!.text === 'и' || ctx.tokens[at - 1]!.text === ',') &&
    cover[at - 2] === 'position'
  ) {
    at--;
    while (at > from && cover[at - 1] === 'position') at--;
  }
  return at;
}

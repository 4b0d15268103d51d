/**
 * From a matched office phrase to the position's fields: the phrase and the office in the
 * nominative, the organisation tail as written, the region it names, and the acting/former flags.
 */
import { upperThenLower, type DocContext, type MatchView } from '../../engine/index.js';
import { isCapitalized, sentenceInitial, squeezeSpaces } from '../../context/index.js';
import type { PositionLexicon } from './lexicon.js';

export interface PositionValue {
  readonly normalized: string;
  readonly role: string;
  readonly organization: string | null;
  readonly region: string | null;
  readonly acting: boolean;
  readonly former: boolean;
}

/** Offices that sit somewhere: "посол России в США", "постпред при ООН". */
const ENVOYS = new Set([
  'посол',
  'постпред',
  'представитель',
  'полпред',
  'спецпредставитель',
  'консул',
  'генконсул',
  'атташе',
  'посланник',
  'спецпосланник',
  'уполномоченный',
  'делегат',
  'наблюдатель',
  'советник',
]);
/** Offices one holds for someone: "сенатор от Техаса", "кандидат от Республиканской партии". */
const ELECTED = new Set([
  'депутат',
  'сенатор',
  'кандидат',
  'конгрессмен',
  'член',
  'представитель',
  'делегат',
  'парламентарий',
  'нардеп',
  'выборщик',
]);
/** "главы 5", "главе книги": the chapter, not the head. */
const CHAPTER_OF = new Set([
  'книга',
  'закон',
  'кодекс',
  'документ',
  'устав',
  'конституция',
  'роман',
  'доклад',
  'программа',
  'отчет',
  'повесть',
  'договор',
  'соглашение',
  'положение',
]);

/** "кабинета министров", "совета директоров": the holders of an office as a body, not a position. */
const BODY = new Set(['кабинет', 'совет', 'коллегия', 'комитет']);

const lowerFirst = (s: string): string => (upperThenLower(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/**
 * The morphology files "первый" under the lemma "один" and inflects it so ("первого заместителя"
 * would become "один заместитель"): the ordinal keeps its stem, with the ending of the form it got.
 */
const ORDINAL_ENDING: Readonly<Record<string, string>> = { один: 'ый', одна: 'ая', одно: 'ое', одни: 'ые' };
function keepFirst(ctx: DocContext, start: number, s: string): string {
  if (!/^перв/iu.test(ctx.tokens[start]?.text ?? '')) return s;
  return s.replace(
    /^(о)(дин|дна|дно|дни)(?=\s)/iu,
    (w, o: string) => (o === 'О' ? 'П' : 'п') + 'ерв' + (ORDINAL_ENDING[w.toLowerCase()] ?? 'ый'),
  );
}

/** The head's lemma without "экс-", and whether it had it. */
function baseOf(lemma: string): { base: string; ex: boolean } {
  return lemma.startsWith('экс-') ? { base: lemma.slice(4), ex: true } : { base: lemma, ex: false };
}

/** An office word in the genitive right after the role extends it: "заместитель министра", "советник президента". */
function officeOf(ctx: DocContext, lex: PositionLexicon, j: number): boolean {
  const t = ctx.tokens[j];
  return (
    !!t &&
    t.kind === 'word' &&
    ctx.parses(j).some((p) => p.case === 'gent' && p.pos === 'NOUN' && lex.offices.has(p.lemma))
  );
}

/** The first words of the compound offices, as a set: asked at every office matched. */
const COMPOUND_STARTS = new WeakMap<PositionLexicon, ReadonlySet<string>>();

function compoundStarts(lex: PositionLexicon): ReadonlySet<string> {
  let starts = COMPOUND_STARTS.get(lex);
  if (starts === undefined) {
    starts = new Set(lex.compounds.start.by === 'lemma' ? lex.compounds.start.values : []);
    COMPOUND_STARTS.set(lex, starts);
  }
  return starts;
}

/** Where the office itself ends: after a compound office, and after the offices it is a deputy or an aide of. */
function roleEnd(m: MatchView, lex: PositionLexicon, from: number, end: number): number {
  let to = end;
  const starts = compoundStarts(lex);
  for (;;) {
    const can = starts.has(m.ctx.folded(from)) || m.ctx.lemmas(from).some((l) => starts.has(l));
    const hit = can ? lex.compounds.longestAt(m.ctx, from) : null;
    if (hit && hit.end <= m.to && hit.end > to) to = hit.end;
    if (to >= m.to || !officeOf(m.ctx, lex, to)) return to;
    from = to;
    to += 1;
  }
}

function regionIn(m: MatchView, lex: PositionLexicon, from: number): string | null {
  for (let j = from; j < m.to; j++) {
    // region names are capitalised ("Владимирской области", "ХМАО")
    if (!isCapitalized(m.ctx, j)) continue;
    for (const h of lex.regions.matchAt(m.ctx, j)) if (h.end <= m.to && h.value[0]) return h.value[0];
  }
  return null;
}

function headNominative(ctx: DocContext, i: number): string {
  const t = ctx.tokens[i]!;
  const noun = ctx.parses(i).find((p) => p.pos === 'NOUN');
  return (noun && noun.case !== 'nomn' && ctx.morph.inflect(t.text, noun, [noun.number ?? 'sing', 'nomn'])) || t.text;
}

/** "исполняющим обязанности" -> "исполняющий обязанности"; "врио", "и. о." stay as written. */
function actingPhrase(m: MatchView, from: number, to: number): string {
  let s = '';
  for (let j = from; j < to; j++) {
    const t = m.ctx.tokens[j]!;
    const p = m.ctx.parses(j).find((x) => x.lemma === 'исполнять' || x.lemma === 'исполняющий');
    const word = p && p.case !== 'nomn' ? (m.ctx.morph.inflect(t.text, p, ['sing', 'nomn']) ?? t.text) : t.text;
    s += (j > from && t.spaceBefore ? ' ' : '') + word;
  }
  return s;
}

/**
 * The position's fields, or null when the match is not one: a word that needs a tail without
 * one, a prepositional part the office does not take, "глава" of a book.
 */
export function positionValue(
  m: MatchView,
  lex: PositionLexicon,
  head: number,
  start: number,
  compoundEnd: number,
): PositionValue | null {
  const ctx = m.ctx;
  const headParses = ctx.parses(head);
  const lemma = headParses.find((p) => lex.heads.has(p.lemma))?.lemma ?? ctx.folded(head);
  const { base, ex } = baseOf(lemma);
  const rEnd = roleEnd(m, lex, start, Math.max(compoundEnd, head + 1));
  const hasTail = rEnd < m.to;
  if (!hasTail && rEnd <= head + 1 && lex.needsTail.has(base)) return null;
  if (
    (m.has('in') && !ENVOYS.has(base)) ||
    (m.has('from') && !ELECTED.has(base)) ||
    (m.has('into') && base !== 'кандидат')
  )
    return null;
  const plural = headParses.every((p) => p.number === 'plur');
  if (plural && (base === 'представитель' || (base === 'лидер' && !hasTail))) return null; // "представители СМИ", "в числе лидеров"
  const prev = ctx.tokens[m.from - 1];
  if (
    prev?.kind === 'word' &&
    headParses.every((p) => p.number === 'plur' || !p.case || p.case === 'gent') &&
    ctx.lemmas(m.from - 1).some((l) => BODY.has(l))
  )
    return null;
  // "Биргит Принц": a capitalised office word after a name is a surname
  if (
    prev?.kind === 'word' &&
    isCapitalized(ctx, head) &&
    head === m.from &&
    isCapitalized(ctx, m.from - 1) &&
    !sentenceInitial(ctx, head) &&
    !sentenceInitial(ctx, m.from - 1)
  )
    return null;
  if (base === 'глава') {
    const next = ctx.tokens[head + 1];
    if (next && (next.kind === 'number' || next.kind === 'roman')) return null;
    if (hasTail && ctx.lemmas(rEnd).some((l) => CHAPTER_OF.has(l))) return null;
  }
  const actingPart = m.part('acting');
  const before = m.from - 1;
  const former = ex || (before >= 0 && ctx.lemmas(before).some((l) => lex.former.has(l)));
  const tailText = hasTail ? squeezeSpaces(ctx.slice(rEnd, m.to)) : null;
  // a hyphenated word the dictionary does not list is inflected alone, what follows stays as written
  const known = headParses.some((p) => p.pos === 'NOUN' && lex.heads.has(p.lemma));
  const nominative = (to: number): string =>
    known
      ? keepFirst(ctx, start, m.nominative(start, to))
      : squeezeSpaces(headNominative(ctx, head) + (to > head + 1 ? ' ' + ctx.slice(head + 1, to) : ''));
  const officeText = nominative(rEnd);
  let role = lowerFirst(officeText);
  if (ex) role = role.replace(/^экс-/u, '');
  // the office in the nominative, then what it is an office of as written (the engine would also
  // inflect a name in apposition: "тренер «Спартак»")
  const withTail = hasTail
    ? officeText + squeezeSpaces(ctx.text.slice(ctx.tokens[rEnd - 1]!.end, ctx.tokens[rEnd]!.start)) + tailText!
    : officeText;
  const normalized = actingPart
    ? squeezeSpaces(actingPhrase(m, actingPart.from, actingPart.to) + ' ' + ctx.slice(start, m.to))
    : withTail;
  return {
    normalized,
    role,
    organization: tailText,
    region: hasTail ? regionIn(m, lex, rEnd) : null,
    acting: !!actingPart,
    former,
  };
}

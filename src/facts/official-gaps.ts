/**
 * Readings of the words between a person and a position, for the links of
 * `official-links.ts`: each looks at the gap tokens only, a bounded number of them.
 */
import type { DocContext } from '../engine/index.js';
import {
  APPOINTING_PREDICATES,
  APPOINTING_VERBS,
  GENERIC_PLACES,
  KINSHIP,
  ADDRESS,
  CLAUSE_FILLERS,
  CLAUSE_VERBS,
  OFFICE_FILLERS,
  OFFICE_VERBS,
  PREDICATE_FILLERS,
  PREDICATE_VERBS,
  RANKS,
} from '../lexicon/officials.js';

/** What covers a token between the two entities: nothing, a place, organisation or nationality (`tail`), another person or position. */
export type Cover = 'none' | 'tail' | 'person' | 'position';

export interface GapView {
  readonly ctx: DocContext;
  /** Token indices of the gap: `[from, to)`. */
  readonly from: number;
  readonly to: number;
  /** Offices right before the person were looked through ("актёр и [сценарист] Уэнтуорт Миллер"). */
  readonly chained: boolean;
  cover(i: number): Cover;
}

export const DASHES = new Set(['—', '–', '-', '‒', '―']);
const CLOSE = new Set(['»', '"', '”', '“', "'"]);
const AGE = /^\d+-?летн/u;

export const text = (g: GapView, i: number): string => g.ctx.tokens[i]?.text ?? '';
export const size = (g: GapView): number => g.to - g.from;
export const only = (g: GapView, s: ReadonlySet<string> | string): boolean =>
  size(g) === 1 && (typeof s === 'string' ? text(g, g.from) === s : s.has(text(g, g.from)));
const hasLemma = (g: GapView, i: number, set: ReadonlySet<string>): boolean => g.ctx.lemmas(i).some((l) => set.has(l));
/** Prepositions that join an office to its place: "сенатор от штата Алабама", "уполномоченный по правам человека в ...". */
const TAIL_PREPOSITIONS = new Set(['от', 'по', 'при', 'в', 'во', 'из']);

/** An office verb, the appointing ones only as passive participles ("назначен", not "назначил"). */
function officeVerb(g: GapView, i: number): boolean {
  return g.ctx
    .parses(i)
    .some(
      (p) =>
        OFFICE_VERBS.has(p.lemma) && (!APPOINTING_VERBS.has(p.lemma) || p.grammemes.has('pssv') || p.pos === 'PRTS'),
    );
}

/** An adjective in the instrumental or nominative before the office: "станет [первым] судьей", "стал [самым молодым] премьером". */
function officeAdjective(g: GapView, i: number): boolean {
  return g.ctx
    .parses(i)
    .some((p) => (p.pos === 'ADJF' || p.grammemes.has('Apro')) && (p.case === 'ablt' || p.case === 'nomn'));
}

/** Gap tokens from `i` on form a parenthesis "(ФАР)" of up to five tokens; returns the index after it, or -1. */
function parenthesis(g: GapView, i: number): number {
  if (text(g, i) !== '(') return -1;
  for (let j = i + 1; j < g.to && j <= i + 6; j++) if (text(g, j) === ')') return j + 1;
  return -1;
}

/** A capitalised name in the genitive or an abbreviation right after the office: "Главой [Рособрнадзора] назначен", "директор [ФСБ]". */
function orgName(g: GapView, i: number): boolean {
  const t = text(g, i);
  if (!/^\p{Lu}/u.test(t) || g.cover(i) !== 'none') return false;
  return /^\p{Lu}{2,}$/u.test(t) || g.ctx.parses(i).some((p) => p.case === 'gent' && (p.pos === 'NOUN' || !p.known));
}

/** Words of a name: a first name, a patronymic, a surname or a word the dictionary does not know. */
const NAME_GRAMMEMES = ['Name', 'Surn', 'Patr'] as const;
const nameWord = (g: GapView, i: number): boolean =>
  /^\p{Lu}/u.test(text(g, i)) &&
  g.cover(i) === 'none' &&
  g.ctx.parses(i).some((p) => !p.known || p.pos === 'LATN' || NAME_GRAMMEMES.some((n) => p.grammemes.has(n)));

/** From `i` to the name, up to three name words the person span left out: "боксёр [Мохаммед] Али", "судья округа Галвестон [Марк] Хенри". */
function nameLead(g: GapView, i: number): boolean {
  if (g.to - i > 3) return false;
  for (let k = i; k < g.to; k++) if (!nameWord(g, k)) return false;
  return true;
}

/**
 * A common noun for a person in the nominative right before the name, in the name's case (before
 * any name words left out of it); not an object ("убийство полицейским 29-летнего [британца] ..."): "тренером стал [американец] Дэвид Сало", "назначен [специалист] Сергей Булатов".
 */
function appositive(g: GapView, i: number): boolean {
  if (/^\p{Lu}/u.test(text(g, i)) || (i + 1 < g.to && !nameLead(g, i + 1))) return false;
  const own = g.ctx.parses(i);
  if (own.some((p) => NOT_TAIL.has(p.pos) || p.grammemes.has('Fixd') || KINSHIP.has(p.lemma))) return false;
  const name = g.ctx.parses(g.to).filter((p) => p.known && p.case !== null);
  return own.some(
    (p) =>
      p.pos === 'NOUN' &&
      p.grammemes.has('anim') &&
      !NAME_GRAMMEMES.some((n) => p.grammemes.has(n)) &&
      p.case === 'nomn' &&
      (!name.length || name.some((q) => q.case === p.case)),
  );
}

/** Every gap token is a rank, an age, a closing quote, an office verb, a parenthesis or part of the office's place or organisation. */
export function bridge(g: GapView, allowVerbs: boolean): boolean {
  let i = g.from;
  while (i < g.to) {
    const p = parenthesis(g, i);
    if (p > 0) {
      i = p;
      continue;
    }
    const t = text(g, i);
    const ok =
      g.cover(i) === 'tail' ||
      CLOSE.has(t) ||
      (g.chained && i === g.to - 1 && (t === 'и' || t === ',')) ||
      AGE.test(t) ||
      hasLemma(g, i, RANKS) ||
      (i === g.from && hasLemma(g, i, GENERIC_PLACES) && g.ctx.parses(i).some((p) => p.case === 'gent')) ||
      (i === g.from && orgName(g, i)) ||
      (TAIL_PREPOSITIONS.has(g.ctx.folded(i)) && g.cover(i + 1) === 'tail') ||
      nameLead(g, i) ||
      appositive(g, i) ||
      (allowVerbs &&
        (officeVerb(g, i) ||
          subjectPredicate(g, i) ||
          (i > g.from && (hasLemma(g, i, OFFICE_FILLERS) || officeAdjective(g, i)))));
    if (!ok) return false;
    i++;
  }
  return true;
}

/** Prepositions inside the tail of an office: "лидер Движения [против] нелегальной иммиграции", "посол Евросоюза [на] Южном Кавказе". */
const PHRASE_PREPOSITIONS = new Set(['по', 'в', 'во', 'на', 'при', 'от', 'из', 'против', 'за', 'для']);

/** Parts of speech that end a tail: "президента [и] Мишел Темер", "эмира и [его] второй жены Мозы", "завода [им.] Серго Орджоникидзе". */
const NOT_TAIL = new Set(['CONJ', 'PREP', 'PRCL', 'NPRO', 'INTJ', 'VERB', 'INFN', 'PRED']);

/** A word of an office's tail: a noun or adjective in the genitive, or in any oblique case after a preposition, or a Latin name. */
function tailWord(g: GapView, i: number, afterPreposition: boolean): boolean {
  const ps = g.ctx.parses(i);
  if (ps.some((p) => NOT_TAIL.has(p.pos) || p.grammemes.has('Apro'))) return false;
  return ps.some(
    (p) =>
      p.pos === 'LATN' ||
      ((p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF') &&
        (p.case === 'gent' || (afterPreposition && p.case !== null && p.case !== 'nomn'))),
  );
}

/** A closing quote, or an opening one before a name in the tail: "группы [«]Ляпис Трубецкой»". */
const quote = (g: GapView, i: number): boolean =>
  CLOSE.has(text(g, i)) || (text(g, i) === '«' && g.cover(i + 1) === 'tail');

/** Longest tail, in words: a longer run of nouns is a phrase of its own ("на фоне борьбы за место преемника"). */
const MAX_TAIL = 6;

/**
 * The gap is the rest of the office's organisation or place, left out of the position span:
 * "лидер Движения [против нелегальной иммиграции] Александр Белов", "полпред президента [в округе]
 * Виктор Ишаев". Only nominal words, so no clause stands between; a name in the genitive after a
 * noun in the genitive is that noun's ("в администрации Рональда Рейгана"), not the office's.
 */
export function tailPhrase(g: GapView): boolean {
  let afterPreposition = false;
  let words = 0;
  let last = -1;
  for (let i = g.from; i < g.to; i++) {
    const p = parenthesis(g, i);
    if (p > 0) {
      i = p - 1;
      continue;
    }
    const folded = g.ctx.folded(i);
    // an age describes a person, not an organisation: "убийство полицейским [29-летнего] британца"
    if (AGE.test(folded) || ++words > MAX_TAIL) return false;
    if (PHRASE_PREPOSITIONS.has(folded)) afterPreposition = true;
    else if (!tailToken(g, i, afterPreposition, last)) return false;
    last = i;
  }
  if (last < 0 || PHRASE_PREPOSITIONS.has(g.ctx.folded(last)) || JOINS.has(text(g, last))) return false;
  if (insideName(g)) return false;
  const nounOwner = g.cover(last) !== 'tail' && g.ctx.parses(last).some((p) => p.pos === 'NOUN' && p.case === 'gent');
  return !(nounOwner && g.ctx.parses(g.to).some((p) => p.case === 'gent' && p.number !== 'plur'));
}

/** The name after the gap is part of an organisation's name: "завода [им.] Серго Орджоникидзе", "клуб [«]Пари Сен-Жермен»". */
function insideName(g: GapView): boolean {
  const before = text(g, g.to - 1) === '.' ? g.ctx.folded(g.to - 2) : g.ctx.folded(g.to - 1);
  if (before === 'им' || before === 'имени') return true;
  let open = false;
  for (let i = g.from; i < g.to; i++)
    if (text(g, i) === '«') open = true;
    else if (text(g, i) === '»') open = false;
  return open;
}

/** Words that join two parts of one tail: "по вопросам семьи[,] женщин [и] детей", "Citigroup [и] Bank of America". */
const JOINS = new Set([',', 'и']);

/** A number inside a tail: "школы [№] [1]", "[79-й] бригады", "[7-го] созыва". */
const TAIL_NUMBER = /^(?:№|\d+(?:-[а-яё]{1,3})?)$/u;

/** A token of a tail after the words up to `last`. */
function tailToken(g: GapView, i: number, afterPreposition: boolean, last: number): boolean {
  const t = text(g, i);
  if (g.cover(i) === 'tail' || quote(g, i) || TAIL_NUMBER.test(t) || tailWord(g, i, afterPreposition)) return true;
  if (JOINS.has(t)) return last >= 0 && i + 1 < g.to;
  // "командующий [войсками] округа": the object of an office named by a participle
  return i === g.from && g.ctx.parses(i).some((p) => p.pos === 'NOUN' && p.case === 'ablt') && participleOffice(g);
}

/** The office right before the gap ends in a participle: "командующий", "управляющего". */
const participleOffice = (g: GapView): boolean =>
  g.ctx.parses(g.from - 1).some((p) => p.pos === 'PRTF' || (p.pos === 'ADJF' && p.grammemes.has('Subx')));

/** A verb that makes the office after it its subject's: "проработал на посту", "покидает пост", "признан лучшим". */
function predicateVerb(g: GapView, i: number): boolean {
  return g.ctx
    .parses(i)
    .some(
      (p) =>
        (PREDICATE_VERBS.has(p.lemma) || CLAUSE_VERBS.has(p.lemma)) &&
        (!APPOINTING_PREDICATES.has(p.lemma) || p.grammemes.has('pssv') || p.pos === 'PRTS'),
    );
}

/** An ordinal before the office: "стала [13-м] президентом", "[7-го] созыва". */
const ORDINAL = /^\d+-(?:[а-яё]{1,3})$/u;

/**
 * A word after the verb of an office clause: "подаст в [отставку] с должности", "будет исполнять
 * [обязанности]", "стала [первой] женщиной-президентом", "работала в [Google] инженером".
 */
function clauseWord(g: GapView, i: number): boolean {
  return (
    hasLemma(g, i, PREDICATE_FILLERS) ||
    hasLemma(g, i, CLAUSE_FILLERS) ||
    officeAdjective(g, i) ||
    ORDINAL.test(text(g, i)) ||
    g.cover(i) === 'tail'
  );
}

/** A predicate verb whose subject the name after it is: "лучшим игроком [признан] Деррик Роуз", "продюсером [выступил] X"; not "[сменил] X". */
function subjectPredicate(g: GapView, i: number): boolean {
  return predicateVerb(g, i) && !g.ctx.parses(i).some((p) => p.lemma === 'сменить' && !p.grammemes.has('pssv'));
}

/** The words between say the person holds or takes the office: "назначен на пост", "который является". */
export function officeClause(g: GapView, from: number): boolean {
  let verb = false;
  for (let i = from; i < g.to; i++) {
    if (officeVerb(g, i) || predicateVerb(g, i)) verb = true;
    else if (!hasLemma(g, i, OFFICE_FILLERS) && !(verb && clauseWord(g, i))) return false;
  }
  return verb;
}

/**
 * Only adjectives (or an age) from `from` on, joined by "и" and commas: "– [первый чернокожий] президент ЮАР",
 * ", [брюссельского профессионального] дизайнера", "— [советский и российский] актёр", ", [45-летний]".
 */
export function adjectivesOnly(g: GapView, from: number): boolean {
  for (let i = from; i < g.to; i++) {
    const t = text(g, i);
    if (i > from && i < g.to - 1 && (t === 'и' || t === ',' || DASHES.has(t))) continue;
    // an age in years between commas: "Фаиз Халид, [26 лет], зубной врач"
    if (/^\d+$/u.test(t) && g.ctx.lemmas(i + 1).includes('год') && i + 2 < g.to) {
      i++;
      continue;
    }
    if (!AGE.test(t) && !g.ctx.parses(i).some((p) => p.pos === 'ADJF' || p.grammemes.has('Apro'))) return false;
  }
  return true;
}

/**
 * "один из" and adjectives from `from` to the office, which is then one of many and plural:
 * "— [один из самых известных] продюсеров", ", [одна из наиболее влиятельных]".
 */
export function oneOfMany(g: GapView, from: number): boolean {
  if (!g.ctx.lemmas(from).includes('один') || g.ctx.folded(from + 1) !== 'из') return false;
  for (let i = from + 2; i < g.to; i++) {
    const t = text(g, i);
    if (i > from + 2 && i < g.to - 1 && (t === 'и' || t === ',')) continue;
    if (!g.ctx.parses(i).some((p) => p.pos === 'ADJF' || p.pos === 'ADVB' || p.grammemes.has('Apro'))) return false;
  }
  return true;
}

/** The gap is one name in the genitive, whose office it is not: "адвокат [Александра Кокорина] Андрей Ромашов". */
export function possessor(g: GapView): boolean {
  if (size(g) === 0 || size(g) > 4) return false;
  for (let i = g.from; i < g.to; i++) if (g.cover(i) !== 'person') return false;
  let last = g.to - 1;
  while (last > g.from && g.ctx.tokens[last]?.kind !== 'word') last--;
  return g.ctx.parses(last).some((p) => p.case === 'gent');
}

/** The office right after the name is in the instrumental: "назначение [Иванова] [послом в России]". */
export function instrumentalOffice(g: GapView): boolean {
  return g.ctx.parses(g.to).some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case === 'ablt');
}

/** Words that put an office after a name without a verb between: "назначил Иванова [на пост] министра", "освободил ... [от должности]". */
const POST_PREPOSITIONS = new Set(['на', 'с', 'со', 'от', 'в']);
const POST_NOUNS = new Set(['пост', 'должность', 'качество']);

/** The gap is "на пост", "от должности", "с поста", "в качестве", maybe with an adjective: "на пост нового". */
export function post(g: GapView): boolean {
  if (size(g) < 2 || size(g) > 3 || !POST_PREPOSITIONS.has(g.ctx.folded(g.from))) return false;
  if (!hasLemma(g, g.from + 1, POST_NOUNS)) return false;
  return size(g) === 2 || adjectivesOnly(g, g.from + 2);
}

/** The head of a title that is no office entity: a common noun for a person in a case the name can take ("сооснователь", "лауреат"). */
function titleHead(g: GapView, i: number): boolean {
  if (/^\p{Lu}/u.test(text(g, i)) || g.cover(i) !== 'none') return false;
  const own = g.ctx.parses(i);
  if (own.some((p) => NOT_TAIL.has(p.pos) || KINSHIP.has(p.lemma) || ADDRESS.has(p.lemma))) return false;
  const name = g.ctx.parses(g.to).filter((p) => p.known && p.case !== null);
  return own.some(
    (p) =>
      p.pos === 'NOUN' &&
      p.grammemes.has('anim') &&
      !NAME_GRAMMEMES.some((n) => p.grammemes.has(n)) &&
      (name.length ? name.some((q) => q.case === p.case) : p.case === 'nomn'),
  );
}

/**
 * After the office, "и" or a comma and a second title that no extractor marked, with its own
 * tail, then the name: "гитарист [и сооснователь группы «Ляпис Трубецкой»] Руслан Владыко",
 * "физик[, нобелевский лауреат] Чарлз Таунс", "драматург[, лауреат премии,] Дарио Фо".
 */
export function secondTitle(g: GapView): boolean {
  const sep = text(g, g.from);
  if (sep !== ',' && sep !== 'и') return false;
  let i = g.from + 1;
  if (sep === ',' && g.ctx.folded(i) === 'а' && g.ctx.folded(i + 1) === 'также') i += 2;
  const end = sep === ',' && text(g, g.to - 1) === ',' ? g.to - 1 : g.to;
  while (i < end && (AGE.test(text(g, i)) || g.ctx.parses(i).some((p) => p.pos === 'ADJF' && !p.grammemes.has('Apro'))))
    i++;
  if (i >= end || !titleHead(g, i)) return false;
  if (i + 1 === end) return true;
  // a name that may be in the genitive after a tail is the tail's: "эксперт по творчеству [Скрябина]"
  if (g.ctx.parses(g.to).some((p) => p.case === 'gent')) return false;
  return tailPhrase({ ctx: g.ctx, from: i + 1, to: end, chained: g.chained, cover: (k) => g.cover(k) });
}

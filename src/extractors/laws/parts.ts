/**
 * Pattern parts that the law rules share: the act's kind, issuer, date, number, title and the
 * chain of article/part/clause references. Each part is named so the interpretation reads it.
 */
import {
  alt,
  capitalized,
  custom,
  gnc,
  gram,
  kind,
  lemma,
  notGram,
  opt,
  punct,
  repeat,
  seq,
  span,
  tok,
  upper,
  word,
  type DocContext,
  type Pattern,
  type Predicate,
  type SpanMatcher,
  wordTest,
} from '../../engine/index.js';
import { MONTHS } from '../../lexicon/calendar.js';
import { ACT_UNITS, ISSUERS, JURISDICTION_ABBR } from '../../lexicon/laws/index.js';

/** The surface exactly as written (abbreviations are case-sensitive: "УК", not "ук"). */
export function exact(...forms: string[]): Predicate {
  const set = new Set(forms);
  return word(...forms).and(wordTest(`exact(${forms.join(',')})`, (ctx, i) => set.has(ctx.tokens[i]?.text ?? '')));
}

/** An abbreviation with or without its dot: "ст.", "ч", "п.". */
const abbr = (...forms: string[]): Pattern => seq(tok(word(...forms).and(lower())), opt(punct('.')));
function lower(): Predicate {
  return wordTest('lower-abbr', (ctx, i) => /^\p{Ll}/u.test(ctx.tokens[i]?.text ?? ''));
}

// ---- references: "пункт 6 части 2 статьи 104", "ч. 2 ст. 285", "статьями 205 и 209", "42-й статьи"

/** One unit word ("статьи", "ч.") named `unit`. */
export const unitWord: Pattern = alt(
  ...Object.entries(ACT_UNITS).map(([l, u]) => alt(tok(lemma(l)), abbr(...u.abbr))),
).as('unit');

/** A unit's number: "104", "200.2", "4.1.7", "4.1.1-4.1.6", a letter in quotes ("«б»"). */
const numeric = custom('act-number', (ctx, i) => {
  const t = ctx.tokens[i];
  return !!t && (t.kind === 'number' || t.kind === 'other') && /^\d{1,5}(?:\.\d{1,4}){0,4}(?:-\d{1,4})?$/u.test(t.text);
});
const letter = seq(
  punct('«', '"'),
  tok(wordTest('letter', (ctx, i) => /^[а-яa-z]$/u.test(ctx.tokens[i]?.text ?? ''))),
  punct('»', '"'),
);
const oneValue = alt(seq(tok(numeric), opt(seq(punct('-'), tok(numeric)))), letter).as('val');
/** "205 и 209", "318 и 212", "4.1.1-4.1.6". */
const values = seq(oneValue, repeat(seq(alt(punct(','), word('и')), oneValue), 0, 6));
/** Ordinal words that number a unit ("шестой статьёй", "абзацем вторым"); by lemma, so the rule is tried only where one stands. */
// the morphology gives an ordinal adjective the lemma of its cardinal ("шестой" -> "шесть")
export const ORDINAL_LEMMAS: Readonly<Record<string, string>> = {
  первый: '1',
  один: '1',
  два: '2',
  три: '3',
  четыре: '4',
  пять: '5',
  шесть: '6',
  семь: '7',
  восемь: '8',
  девять: '9',
  десять: '10',
  одиннадцать: '11',
  двенадцать: '12',
};
const ordinalWord = lemma(...Object.keys(ORDINAL_LEMMAS)).and(gram('ADJF'));
/** "42-й", "шестой", "155" before the unit. */
const ordinalBefore = alt(
  tok(
    kind('number', 'other').and(
      custom('ordinal-number', (ctx, i) =>
        /^\d{1,4}(?:-?(?:й|я|е|го|ой|ом|ю|ая|ое))?$/u.test(ctx.tokens[i]?.text ?? ''),
      ),
    ),
  ),
  tok(ordinalWord),
).as('val');

/** One reference item: a unit and its number(s), either order. */
export const refItem: Pattern = alt(
  seq(unitWord, values),
  seq(ordinalBefore, tok(lemma('статья', 'часть', 'глава')).as('unit')),
).as('ref');

/** A chain of references: "ч. 3 ст. 30, ч. 1 ст. 318", "пунктом 1 части 1 абзацем вторым части 4 статьи 13". */
export const refChain: Pattern = seq(
  refItem,
  repeat(
    seq(opt(punct(',')), alt(refItem, seq(tok(lemma('абзац')).as('unit'), tok(ordinalWord).as('val')).as('ref'))),
    0,
    10,
  ),
);

// ---- jurisdiction: "РФ", "России", "Российской Федерации", "Кыргызской Республики", "Республики Беларусь"

const r = gnc();
const capGent = (...g: Parameters<typeof gram>): Predicate => capitalized().and(gram(...g, 'gent'));
export const jurisdiction: Pattern = alt(
  tok(exact(...JURISDICTION_ABBR)),
  seq(
    tok(capGent('ADJF')).agree(r),
    tok(
      gram('NOUN', 'gent').and(
        lemma('федерация', 'республика', 'штат', 'королевство', 'союз', 'империя', 'область', 'край', 'округ'),
      ),
    ).agree(r),
  ),
  seq(tok(lemma('республика', 'город', 'штат').and(gram('gent'))), tok(capitalized().and(kind('word')))),
  tok(capGent('NOUN', 'Geox')),
  seq(tok(capGent('ADJF')).agree(gnc()), tok(capGent('NOUN'))),
).as('jur');

// ---- issuer: "Президента Российской Федерации", "Правительства Владимирской области", "Минтруда России"

const ISSUER_SET = new Set<string>(ISSUERS);
const issuerHead = custom('issuer', (ctx, i) => {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return false;
  if (/^Мин[а-яё]{3,}/u.test(t.text) && !/^Мин(ск|ь)/u.test(t.text)) return true;
  return (
    ctx.parses(i).some((p) => p.case === 'gent' && ISSUER_SET.has(p.lemma)) ||
    (ISSUER_SET.has(ctx.folded(i)) && /^\p{Lu}/u.test(t.text))
  );
});
/** Not a one-letter word ("с", "к", an initial "Ю."): those end a phrase. */
const longWord = wordTest('long-word', (ctx, i) => (ctx.tokens[i]?.text.length ?? 0) > 1);
const issuerWord = alt(
  tok(gram('gent').and(notGram('PREP', 'CONJ', 'PRCL', 'NPRO', 'Apro', 'VERB', 'INFN'), longWord)),
  tok(upper().and(kind('word'))),
  seq(word('и'), tok(gram('NOUN', 'gent').and(notGram('Apro')))),
);
export const issuer: Pattern = seq(
  seq(opt(tok(gram('ADJF', 'gent').and(notGram('Apro')))), tok(issuerHead)).as('issuerHead'),
  repeat(issuerWord, 0, 7),
).as('issuer');

// ---- date: "от 05.04.2013", "от 7 мая 2024 г.", "от 6 октября 1999 г", "от 2012 года", "от 21 10 2016"

const yearWord = seq(alt(tok(lemma('год')), tok(word('г', 'гг'))), opt(punct('.')));
const num = (re: RegExp) =>
  tok(wordTest(`num${re}`, (ctx, i) => ctx.tokens[i]?.kind === 'number' && re.test(ctx.tokens[i]?.text ?? '')));
const day = num(/^(?:0?[1-9]|[12]\d|3[01])$/u);
const yearNum = num(/^(?:1[89]|20)\d\d$/u);
export const datePart: Pattern = seq(
  word('от'),
  alt(
    seq(tok(kind('date')), opt(yearWord)),
    seq(day, tok(lemma(...MONTHS)), yearNum, opt(yearWord)),
    seq(day, num(/^(?:0?[1-9]|1[0-2])$/u), yearNum, opt(yearWord)),
    seq(yearNum, yearWord),
  ).as('date'),
);

// ---- number: "№ 44-ФЗ", "N 244", "№ 3/216", "№178/2017", "№ 1039149-6", "за номером 220666-6", "184 ФЗ"

const numberToken = tok(kind('number', 'other', 'roman'));
const gluedTail = tok(
  custom('glued-number-tail', (ctx, i) => {
    const t = ctx.tokens[i];
    return (
      !!t &&
      !t.spaceBefore &&
      (t.kind === 'number' || t.kind === 'other' || t.kind === 'roman' || /^[А-ЯA-Z]{1,4}$/u.test(t.text))
    );
  }),
);
const joiner = tok(
  custom('glued-joiner', (ctx, i) => {
    const t = ctx.tokens[i];
    return !!t && !t.spaceBefore && (t.text === '/' || /^[-‐‑–]$/u.test(t.text));
  }),
);
const numberValue = seq(numberToken, repeat(seq(joiner, gluedTail), 0, 3)).as('number');
export const numberPart: Pattern = alt(
  seq(alt(punct('№'), tok(exact('N', 'No', 'Nº'))), numberValue),
  seq(word('за'), word('номером'), numberValue),
);

// ---- title: «О контрактной системе ...», with nested „...“ quotes

const OPEN_CLOSE: Readonly<Record<string, string>> = { '«': '»', '„': '“', '“': '”', '"': '"', '‘': '’' };
/** Whether the whitespace between tokens `a` and `b` holds a line break (a title never spans lines). */
const breakBetween = (ctx: DocContext, a: number, b: number): boolean =>
  /[\n\r]/u.test(ctx.text.slice(ctx.tokens[a]?.end ?? 0, ctx.tokens[b]?.start ?? 0));

/** A quoted title: from an opening quote to its matching closing one, at most 80 tokens, on one line. */
export const quotedTitle: SpanMatcher<null> = {
  description: 'quoted-title',
  start: { by: 'lemma', values: Object.keys(OPEN_CLOSE) },
  matchAt(ctx, i) {
    const first = ctx.tokens[i];
    if (!first || !(first.text in OPEN_CLOSE)) return [];
    const next = ctx.tokens[i + 1];
    if (!next || next.kind !== 'word' || !/^\p{Lu}/u.test(next.text) || breakBetween(ctx, i, i + 1)) return [];
    const stack: string[] = [OPEN_CLOSE[first.text]!];
    const last = Math.min(ctx.tokens.length, i + 80);
    for (let k = i + 1; k < last; k++) {
      const t = ctx.tokens[k]!.text;
      if (breakBetween(ctx, k - 1, k)) return [];
      if (t === stack[stack.length - 1]) {
        stack.pop();
        if (!stack.length) return k - i >= 2 ? [{ end: k + 1, value: null }] : [];
      } else if (t in OPEN_CLOSE) stack.push(OPEN_CLOSE[t]!);
      else if (t === '»' || t === '”') return []; // a closing quote of another pair: unbalanced
    }
    return [];
  },
};
export const titlePart: Pattern = span(quotedTitle).as('title');

/**
 * A quoted title that starts with "О" or "Об" («О муниципальной службе ...»): the title of an act
 * standing alone. Declaring its second word lets a rule set leave a rule on it out before every
 * other quote (company names, ~97% of the quoted titles in RuREBus).
 */
export const aboutTitle: SpanMatcher<null> = {
  description: 'about-title',
  start: quotedTitle.start,
  follow: { second: new Set(['о', 'об']), single: false },
  matchAt(ctx, i) {
    const first = ctx.tokens[i + 1]?.text;
    return first === 'О' || first === 'Об' ? quotedTitle.matchAt(ctx, i) : [];
  },
};

// ---- "о ..." phrase: "о государственном бюджете", "об обязательной воинской повинности"

const contentP = (...g: Parameters<typeof gram>): Predicate =>
  gram(...g).and(notGram('PREP', 'CONJ', 'PRCL', 'NPRO', 'Apro'), longWord);
const content = (...g: Parameters<typeof gram>): Pattern => tok(contentP(...g));
const aboutTail = alt(
  content('gent'),
  seq(word('и'), content('loct')),
  seq(word('и'), content('gent')),
  tok(upper().and(kind('word'))),
  // "в Российской Федерации", "в Москве", but not "в первом чтении": a place after "в", a thing after the others
  seq(word('в', 'во'), opt(tok(capitalized().and(gram('ADJF')))), tok(capitalized().and(kind('word')))),
  seq(word('на', 'с', 'за', 'по', 'против'), content('ADJF').optional(), content('NOUN')),
);
export const aboutPart: Pattern = seq(
  word('о', 'об', 'обо'),
  repeat(tok(contentP('ADJF', 'loct').or(gram('PRTF', 'loct'))), 0, 3),
  content('NOUN', 'loct'),
  repeat(aboutTail, 0, 10),
).as('about');

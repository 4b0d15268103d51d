/**
 * What an office is an office of: the genitive chain after it ("труда и занятости населения
 * Владимирской области"), abbreviations ("России", "РФ", "МВД"), names in quotes ("«Газпрома»") or
 * in Latin letters ("Apple"), and the prepositional phrases that belong to an office ("по правам
 * человека", "от Техаса", "России в ООН", "в президенты"). Every part is bounded, so a tail can
 * never run away on a long genitive chain.
 */
import {
  Predicate,
  alt,
  allOf,
  capsOrDigits,
  custom,
  fold,
  not,
  opt,
  repeat,
  seq,
  tok,
  upper,
  word,
  type DocContext,
  type Pattern,
} from '../../../engine/index.js';
import { QUOTE_CLOSE, QUOTE_OPEN, isCapitalized } from '../../../context/index.js';
import { BODIES } from '../../../lexicon/organizations/index.js';
import type { Parse } from '../../../morph/types.js';
import type { PositionLexicon } from '../lexicon.js';

/** Nouns that put a time or an amount after an office, not what it is an office of: "министр 90-х годов". */
const NOT_ORG = new Set([
  'год',
  'месяц',
  'неделя',
  'день',
  'час',
  'минута',
  'время',
  'раз',
  'срок',
  'период',
  'век',
  'половина',
  'ряд',
  'число',
  'сумма',
  'конец',
  'начало',
  'середина',
  'момент',
  'лет',
  'слово',
  'имя',
  'который',
  'мнение',
  'сторона',
  'первое',
]);
/** What "по" introduces after an office that is no part of it: "по словам", "по данным", "по профессии". */
const NOT_PO = new Set([
  'слово',
  'данные',
  'мнение',
  'информация',
  'итог',
  'результат',
  'причина',
  'случай',
  'повод',
  'профессия',
  'образование',
  'происхождение',
  'национальность',
  'телефон',
  'время',
  'оценка',
  'сведение',
  'факт',
  'просьба',
  'приглашение',
  'инициатива',
  'словам',
  'решение',
  'распоряжение',
  'указ',
  'приказ',
  'поручение',
  'итоги',
  'завершение',
  'окончание',
  'прибытие',
  'возвращение',
  'адрес',
  'пути',
  'путь',
  'сообщение',
  'подсчёт',
  'подсчет',
  'мере',
  'конституция',
  'закон',
  'версия',
  'продолжительность',
]);
const NAME_MARKS = ['Name', 'Surn', 'Patr'] as const;
const LATIN = /^[A-Za-z][A-Za-z0-9&'’.+-]*$/;

const isNameReading = (p: Parse): boolean => NAME_MARKS.some((g) => p.grammemes.has(g));

/** One-word names of bodies ("Роскомнадзор", "Минобрнауки", "Госдума"): a tail word, known to the dictionary or not. */
const BODY_WORDS: ReadonlySet<string> = new Set(
  BODIES.flatMap((b) => [b.name, ...b.forms])
    .filter((f) => !/[\s-]/u.test(f) && !capsOrDigits(f))
    .map(fold),
);

/**
 * A capitalised word may go on an office's tail when the dictionary knows it as something other
 * than a person's name ("Министерства", "Госдумы", "Московской"), and a first name that is also
 * a town ("Владимира") only when no surname follows it.
 */
function nameFree(ctx: DocContext, i: number, ps: readonly Parse[]): boolean {
  if (!isCapitalized(ctx, i) || capsOrDigits(ctx.tokens[i]?.text ?? '')) return true;
  if (ps.some((p) => BODY_WORDS.has(p.lemma))) return true;
  if (!ps.some((p) => p.known && !isNameReading(p))) return false;
  // an adjective known to the dictionary is one even where a surname has its form ("Московской области")
  if (ps.some((p) => p.known && (p.pos === 'ADJF' || p.pos === 'PRTF'))) return true;
  const all = ctx.parses(i);
  if (!all.some((p) => p.known && isNameReading(p))) return true;
  if (!all.some((p) => p.grammemes.has('Geox') || p.grammemes.has('Orgn'))) return false;
  const next = ctx.tokens[i + 1];
  return !next || next.kind !== 'word' || !isCapitalized(ctx, i + 1) || !next.spaceBefore;
}

function inCase(c: Parse['case'], pos: (p: Parse) => boolean, skip: ReadonlySet<string>, desc: string): Predicate {
  const ok = (p: Parse): boolean => p.case === c && pos(p) && !skip.has(p.lemma) && !p.grammemes.has('Apro');
  return new Predicate((ctx, i) => {
    const t = ctx.tokens[i];
    if (!t || t.kind !== 'word' || t.newlineBefore) return false;
    // most words fail: count before allocating the readings that pass
    const all = ctx.parses(i);
    let n = 0;
    for (const p of all) if (ok(p)) n++;
    if (n === 0) return false;
    const ps = n === all.length ? all : all.filter(ok);
    return nameFree(ctx, i, ps) ? ps : false;
  }, desc);
}

const isNoun = (p: Parse): boolean => p.pos === 'NOUN' && !p.grammemes.has('Abbr');
const isModifier = (p: Parse): boolean => p.pos === 'ADJF' || p.pos === 'PRTF';

/** A noun phrase in one case: up to three modifiers and the noun ("Владимирской области"). */
function nounPhrase(
  c: Parse['case'],
  skip: ReadonlySet<string>,
  noun: Predicate = inCase(c, isNoun, skip, `noun(${c})`),
): Pattern {
  return seq(repeat(inCase(c, isModifier, skip, `modifier(${c})`), 0, 3), tok(noun));
}

const abbr = (): Pattern =>
  tok(
    upper().and(
      custom(
        'abbreviation',
        (ctx, i) => (ctx.tokens[i]?.text.length ?? 0) >= 2 && !ctx.parses(i).some((p) => p.known && isNameReading(p)),
      ),
    ),
  );
const latin = (): Pattern =>
  seq(
    tok(
      custom(
        'latin name',
        (ctx, i) => LATIN.test(ctx.tokens[i]?.text ?? '') && /^[A-Z]/.test(ctx.tokens[i]?.text ?? ''),
      ),
    ),
    repeat(
      custom('latin word', (ctx, i) => LATIN.test(ctx.tokens[i]?.text ?? '') && ctx.tokens[i]?.spaceBefore === true),
      0,
      3,
    ),
  );

/** «Газпрома», "Российской газеты": a short name in quotation marks on one line. */
export function quoted(): Pattern {
  const open = custom('opening quote', (ctx, i) => QUOTE_OPEN.has(ctx.tokens[i]?.text ?? ''));
  const inside = custom('quoted word', (ctx, i) => {
    const t = ctx.tokens[i];
    return !!t && !t.newlineBefore && !QUOTE_CLOSE.has(t.text) && !QUOTE_OPEN.has(t.text) && t.text !== '.';
  });
  const close = custom(
    'closing quote',
    (ctx, i) => QUOTE_CLOSE.has(ctx.tokens[i]?.text ?? '') && ctx.tokens[i]?.newlineBefore !== true,
  );
  return seq(open, repeat(inside, 1, 8), close);
}

/** The tail of an office; its parts are named so the interpretation can check who may take them. */
export function tail(lex: PositionLexicon): Pattern {
  const noHeads = new Set([...NOT_ORG, ...lex.heads]);
  const gen = nounPhrase('gent', NOT_ORG);
  // after "и", a phrase that goes on with an office is the next position ("министра и первого заместителя министра")
  const beforeOffice = (ctx: DocContext, i: number): boolean =>
    ctx.tokens[i + 1]?.kind === 'word' && ctx.lemmas(i + 1).some((l) => lex.heads.has(l));
  const genNoHead = nounPhrase(
    'gent',
    noHeads,
    inCase('gent', isNoun, noHeads, 'noun(gent)')
      .and(custom('no office next', (ctx, i) => !beforeOffice(ctx, i)))
      .and(not(hyphenHead(lex))),
  );
  const dat = nounPhrase('datv', new Set([...NOT_ORG, ...NOT_PO]));
  // a name: "в Российской Федерации", "во Владимирской области", "от Техаса"
  const cap = custom('capitalised', isCapitalized);
  const capital = (c: Parse['case']) =>
    alt(
      seq(
        tok(inCase(c, isModifier, NOT_ORG, `modifier(${c})`).and(cap)),
        repeat(inCase(c, isModifier, NOT_ORG, `modifier(${c})`), 0, 2),
        tok(inCase(c, isNoun, NOT_ORG, `noun(${c})`)),
      ),
      nounPhrase(c, NOT_ORG, inCase(c, isNoun, NOT_ORG, `name(${c})`).and(cap)),
    );
  const plural = custom('office in the plural', (ctx, i) =>
    ctx
      .parses(i)
      .some((p) => p.number === 'plur' && (p.case === 'accs' || p.case === 'nomn') && lex.heads.has(p.lemma)),
  );
  const unit = alt(
    gen,
    abbr(),
    latin(),
    quoted(),
    seq(word('и'), genNoHead),
    seq(word('по'), dat, repeat(gen, 0, 2), opt(seq(word('и'), dat))).as('po'),
    seq(word('в', 'во', 'при'), alt(abbr(), capital('loct'), capital('accs'))).as('in'),
    seq(word('в'), tok(plural)).as('into'),
    seq(word('от'), alt(abbr(), capital('gent'), quoted())).as('from'),
  );
  return repeat(unit, 1, 8);
}

const PREFIX = /^(?:экс|вице|зам)-/u;

/**
 * A word of several parts that the dictionary does not list whole, one of whose parts is an office
 * ("гитарист-вокалист", "режиссёра-дебютанта", "экс-премьер-министр", "IT-предприниматель").
 */
export function hyphenHead(lex: PositionLexicon): Predicate {
  // the word alone: remembered per word (allOf), and the word lists leave the rule out at other words
  return allOf(
    new Predicate(
      (ctx, i) => {
        const t = ctx.tokens[i];
        if (!t || t.kind !== 'word' || !t.text.includes('-') || ctx.lemmas(i).some((l) => lex.heads.has(l)))
          return false;
        const f = ctx.folded(i);
        const rest = f.replace(PREFIX, '');
        const parts = rest === f ? f.split('-') : [rest, ...rest.split('-')];
        return parts.some(
          (p) =>
            p.length > 2 &&
            ctx.morph.parse(p).some((x) => x.pos === 'NOUN' && !x.grammemes.has('Abbr') && lex.heads.has(x.lemma)),
        );
      },
      'office in a hyphenated word',
      { by: 'kind', values: ['word'] },
      null,
      true,
    ),
  );
}

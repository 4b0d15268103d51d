/**
 * Acts named by their kind and what identifies them: "Указ Президента РФ от 7 мая 2024 г. № 309",
 * "Федеральный закон от 05.04.2013 № 44-ФЗ «О контрактной системе ...»", "закона об амнистии",
 * "постановление Правительства Владимирской области от 12.03.2019 № 3/216". The kind word alone
 * is a common word ("по закону жанра", "принять решение"): it needs a number, a date, a title, an
 * "о ..." phrase or, for decrees and resolutions, a capitalised issuer.
 */
import {
  alt,
  capitalized,
  gnc,
  gram,
  kind,
  lemma,
  notGram,
  opt,
  punct,
  repeat,
  rule,
  seq,
  span,
  tok,
  upper,
  word,
  type DocContext,
  type MatchView,
  type Pattern,
  type Rule,
  wordTest,
} from '../../../engine/index.js';
import { sentenceInitial } from '../../../context/index.js';
import { ABOUT_KINDS, ACT_KINDS, JURISDICTION_ABBR, TREATY_KINDS } from '../../../lexicon/laws/index.js';

const JUR = new Set<string>(JURISDICTION_ABBR);
const notJurisdiction = wordTest('not-jurisdiction', (ctx, i) => !JUR.has(ctx.tokens[i]?.text ?? ''));
import {
  readDate,
  readIssuer,
  readNumber,
  readTitle,
  firstAsWritten,
  namedOnly,
  type LawProposal,
} from '../interpret.js';
import { aboutPart, aboutTitle, datePart, exact, issuer, jurisdiction, numberPart, titlePart } from '../parts.js';

const OTHER_KINDS = ACT_KINDS.map((k) => k.lemma).filter((l) => l !== 'закон' && l !== 'конституция');

/** "федеральный конституционный закон", "Федеральным законом", "ФЗ", "указом", "постановления". */
export const actHead: Pattern = alt(
  seq(opt(tok(lemma('федеральный'))), opt(tok(lemma('конституционный'))), tok(lemma('закон'))).as('kind'),
  seq(opt(seq(tok(kind('number')).as('number'), opt(punct('-')))), tok(exact('ФЗ', 'ФКЗ')).as('kind')),
  tok(lemma(...OTHER_KINDS, 'статья')).as('kind'),
);

/** What may follow the kind: issuer or jurisdiction, date and number (either order), title or "о ..." phrase. */
export const actQualifiers: Pattern = seq(
  opt(alt(issuer, jurisdiction)),
  opt(alt(seq(datePart, opt(numberPart)), seq(numberPart, opt(datePart)))),
  opt(alt(titlePart, aboutPart)),
);

/** The kind's lemma: "федеральный закон", "указ"; abbreviations spelled out. */
export function kindOf(m: MatchView): string | null {
  const k = m.part('kind');
  if (!k) return null;
  if (k.text === 'ФЗ') return 'федеральный закон';
  if (k.text === 'ФКЗ') return 'федеральный конституционный закон';
  const words: string[] = [];
  for (let i = k.from; i < k.to; i++) words.push(m.parsesAt(i)[0]?.lemma ?? m.ctx.folded(i));
  return words.join(' ');
}

/** The fields of an act mention, its name the match in the nominative. */
export function actProposal(m: MatchView, kind: string | null): LawProposal {
  return {
    normalized: firstAsWritten(m.nominative(), m.text),
    kind,
    issuer: readIssuer(m),
    date: readDate(m),
    number: readNumber(m),
    title: readTitle(m),
    references: [],
  };
}

const ISSUED_KINDS = new Set(['указ', 'постановление', 'распоряжение', 'приказ']);
const ABOUT = new Set<string>([...ABOUT_KINDS, 'статья']);
const CAPITAL_ALONE = new Set(['указ', 'конвенция']);

/** Whether the mention says enough to be an act rather than the common word. */
function identified(m: MatchView, kind: string): boolean {
  const head = kind.split(' ').at(-1) ?? kind;
  if (head === 'статья') return m.has('about');
  if (m.has('date') || m.has('number') || m.has('title')) return head !== 'решение' || m.has('number');
  if (m.has('about')) return ABOUT.has(head);
  const iss = m.part('issuer');
  // "указом президента" names a decree; "постановлением Правительства" only with the capital
  if (iss && ISSUED_KINDS.has(head) && (head === 'указ' || capitalized().test(m.ctx, iss.from) !== false)) return true;
  // "Указом", "в Указе", "Конвенции" written with a capital mid-sentence name the act the text is about
  const k = m.part('kind');
  return (
    CAPITAL_ALONE.has(head) &&
    !!k &&
    capitalized().test(m.ctx, k.from) !== false &&
    !sentenceInitial(m.ctx, k.from) &&
    !m.has('jur')
  );
}

export const act = rule<LawProposal>({
  id: 'law/act',
  examples: [
    'Указ Президента Российской Федерации от 7 мая 2024 г. № 309',
    'постановлением Правительства Владимирской области от 12.03.2019 № 3/216',
    'Федерального закона от 05.04.2013 № 44-ФЗ «О контрактной системе в сфере закупок»',
    'ФЗ «О полиции»',
    'закона об амнистии',
    'приказ № 432',
    'федеральный конституционный закон за номером 220666-6',
    'Закона СССР от 1 октября 1990 года «О свободе совести и религиозных организациях»',
  ],
  pattern: seq(actHead, actQualifiers),
  interpret: (m) => {
    const kind = kindOf(m);
    if (!kind || !identified(m, kind)) return null;
    // "законом" alone ends up here only with a capital: "Указом", never a bare "закон"
    return actProposal(m, kind);
  },
});

/** "Европейской конвенции по правам человека", "Римского статута". */
export function treatyPattern(): Pattern {
  const r = gnc();
  return seq(
    tok(capitalized().and(gram('ADJF'))).agree(r),
    tok(lemma(...TREATY_KINDS, 'документ'))
      .agree(r)
      .as('kind'),
    opt(alt(aboutPart, seq(word('по'), tok(gram('NOUN', 'datv')), tok(gram('NOUN', 'gent'))))),
  );
}

/** "договор по СНВ", "договору СНВ", "соглашению СНВ": an act of states named by an abbreviation. */
export const treatyAbbr = rule<LawProposal>({
  id: 'law/treaty-abbr',
  examples: ['договор по СНВ', 'соглашению СНВ'],
  pattern: seq(
    tok(lemma(...TREATY_KINDS)).as('kind'),
    opt(word('по', 'о')),
    tok(
      upper().and(
        kind('word'),
        notJurisdiction,
        wordTest('cyrillic', (ctx, i) => /^[А-ЯЁ]/u.test(ctx.tokens[i]?.text ?? '')),
      ),
    ),
  ),
  interpret: (m) => namedOnly(firstAsWritten(m.nominative(), m.text), m.part('kind')?.lemma ?? null),
});

const PREPOSITIONS = new Set(['в', 'во', 'к', 'ко', 'по', 'согласно', 'из']);
const QUOTES = new Set(['«', '"', '„', '“']);

/**
 * What the words around a match must say for some rules (checked by the extractor, so that the
 * examples stay whole phrases): a capital that is the evidence must not be a sentence's
 * ("Новый договор ..."), a title alone must be in a list of titles («О ...» и «О ...»), a short
 * code name must follow a preposition and not precede a quoted name ("в ГК", not "ГК «Ростех»").
 */
export const CONTEXT_CHECKS: Readonly<Record<string, (ctx: DocContext, from: number, to: number) => boolean>> = {
  'law/treaty': (ctx, from) => !sentenceInitial(ctx, from),
  'law/capitalized': (ctx, from) => !sentenceInitial(ctx, from),
  'law/title': (ctx, from) =>
    (ctx.folded(from - 1) === 'и' || ctx.folded(from - 1) === ',') &&
    ['»', '"', '“'].includes(ctx.tokens[from - 2]?.text ?? ''),
  'law/code-short': (ctx, from, to) =>
    PREPOSITIONS.has(ctx.folded(from - 1)) && !QUOTES.has(ctx.tokens[to]?.text ?? '') && !capitalized().test(ctx, to),
};

/** "Римского статута", "Киотскому протоколу", "Венского документа": an act of states named by an adjective. */
export const treaty = rule<LawProposal>({
  id: 'law/treaty',
  examples: [
    'Римского статута',
    'Киотскому протоколу',
    'Венского документа',
    'Европейской конвенции по правам человека',
    'Европейской конвенции о защите прав человека',
  ],
  pattern: treatyPattern(),
  interpret: (m) => namedOnly(m.nominative(), m.part('kind')?.lemma ?? null),
});

/** A noun or adjective in the genitive, not a function word or a one-letter word ("и", "в" read as letters). */
const genitiveWord = gram('gent').and(
  gram('NOUN').or(gram('ADJF'), gram('PRTF')),
  notGram('PREP', 'CONJ', 'PRCL', 'NPRO', 'Apro'),
  wordTest('long-word', (ctx, i) => (ctx.tokens[i]?.text.length ?? 0) > 1),
);

/** "Стратегии социально-экономического развития региона", "Декларации независимости": a capitalised kind and what it is of. */
export const namedByTail = rule<LawProposal>({
  id: 'law/capitalized',
  examples: ['Стратегии социально-экономического развития региона', 'Декларации независимости Соединенных Штатов'],
  pattern: seq(
    tok(
      capitalized().and(
        lemma(
          'стратегия',
          'концепция',
          'доктрина',
          'декларация',
          'хартия',
          'конвенция',
          'правило',
          'договор',
          'соглашение',
        ),
      ),
    ).as('kind'),
    tok(genitiveWord),
    repeat(tok(genitiveWord), 0, 4),
  ),
  interpret: (m) => namedOnly(m.nominative(), m.part('kind')?.lemma ?? null),
});

/** "закон Яровой", "пакета Яровой", "закон Димы Яковлева", "Закон Магнитского": an act known by its author's name. */
export const nickname = rule<LawProposal>({
  id: 'law/nickname',
  examples: [
    'закон Яровой',
    'пакета Яровой',
    'закона Димы Яковлева',
    'Закон Магнитского',
    'пакте Молотова-Риббентропа',
  ],
  pattern: seq(
    tok(lemma('закон', 'пакет', 'законопроект', 'пакт').and(gram('sing'))).as('kind'),
    opt(tok(capitalized().and(gram('Name', 'gent')))),
    tok(
      capitalized().and(
        gram('Surn', 'gent')
          .or(gram('Name', 'gent'))
          .or(wordTest('double-surname', (ctx, i) => /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(ctx.tokens[i]?.text ?? ''))),
      ),
    ),
  ),
  interpret: (m) =>
    m.text.includes('\n') ? null : namedOnly(firstAsWritten(m.nominative(), m.text), m.part('kind')?.lemma ?? null),
});

/** «О муниципальной службе в РФ» alone (after "и" in a list of titles): a title that starts with "О" is an act's. */
export const titleAlone = rule<LawProposal>({
  id: 'law/title',
  examples: ['«О муниципальной службе в Российской Федерации»'],
  // (the rule itself accepts it only after «...» и)
  pattern: span(aboutTitle).as('title'),
  interpret: (m) => {
    const first = m.ctx.tokens[m.from + 1]?.text;
    if (first !== 'О' && first !== 'Об') return null;

    return {
      normalized: m.text,
      kind: null,
      issuer: null,
      date: null,
      number: null,
      title: readTitle(m),
      references: [],
    };
  },
});

export const ACT_RULES: readonly Rule<LawProposal>[] = [act, treaty, treatyAbbr, namedByTail, nickname, titleAlone];

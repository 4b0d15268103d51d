/**
 * Offices, occupations and titles: an office word from the lexicon with the modifiers that belong
 * to it ("главный тренер", "первый заместитель"), what makes it acting ("врио", "исполняющий
 * обязанности", "и. о."), and what it is an office of (the tail, see tails.ts).
 */
import {
  Predicate,
  alt,
  gnc,
  gram,
  lemma,
  notGram,
  opt,
  punct,
  repeat,
  rule,
  seq,
  span,
  surface,
  tok,
  word,
  type DocContext,
  type Rule,
} from '../../../engine/index.js';
import { isCapitalized, modifiedNoun, sentenceInitial } from '../../../context/index.js';
import type { PositionLexicon } from '../lexicon.js';
import { positionValue, type PositionValue } from '../value.js';
import { hyphenHead, tail } from './tails.js';

/**
 * An office word of the lexicon where it is one: not an abbreviation reading ("к" reads as one of
 * "кандидат"), not "после" (a case of "посол"), not "во главе", not an adjective before its noun
 * ("полицейский участок", "рабочий день"). Checked on the token, so a rejected word costs no match.
 */
function officeWord(lex: PositionLexicon): Predicate {
  const base = lemma(...lex.heads).and(notGram('Abbr'));
  return new Predicate(
    (ctx, i) => {
      const r = base.test(ctx, i);
      if (r === false) return false;
      const f = ctx.folded(i);
      if (f === 'после' || (ctx.folded(i - 1) === 'во' && f.startsWith('глав'))) return false;
      if (adjectiveHere(ctx, i, lex.heads)) return false;
      return r;
    },
    'office word',
    base.start,
  );
}

/**
 * The office word stands as an adjective before its noun ("полицейский участок", "рабочий день"):
 * only a reading the dictionary knows as the same word's adjective counts ("главой" has a guessed
 * adjective "главый"; "замначальника" is guessed whole), and a name after it is the person the
 * office is of ("учёный Франсуа Энглер", "Полицейский Ник Бейли").
 */
function adjectiveHere(ctx: DocContext, i: number, heads: ReadonlySet<string>): boolean {
  const ps = ctx.parses(i);
  if (!ps.some((p) => p.known && (p.pos === 'PRTF' || (p.pos === 'ADJF' && heads.has(p.lemma))))) return false;
  const next = modifiedNoun(ctx, i);
  if (next === null) return false;
  return !(isCapitalized(ctx, next.index) && !sentenceInitial(ctx, next.index) && nameLike(ctx, next.index));
}

/** A capitalised word the dictionary knows as a name or does not know at all. */
const nameLike = (ctx: DocContext, i: number): boolean =>
  ctx.parses(i).some((p) => !p.known || p.grammemes.has('Name') || p.grammemes.has('Surn') || p.grammemes.has('Patr'));

const acting = (lex: PositionLexicon) =>
  alt(
    tok(lemma(...lex.acting)),
    // the participle or the noun, not the verb ("исполнял обязанности")
    seq(
      opt(word('временно')),
      tok(lemma('исполнять', 'исполняющий').and(gram('PRTF').or(gram('NOUN')))),
      tok(lemma('обязанность')),
    ),
    seq(word('и'), punct('.'), word('о'), opt(punct('.'))),
  ).as('acting');

export function officeRules(lex: PositionLexicon): Rule<PositionValue>[] {
  const r = gnc();
  // "первый" is a form of "один" to the morphology
  const first = lemma('один').and(gram('Anum')).and(surface(/^перв/iu));
  const rank = tok(lemma(...lex.ranks).or(first))
    .agree(r)
    .as('rank');
  const head = tok(officeWord(lex)).agree(r).as('head');
  const office = rule<PositionValue>({
    id: 'position/office',
    examples: [
      'министр труда и занятости населения Владимирской области',
      'главы администрации Петушинского района',
      'заместителем председателя правительства Российской Федерации',
      'первый заместитель министра финансов',
      'главного тренера «Спартака»',
      'генерального директора Apple',
      'уполномоченный по правам человека в Российской Федерации',
      'посол России в США',
      'сенатор от Техаса',
      'кандидат в президенты',
      'актёр театра и кино',
      'экс-губернатора Московской области',
      'врио губернатора',
      'исполняющим обязанности главы города',
      'и. о. министра',
      'полицейские',
    ],
    pattern: seq(opt(acting(lex)), repeat(rank, 0, 2), head, opt(tail(lex).as('tail'))),
    interpret: (m) => {
      const h = m.part('head');
      if (!h) return null;
      return positionValue(m, lex, h.from, m.part('rank')?.from ?? h.from, h.from + 1);
    },
  });
  const compound = rule<PositionValue>({
    id: 'position/compound',
    examples: [
      'Папа Римский',
      'заместителя председателя правительства',
      'наследного принца',
      'кандидата в президенты США',
    ],
    pattern: seq(opt(acting(lex)), span(lex.compounds).as('office'), opt(tail(lex).as('tail'))),
    interpret: (m) => {
      const o = m.part('office');
      if (!o) return null;
      let h = o.from;
      while (h < o.to - 1 && !m.ctx.lemmas(h).some((l) => lex.heads.has(l))) h++;
      return positionValue(m, lex, h, o.from, o.to);
    },
  });
  const hyphenated = rule<PositionValue>({
    id: 'position/hyphenated',
    examples: ['гитарист-вокалист', 'экс-премьер-министра России', 'IT-предпринимателя'],
    // no acting prefix here: the rule is tried at every word with a hyphen, and that must stay cheap
    pattern: seq(tok(hyphenHead(lex)).as('head'), opt(tail(lex).as('tail'))),
    interpret: (m) => {
      const h = m.part('head');
      return h ? positionValue(m, lex, h.from, h.from, h.from + 1) : null;
    },
  });
  return [office, compound, hyphenated];
}

/** "президентских выборов", "губернаторского поста": NEREL marks the adjective of an office as a position. */
export function adjectiveRules(lex: PositionLexicon): Rule<PositionValue>[] {
  return [
    rule<PositionValue>({
      id: 'position/office-adjective',
      examples: ['президентских', 'губернаторского'],
      pattern: tok(lemma(...lex.adjectives)).as('adj'),
      interpret: (m) => {
        const p = m.part('adj');
        const a = p?.parses.find((x) => x.pos === 'ADJF');
        if (!p || !a) return null;
        return { normalized: a.lemma, role: a.lemma, organization: null, region: null, acting: false, former: false };
      },
    }),
  ];
}

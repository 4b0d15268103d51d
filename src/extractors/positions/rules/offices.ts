/**
 * Offices, occupations and titles: an office word from the lexicon with the modifiers that belong
 * to it ("главный тренер", "первый заместитель"), what makes it acting ("врио", "исполняющий
 * обязанности", "и. о."), and what it is an office of (the tail, see tails.ts).
 */
import {
  Predicate,
  allOf,
  alt,
  custom,
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
  type MatchView,
  type Rule,
} from '../../../engine/index.js';
import { isCapitalized, modifiedNoun, sentenceInitial } from '../../../context/index.js';
import type { Parse } from '../../../morph/types.js';
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
  // the conjunction remembers its result per token: a skip check and the match ask the office
  // word at one token ~3 times, and the tests around it read the readings of the next words;
  // its word part (the lemma) lets a rule set leave the rule out at other words
  const office = allOf(
    base,
    custom('office word here', (ctx, i) => {
      const f = ctx.folded(i);
      if (f === 'после' || (ctx.folded(i - 1) === 'во' && f.startsWith('глав'))) return false;
      return !adjectiveHere(ctx, i, lex.heads) && !mostlyThing(ctx, i, lex.heads);
    }),
  );
  return new Predicate(office.test, 'office word', office.start, null, false, office.wordPart);
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

/** Share of the readings below which an office word is read as the thing it also names. */
const THING_SHARE = 0.2;
/** Nouns whose genitive is an office: "на посту премьера", "должность политика". */
const POST_WORDS = new Set(['пост', 'должность', 'кресло']);

/**
 * The word is mostly a case of a thing, not of the office: "политики", "политику" are cases of
 * "политика" far more often than of "политик"; "премьера" of the premiere, "энергетики" of the trade.
 */
function mostlyThing(ctx: DocContext, i: number, heads: ReadonlySet<string>): boolean {
  let office = 0;
  let thing = 0;
  const ps = ctx.parses(i);
  for (const p of ps) {
    if (heads.has(p.lemma)) office += p.score;
    else if (p.pos === 'NOUN' && p.known && !p.grammemes.has('anim')) thing += p.score;
  }
  if (thing === 0 || office >= THING_SHARE * (office + thing)) return false;
  // "на посту премьера": a post is an office's
  if (ctx.lemmas(i - 1).some((l) => POST_WORDS.has(l))) return false;
  // an adjective before that fits the office and not the thing is about a person: "94-летнего политика"
  const adj = ctx.parses(i - 1).filter((a) => a.pos === 'ADJF' || a.pos === 'PRTF');
  const fits = (x: Parse): boolean =>
    adj.some((a) => a.case === x.case && a.number === x.number && (a.number === 'plur' || a.gender === x.gender));
  const officeFits = ps.some((p) => heads.has(p.lemma) && fits(p));
  const thingFits = ps.some((p) => !heads.has(p.lemma) && fits(p));
  return !(officeFits && !thingFits);
}

/** A capitalised word the dictionary knows as a name or does not know at all. */
const nameLike = (ctx: DocContext, i: number): boolean =>
  ctx.parses(i).some((p) => !p.known || p.grammemes.has('Name') || p.grammemes.has('Surn') || p.grammemes.has('Patr'));

const LATIN_WORD = /^[A-Za-z]/u;

/**
 * "рэпера PSY", "певице Aaliyah": after a performer in the singular, Latin words alone are the
 * performer's stage name, not what the performer is one of (the match without them stands).
 */
function stageNameTail(m: MatchView, lex: PositionLexicon, head: number): boolean {
  const t = m.part('tail');
  if (!t || !t.tokens.every((x) => LATIN_WORD.test(x.text))) return false;
  const ps = m.parsesAt(head);
  return ps.some((p) => lex.stageNamed.has(p.lemma) && p.number === 'sing');
}

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
  // one tail for the three rules: its sets and predicates (~2,000 office words) made once at start-up
  const officeTail = tail(lex).as('tail');
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
    pattern: seq(opt(acting(lex)), repeat(rank, 0, 2), head, opt(officeTail)),
    interpret: (m) => {
      const h = m.part('head');
      if (!h || stageNameTail(m, lex, h.from)) return null;
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
    pattern: seq(opt(acting(lex)), span(lex.compounds).as('office'), opt(officeTail)),
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
    pattern: seq(tok(hyphenHead(lex)).as('head'), opt(officeTail)),
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

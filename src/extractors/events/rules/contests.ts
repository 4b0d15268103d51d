/**
 * Contests, festivals, forums, exhibitions, championships, olympiads, ceremonies: "IV
 * Всероссийского конкурса профессионального мастерства в сфере занятости населения",
 * "чемпионата мира по футболу", "форума «Россия»", "Олимпийских игр", "церемонии награждения".
 * A bare head ("конкурса", "этого конкурса") is not an event: it needs an ordinal, a level, a name
 * in quotes, or (for a championship, a cup, an olympiad) what it is of.
 */
import {
  alt,
  capitalized,
  gnc,
  gram,
  kind,
  lemma,
  opt,
  punct,
  repeat,
  rule,
  seq,
  surface,
  tok,
  word,
  type MatchView,
  type Rule,
} from '../../../engine/index.js';
import {
  CEREMONY_OF,
  EVENT_HEADS,
  GAMES_ADJECTIVES,
  LEVELS,
  SELF_NAMING_HEADS,
} from '../../../lexicon/awards/events.js';
import { SMALL_ORDINALS } from '../../../lexicon/numerals.js';
import { datvLower, event, gentLower, quoted, yearToken, type EventProposal } from '../parts.js';

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };
function romanValue(s: string): number | null {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const v = ROMAN[s[k]!];
    const next = ROMAN[s[k + 1] ?? ''] ?? 0;
    if (v === undefined) return null;
    n += v < next ? -v : v;
  }
  return n || null;
}

const r = gnc();
const ordinalPart = alt(
  tok(kind('roman')),
  tok(kind('other').and(surface(/^\d{1,3}-(?:й|го|ый|ого|м|ом|му|ому|я|ая|ой|ую|е|ое)$/u))),
  tok(lemma(...Object.keys(SMALL_ORDINALS)).and(gram('ADJF', 'Anum'))).agree(r),
).as('ordinal');
const modifier = tok(lemma(...Object.keys(LEVELS)).and(gram('ADJF')))
  .agree(r)
  .as('mod');
const geoOf = tok(lemma('мир', 'европа', 'азия', 'африка', 'америка', 'россия', 'снг', 'евразия').and(gram('gent')));

/** What follows the head and belongs to the name. */
const tailPart = repeat(
  alt(
    tok(gentLower),
    geoOf,
    seq(word('в', 'во'), word('сфере', 'области'), repeat(tok(gentLower), 1, 4)),
    seq(word('по'), repeat(tok(datvLower), 1, 3)),
    seq(word('среди'), repeat(tok(gentLower), 1, 3)),
    seq(word('имени', 'им'), opt(punct('.')), repeat(tok(capitalized().and(kind('word'))), 1, 3)),
    tok(yearToken),
  ),
  0,
  10,
).as('tail');

export const contest = rule<EventProposal>({
  id: 'event/contest',
  examples: [
    'IV Всероссийского конкурса профессионального мастерства в сфере занятости населения',
    'чемпионата мира по футболу',
    'Всероссийского конкурса «Учитель года»',
    'международный форум «Россия – спортивная держава»',
    'XXII Олимпийских зимних игр',
    'регионального фестиваля',
    'церемонии награждения',
    '4-й Международной выставки',
  ],
  pattern: seq(
    opt(ordinalPart),
    repeat(modifier, 0, 3),
    tok(lemma(...Object.keys(EVENT_HEADS)).and(gram('NOUN')))
      .agree(r)
      .as('head'),
    tailPart,
    opt(quoted),
  ),
  interpret: (m) => {
    const head = m
      .part('head')!
      .parses.map((p) => p.lemma)
      .find((l) => l in EVENT_HEADS);
    if (!head || !namesAnEvent(m, head)) return null;
    return event(m, EVENT_HEADS[head]!, { ordinal: ordinalOf(m), level: levelOf(m) });
  },
});

/** Whether the phrase names one event rather than a kind of event ("конкурса", "выставки"). */
function namesAnEvent(m: MatchView, head: string): boolean {
  const mods = m.parts('mod').flatMap((p) => p.parses.map((x) => x.lemma));
  if (head === 'игра')
    return (
      mods.some((l) => GAMES_ADJECTIVES.includes(l)) && m.part('head')!.parses.some((p) => p.grammemes.has('plur'))
    );
  if (head === 'церемония') {
    const tail = m.part('tail');
    return !!tail && tail.tokens.length > 0 && m.ctx.lemmas(tail.from).some((l) => CEREMONY_OF.includes(l));
  }
  if (m.has('ordinal') || m.has('name')) return true;
  if (mods.some((l) => LEVELS[l])) return true;
  if (head === 'олимпиада' && /^\p{Lu}/u.test(m.part('head')!.text)) return true;
  const tail = m.part('tail');
  return SELF_NAMING_HEADS.has(head) && !!tail && tail.tokens.length > 0;
}

function ordinalOf(m: MatchView): number | null {
  const p = m.part('ordinal');
  if (!p) return null;
  if (p.tokens[0]!.kind === 'roman') return romanValue(p.text);
  const digits = /^(\d+)/u.exec(p.text);
  if (digits) return Number(digits[1]);
  return p.parses.map((x) => SMALL_ORDINALS[x.lemma]).find((x) => x !== undefined) ?? null;
}

function levelOf(m: MatchView): EventProposal['level'] {
  for (const p of m.parts('mod')) for (const x of p.parses) if (LEVELS[x.lemma]) return LEVELS[x.lemma]!;
  return null;
}

export const CONTEST_RULES: readonly Rule<EventProposal>[] = [contest];

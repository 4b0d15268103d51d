/** East Asian names, family name first: "Си Цзиньпин", "Ким Чен Ын", "Пак Кын Хе". */
import {
  Predicate,
  alt,
  gram,
  lemma,
  lower,
  rule,
  seq,
  tok,
  type DocContext,
  type Rule,
} from '../../../engine/index.js';
import { STAGE_NAMED } from '../../../lexicon/positions/index.js';
import { asianFamilyName, asianGivenName } from '../parts.js';
import { proposalOf, type PersonProposal } from '../proposal.js';
import { extend } from '../../../engine/objects.js';

export const eastAsian: Rule<PersonProposal> = rule({
  id: 'person/east-asian',
  examples: ['Си Цзиньпин', 'Ким Чен Ын', 'Ли Кэцяна'],
  pattern: seq(asianFamilyName().as('last'), asianGivenName().as('first'), asianGivenName().as('first').optional()),
  interpret: (m) => {
    const p = proposalOf(m, 'full');
    // the family name does not decline; the given name is a name only when no part is a common word
    if (
      !p ||
      p.parts.some(
        (x) =>
          x.role === 'first' &&
          m.ctx
            .parses(x.index)
            .some(
              (r) =>
                r.known &&
                !r.grammemes.has('Name') &&
                !r.grammemes.has('Surn') &&
                !r.grammemes.has('Geox') &&
                r.score > 0.5,
            ),
      )
    )
      return null;
    return extend(p, { parts: p.parts.map((x) => (x.role === 'last' ? extend(x, { parses: [] }) : x)) });
  },
});

/** A word of a name in Latin letters: "PSY", "Jay-Z", "PewDiePie", "Aaliyah". */
const LATIN_NAME = /^[A-Z][A-Za-z0-9'’-]*$/u;
const latinWord = (ctx: DocContext, i: number): boolean => {
  const t = ctx.tokens[i];
  return !!t && t.kind === 'word' && !t.newlineBefore && LATIN_NAME.test(t.text);
};
const CAPITAL_WORD: Predicate['start'] = { by: 'kind', values: ['word'], capital: true };
const latinFirst = new Predicate((ctx, i) => latinWord(ctx, i), 'latin-name-word', CAPITAL_WORD);
/** The name's last word: no further Latin word after it ("DJ Shadow", not "Spice Girls Band"). */
const latinLast = new Predicate(
  (ctx, i) => latinWord(ctx, i) && !latinWord(ctx, i + 1) && !/^[A-Za-z]/u.test(ctx.tokens[i + 1]?.text ?? ''),
  'latin-name-last',
  CAPITAL_WORD,
);

/**
 * A stage name in Latin letters right after a performer in the singular ("рэпера PSY", "певице
 * Aaliyah", "блогер PewDiePie"): one or two words, the performer's own name (tried only at the
 * performer nouns).
 */
export const stageName: Rule<PersonProposal> = rule({
  id: 'person/stage-name',
  examples: ['рэпера PSY', 'певице Aaliyah', 'блогер PewDiePie', 'рэпера Jay Z'],
  pattern: seq(
    tok(lemma(...STAGE_NAMED).and(lower(), gram('sing'))),
    alt(tok(latinLast).as('last'), seq(tok(latinFirst).as('first'), tok(latinLast).as('last'))),
  ),
  interpret: (m) => {
    const p = proposalOf(m, 'cued');
    // Latin words have no Russian readings to decline: the name stays as written
    return p && extend(p, { parts: p.parts.map((x) => extend(x, { parses: [] })) });
  },
});

export const FOREIGN_RULES: readonly Rule<PersonProposal>[] = [eastAsian, stageName];

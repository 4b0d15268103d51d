/**
 * Settlements the gazetteer lacks, named after a preposition of place without a type word, in
 * the shapes that Russian place names have and other names seldom do: "в Боровское" (a neuter
 * adjective in the accusative of direction), "в Кашино", "под Переделкино" (the indeclinable
 * -ово/-ево/-ино), "в Износках", "в Мытищах" (a plural name in the locative).
 */
import { capitalized, kind, rule, seq, tok, word, wordTest, type MatchView, type Rule } from '../../../engine/index.js';
import { allCaps, knownAsCommon, modifiesNext, personAround, quotedAlone } from '../../../context/index.js';
import { CITIES, COUNTRIES, DISTRICTS, LOCATIONS, REGIONS } from '../gazetteers.js';
import { adHocName } from '../places.js';
import { judgePart, one, type GeoProposal } from '../proposal.js';
import { PRIORITY } from './names.js';

/** Indeclinable place names: Кашино, Строгино, Переделкино, Шереметьево, Бородино. */
const INDECLINABLE = /^\p{Lu}[\p{Ll}-]{2,}(?:ово|ево|ёво|ино|ыно)$/u;
/** Plural place names in the locative: Износках, Мытищах, Люберцах, Химках. */
const PLURAL_LOCATIVE = /^\p{Lu}[\p{Ll}-]{2,}(?:ах|ях)$/u;
/** Neuter adjectival names: Боровское, Никольское, Раменское. */
const NEUTER_ADJECTIVE = /^\p{Lu}[\p{Ll}-]{2,}(?:ское|цкое)$/u;

type Shape = 'indeclinable' | 'plural' | 'adjective';

// The endings and the preposition are tested before the expressions: an expression with \p{..}
// classes is compiled on its first use (1-4 ms each, on the first document), and most words end
// otherwise. Each test is one the expression implies, so the answers are the same.
const into = (prep: string): boolean => prep === 'в' || prep === 'во';

/** Which of the three shapes the word has, and so its nominative; null for none. */
function shapeOf(m: MatchView, i: number, prep: string): { shape: Shape; nominative: string } | null {
  const t = m.ctx.tokens[i];
  if (!t) return null;
  const ps = m.ctx.parses(i);
  const text = t.text;
  if ((text.endsWith('во') || text.endsWith('но')) && INDECLINABLE.test(text))
    return { shape: 'indeclinable', nominative: t.text };
  if (into(prep) && text.endsWith('кое') && NEUTER_ADJECTIVE.test(text)) {
    // "в Боровское": into the village; "в Московское областное..." modifies what follows
    const accusative = ps.some((p) => p.pos === 'ADJF' && p.gender === 'neut' && p.case === 'accs');
    // ("в Строгановское высшее художественное училище": an adjective or noun of the same form follows)
    const next = i + 1 < m.ctx.tokens.length ? m.ctx.parses(i + 1) : [];
    const phrase = next.some(
      (p) =>
        (p.pos === 'ADJF' || p.pos === 'NOUN') && p.case === 'accs' && (p.gender === 'neut' || p.number === 'plur'),
    );
    return accusative && !phrase && !modifiesNext(m.ctx, i, i + 1) ? { shape: 'adjective', nominative: t.text } : null;
  }
  if (into(prep) && (text.endsWith('ах') || text.endsWith('ях')) && PLURAL_LOCATIVE.test(text)) {
    const plural = ps.find((p) => p.pos === 'NOUN' && p.number === 'plur' && p.case === 'loct');
    if (!plural) return null;
    const nominative = m.ctx.morph.inflect(t.text, plural, ['plur', 'nomn']);
    return nominative ? { shape: 'plural', nominative } : null;
  }
  return null;
}

/**
 * The word has one of the three shapes (`shapeOf` without what the preposition and the readings
 * add): a test of the word alone, so a rule set asks it once per word and leaves the rule out
 * before the other capitalised words ("в России", "из Москвы": ~99.9% of its tries on RuREBus).
 */
const settlementShaped = wordTest('settlement-shaped', (ctx, i) => {
  const text = ctx.tokens[i]?.text ?? '';
  return (
    ((text.endsWith('во') || text.endsWith('но')) && INDECLINABLE.test(text)) ||
    (text.endsWith('кое') && NEUTER_ADJECTIVE.test(text)) ||
    ((text.endsWith('ах') || text.endsWith('ях')) && PLURAL_LOCATIVE.test(text))
  );
});

/** The word is no name of anything else the text could mean: no gazetteer place, no common noun, no person. */
function unknownPlace(m: MatchView, i: number): boolean {
  for (const gaz of [CITIES, REGIONS, COUNTRIES, LOCATIONS, DISTRICTS]) if (gaz.matchAt(m.ctx, i).length) return false;
  // "в Известиях" is a common noun capitalised (a newspaper); "в Износках" is a common noun too,
  // but the morphology also reads it as a place
  const place = m.ctx.parses(i).some((p) => p.grammemes.has('Geox'));
  if ((knownAsCommon(m.ctx, i) && !place) || allCaps(m.ctx, i) || quotedAlone(m.ctx, i, i + 1)) return false;
  const personal = m.ctx.parses(i).some((p) => p.known && (p.grammemes.has('Surn') || p.grammemes.has('Name')));
  if (personAround(m.ctx, i, i + 1) || personal) return false;
  // "в Кашино Иван..." or "в Сколково Инновационном": a capitalised word after it makes a longer name
  const next = m.ctx.tokens[i + 1];
  return !(next?.kind === 'word' && /^\p{Lu}/u.test(next.text) && next.sentence === m.ctx.tokens[i]?.sentence);
}

export const settlementPlaced = rule<GeoProposal[]>({
  id: 'geo/city-unmarked',
  examples: ['в Боровское', 'в Износках', 'под Переделкино', 'в Катунино'],
  priority: PRIORITY.city,
  pattern: seq(
    tok(word('в', 'во', 'из', 'под', 'около', 'близ', 'возле')).as('prep'),
    tok(capitalized().and(kind('word'), settlementShaped)).as('name'),
  ),
  interpret: (m) => {
    const name = m.part('name');
    const prep = m.part('prep');
    if (!name || !prep) return null;
    // the shape first: a few regular expressions on the word, where the place test asks five gazetteers
    const shape = shapeOf(m, name.from, prep.text.toLowerCase());
    if (!shape || !unknownPlace(m, name.from)) return null;
    return one(judgePart(m, 'name', [adHocName('city', shape.nominative)], { marked: true }));
  },
});

export const SETTLEMENT_RULES: readonly Rule<GeoProposal[]>[] = [settlementPlaced];

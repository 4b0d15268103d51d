/**
 * Bodies the data knows, by any of their names: "Минтруда России", "Государственной Думы", "ФНС",
 * "МИД Украины", "УМВД России по Владимирской области" (the place after the name belongs to it).
 */
import { capitalized, gram, kind, opt, rule, seq, span, surface, tok, word, type Rule } from '../../../engine/index.js';
import { NOT_BODY_ABBREVIATIONS } from '../../../lexicon/organizations/index.js';
import { quotedAlone } from '../../../context/index.js';
import type { BodyName, OrgGazetteers } from '../gazetteers.js';
import { abbrOf, bodyWithPlace, placeOf, regionOf, written, type OrgProposal } from '../proposal.js';

export const PRIORITY = { known: 3, body: 2, quoted: 1, dictionary: 0 } as const;

/** Kinds of bodies every state has, so that a place after the name says whose: "ВВС США", "МИД Украины". */
const NOT_BODIES = new Set<string>(NOT_BODY_ABBREVIATIONS);
const STATE_KINDS = new Set(['government', 'legislature', 'court', 'security', 'military']);

function knownRule(g: OrgGazetteers): Rule<OrgProposal[]> {
  return rule<OrgProposal[]>({
    id: 'org/known',
    examples: [
      'Минтруда России',
      'Государственной Думы',
      'Министерство труда и соцзащиты РФ',
      'МИД Украины',
      'ГУ МЧС России по Санкт-Петербургу',
      'ФНС',
    ],
    priority: PRIORITY.known,
    pattern: seq(
      opt(tok(word('ГУ').and(surface(/^ГУ$/u)))),
      span(g.bodies).as('name'),
      opt(span(g.places).as('place')),
      opt(seq(word('по'), span(g.places).as('within'))),
    ),
    interpret: (m) => {
      const name = m.part('name');
      const hits = (name?.value ?? []) as readonly BodyName[];
      const first = m.ctx.tokens[m.from];
      if (!name || !first || !hits.length) return null;
      // a form matched by its lemmas must be written as a name; abbreviations match as written
      const hit = hits.find((h) => !/^\p{Ll}/u.test(first.text) || /^\p{Ll}/u.test(h.phrase)) ?? null;
      if (!hit) return null;
      // "Яблоко", "Известия": a common word, a name only in quotes (or after a descriptor: the quoted rule)
      if (hit.body.quoted && !quotedAlone(m.ctx, name.from, name.to)) return null;
      const place = m.part('place');
      const within = m.part('within');
      if ((place && !placeOf(m, place)) || (within && !placeOf(m, within, ['datv']))) return null;
      // a body of no state takes no place after it ("ООН России" is not a name), but forces and services do ("ВВС США")
      if (place && hit.body.country === null && !STATE_KINDS.has(hit.body.kind)) return null;
      const region = regionOf(placeOf(m, within, ['datv'])) ?? regionOf(placeOf(m, place));
      const normalized = bodyWithPlace(m, hit, name, place, within);
      return [
        { normalized, kind: hit.body.kind, abbr: abbrOf(hit.body), region, from: m.from, to: m.to, outerFrom: m.from },
      ];
    },
  });
}

// "Мосгордумы", "ГУВД Томской области": a word the dictionary itself knows as an organisation's name
function dictionaryRule(g: OrgGazetteers): Rule<OrgProposal[]> {
  return rule<OrgProposal[]>({
    id: 'org/dictionary',
    examples: ['Мосгордумы', 'ГУВД Томской области'],
    priority: PRIORITY.dictionary,
    pattern: seq(tok(capitalized().and(kind('word'), gram('Orgn'))).as('name'), opt(span(g.places).as('place'))),
    interpret: (m) => {
      const name = m.part('name');
      // the dictionary's own entries only: its guesses from an ending take foreign surnames for bodies
      if (!name || NOT_BODIES.has(name.text) || !m.parsesAt(name.from).some((p) => p.known)) return null;
      const place = m.part('place');
      if (place && !placeOf(m, place)) return null;
      const word =
        /^\p{Lu}+$/u.test(name.text) || m.parsesAt(name.from).some((p) => p.grammemes.has('Fixd'))
          ? name.text
          : name.nominative();
      const normalized = place ? `${word} ${written(m, place.from, place.to)}` : word;
      return [
        {
          normalized,
          kind: null,
          abbr: null,
          region: regionOf(placeOf(m, place)),
          from: m.from,
          to: m.to,
          outerFrom: m.from,
        },
      ];
    },
  });
}

// "РСП", "ЧСДП": an abbreviation in capitals that no dictionary knows and that names no place
// is, in news, a body's; the lexicon lists the common ones that are not ("ВВП", "ЖКХ")
function unknownAbbrRule(g: OrgGazetteers): Rule<OrgProposal[]> {
  return rule<OrgProposal[]>({
    id: 'org/unknown-abbr',
    examples: ['ЧСДП'],
    priority: PRIORITY.dictionary,
    pattern: tok(surface(/^[А-ЯЁ]{2,7}$/u)).as('name'),
    interpret: (m) => {
      if (NOT_BODIES.has(m.text) || m.ctx.parses(m.from).some((p) => p.known) || g.places.matchAt(m.ctx, m.from).length)
        return null;
      return [
        { normalized: m.text, kind: null, abbr: m.text, region: null, from: m.from, to: m.to, outerFrom: m.from },
      ];
    },
  });
}

export function knownRules(g: OrgGazetteers): Rule<OrgProposal[]>[] {
  return [knownRule(g), dictionaryRule(g), unknownAbbrRule(g)];
}

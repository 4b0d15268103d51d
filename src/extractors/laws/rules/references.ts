/**
 * Places in an act: "пункт 6 части 2 статьи 104 Федерального закона ...", "ч. 2 ст. 285 УК
 * России", "статьями 205 и 209 УК Украины", "КоАП РФ ст. 20.3", and bare ones ("ст. 7",
 * "пункту 4.1.7") whose act the text named before. The act and its references are one mention.
 */
import { alt, lemma, opt, rule, seq, tok, type MatchView, type Rule } from '../../../engine/index.js';
import { namedOnly, readReferences, type LawProposal } from '../interpret.js';
import { refChain, titlePart } from '../parts.js';
import { actHead, actProposal, actQualifiers, kindOf, treatyPattern } from './acts.js';
import { codeAny, codeProposal, constitutionPart, constitutionProposal, type LawGazetteers } from './codes.js';
import { extend } from '../../../engine/objects.js';

/** Whether a bare chain is surely legal: an article with a number, or a clause numbered "4.1.7". */
function legalChain(m: MatchView): boolean {
  return (
    m.parts('unit').some((u) => {
      const f = m.ctx.folded(u.from);
      return f === 'ст' || m.ctx.lemmas(u.from).includes('статья');
    }) || m.parts('val').some((v) => /^\d+\.\d+\.\d+/u.test(v.text))
  );
}

function withRefs(m: MatchView, p: LawProposal | null): LawProposal | null {
  return p ? extend(p, { references: readReferences(m) }) : null;
}

/** The act part of a match: which of the alternatives matched, by its named parts. */
function actOf(m: MatchView, g: LawGazetteers): LawProposal | null {
  if (m.has('code')) return codeProposal(m, g);
  const kind = kindOf(m);
  if (kind === 'конституция') return constitutionProposal(m);
  if (kind) {
    // the name of the act without the references before it
    const k = m.part('kind')!;
    const sub = extend(m, {
      from: k.from,
      nominative: () => m.nominative(k.from, m.to),
      text: m.ctx.text.slice(k.start, m.end),
    });
    return actProposal(sub, kind);
  }
  return null;
}

export function referenceRules(g: LawGazetteers): Rule<LawProposal>[] {
  return [
    rule<LawProposal>({
      id: 'law/reference',
      examples: [
        'ч. 2 ст. 285 УК России',
        'пункт 6 части 2 статьи 104 Федерального закона от 05.04.2013 № 44-ФЗ',
        'статьями 205 и 209 УК Украины',
        'ч. 3 ст. 30, ч. 1 ст. 318 УК РФ',
        'статье 185 УК РФ',
        'ст. 7',
        'пункту 4.1.7',
        'статьи 83 Конституции Российской Федерации',
        'статье 49 кодекса',
        '42-й статьи Конституции',
      ],
      pattern: seq(
        refChain,
        opt(
          alt(
            codeAny(g),
            constitutionPart,
            seq(actHead, actQualifiers),
            treatyPattern(),
            tok(lemma('кодекс')).as('kind'),
          ),
        ),
        opt(titlePart),
      ),
      interpret: (m) => {
        const hasAct = m.has('code') || m.has('kind');
        if (!hasAct) return legalChain(m) ? namedOnly(m.text.replace(/\s+/gu, ' '), null, readReferences(m)) : null;
        const p = actOf(m, g);
        return withRefs(
          m,
          p && m.has('title') && !p.title ? extend(p, { title: m.part('title')!.text.slice(1, -1) }) : p,
        );
      },
    }),
    rule<LawProposal>({
      id: 'law/code-reference',
      examples: ['КоАП РФ ст. 20.3', 'УК РФ ст. 105'],
      pattern: seq(codeAny(g), refChain, opt(titlePart)),
      interpret: (m) => withRefs(m, codeProposal(m, g)),
    }),
  ];
}

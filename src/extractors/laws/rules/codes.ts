/**
 * Codes and constitutions, by full or short name: "Уголовного кодекса России", "УК РФ", "КоАП",
 * "Конституции Российской Федерации", "конституции", and named rules ("ПДД"). The mention is
 * normalised to the code's full name, so "УК РФ" and "Уголовный кодекс РФ" are one act.
 */
import { alt, Gazetteer, lemma, opt, rule, seq, span, tok, type Pattern, type Rule } from '../../../engine/index.js';
import { CODES, NAMED_ACTS, PREPOSITION_ABBR, type Code } from '../../../lexicon/laws/index.js';
import type { Env } from '../../../pipeline/types.js';
import { codeOf, jurisdictionGenitive, readJurisdiction, type LawProposal } from '../interpret.js';
import { exact, jurisdiction } from '../parts.js';
import type { MatchView } from '../../../engine/index.js';

/** The code and named-act dictionaries, built once per morphology. */
export interface LawGazetteers {
  readonly codes: Gazetteer<Code>;
  readonly named: Gazetteer<Code>;
  readonly byAbbr: ReadonlyMap<string, Code>;
}

export function lawGazetteers(env: Pick<Env, 'morph' | 'segment'>): LawGazetteers {
  const codes = new Gazetteer<Code>(
    'law-codes',
    CODES.map((c) => ({ phrase: c.name, value: c })),
    env.morph,
    env.segment,
  );
  const named = new Gazetteer<Code>(
    'law-named',
    NAMED_ACTS.flatMap((a) => {
      const value: Code = { name: a.name, abbr: a.abbr, weakAbbr: [] };
      return [{ phrase: a.name, value }, ...a.abbr.map((x) => ({ phrase: x, value, mode: 'exact' as const }))];
    }),
    env.morph,
    env.segment,
  );
  const byAbbr = new Map<string, Code>();
  for (const c of CODES) for (const a of [...c.abbr, ...c.weakAbbr, ...(c.refAbbr ?? [])]) byAbbr.set(a, c);
  return { codes, named, byAbbr };
}

const STRONG = CODES.flatMap((c) => c.abbr);
const WEAK = CODES.flatMap((c) => c.weakAbbr).filter((a) => !a.includes(' '));
const REF_ONLY = CODES.flatMap((c) => c.refAbbr ?? []);

/** A code named so that it cannot be anything else: a full name, "УК", "КоАП", "ГК РФ". */
export const codeStrong = (g: LawGazetteers): Pattern =>
  alt(
    seq(alt(span(g.codes), tok(exact(...STRONG))).as('code'), opt(jurisdiction)),
    seq(tok(exact(...WEAK)).as('code'), jurisdiction),
  );

/** Any code name, for places where an article before it settles it ("ст. 80 СК"). */
export const codeAny = (g: LawGazetteers): Pattern =>
  alt(codeStrong(g), seq(tok(exact(...WEAK, ...REF_ONLY)).as('code'), opt(jurisdiction)));

/** "Конституции", "Конституции Российской Федерации", "конституции 2004 года", "Конституции страны". */
export const constitutionPart: Pattern = seq(
  tok(lemma('конституция')).as('kind'),
  opt(alt(jurisdiction, tok(lemma('страна')))),
);

/** The code's full name with its jurisdiction ("Уголовный кодекс Российской Федерации"). */
export function codeProposal(m: MatchView, g: LawGazetteers): LawProposal | null {
  const code = codeOf(m, g.byAbbr);
  if (!code) return null;
  const jur = jurisdictionGenitive(m);
  return {
    normalized: jur ? `${code.name} ${jur}` : code.name,
    kind: 'кодекс',
    issuer: readJurisdiction(m),
    date: null,
    number: null,
    title: null,
    references: [],
  };
}

export function constitutionProposal(m: MatchView): LawProposal {
  const jur = jurisdictionGenitive(m);
  return {
    normalized: jur ? `Конституция ${jur}` : 'Конституция',
    kind: 'конституция',
    issuer: readJurisdiction(m),
    date: null,
    number: null,
    title: null,
    references: [],
  };
}

export function codeRules(g: LawGazetteers): Rule<LawProposal>[] {
  return [
    rule<LawProposal>({
      id: 'law/code',
      examples: [
        'Уголовного кодекса России',
        'УК РФ',
        'КоАП',
        'ГК РФ',
        'Бюджетного кодекса Российской Федерации',
        'Кодекс об административных правонарушениях',
      ],
      pattern: codeStrong(g),
      interpret: (m) => codeProposal(m, g),
    }),
    rule<LawProposal>({
      id: 'law/code-short',
      examples: ['ГК', 'ТК'],
      pattern: tok(exact(...PREPOSITION_ABBR)).as('code'),
      interpret: (m) => codeProposal(m, g),
    }),
    rule<LawProposal>({
      id: 'law/constitution',
      examples: [
        'Конституции Российской Федерации',
        'конституции',
        'Конституцию США',
        'Конституции Кыргызской Республики',
      ],
      pattern: constitutionPart,
      interpret: constitutionProposal,
    }),
    rule<LawProposal>({
      id: 'law/named',
      examples: ['Правила дорожного движения', 'ПДД'],
      pattern: seq(span(g.named).as('code'), opt(jurisdiction)),
      interpret: (m) => {
        const hit = (m.part('code')?.value as readonly Code[] | undefined)?.[0];
        return hit
          ? {
              normalized: hit.name,
              kind: hit.name.split(' ')[0]!.toLowerCase(),
              issuer: readJurisdiction(m),
              date: null,
              number: null,
              title: null,
              references: [],
            }
          : null;
      },
    }),
  ];
}

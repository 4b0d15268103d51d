/**
 * National and federal projects, state and regional programmes: "нацпроекта «Кадры»" ->
 * "национальный проект «Кадры»", "федерального проекта «Человек труда»" (with its national
 * project and years from the package's list), "государственной программы Владимирской области
 * «Развитие образования»".
 */
import {
  alt,
  capitalized,
  gnc,
  gram,
  lemma,
  opt,
  repeat,
  rule,
  seq,
  tok,
  upper,
  kind,
  type Rule,
} from '../../../engine/index.js';
import { findFederalProject, findNationalProject } from '../../../lexicon/awards/projects.js';
import { PROGRAMME_KINDS, type EventLevel } from '../../../lexicon/awards/events.js';
import { event, nameOf, quoted, type EventProposal } from '../parts.js';

const r1 = gnc();
export const nationalProject = rule<EventProposal>({
  id: 'event/national-project',
  examples: ['нацпроекта «Кадры»', 'национального проекта «Семья»', 'национальный проект «Демография»'],
  pattern: seq(
    alt(
      seq(tok(lemma('национальный').and(gram('ADJF'))).agree(r1), tok(lemma('проект')).agree(r1)),
      tok(lemma('нацпроект')),
    ),
    quoted,
  ),
  interpret: (m) => {
    const name = nameOf(m);
    if (!name) return null;
    const known = findNationalProject(name);
    const years = known ? { start: known.years[0], end: known.years[1] } : null;
    return event(m, PROGRAMME_KINDS.nationalProject, {
      normalized: `национальный проект «${known?.name ?? name}»`,
      name: known?.name ?? name,
      level: 'national',
      years,
    });
  },
});

const r2 = gnc();
export const federalProject = rule<EventProposal>({
  id: 'event/federal-project',
  examples: ['федерального проекта «Человек труда»', 'региональный проект «Активные меры содействия занятости»'],
  pattern: seq(
    tok(lemma('федеральный', 'региональный', 'ведомственный', 'муниципальный').and(gram('ADJF')))
      .agree(r2)
      .as('level'),
    tok(lemma('проект')).agree(r2).as('head'),
    quoted,
  ),
  interpret: (m) => {
    const name = nameOf(m);
    if (!name) return null;
    const known = findFederalProject(name);
    const federal = m.part('level')!.parses.some((p) => p.lemma === 'федеральный');
    return event(m, federal ? PROGRAMME_KINDS.federalProject : PROGRAMME_KINDS.regionalProject, {
      normalized: `${m.nominative(m.from, m.part('head')!.to)} «${known?.name ?? name}»`,
      name: known?.name ?? name,
      level: federal ? 'national' : 'regional',
      years: known ? { start: known.years[0], end: known.years[1] } : null,
      parent: known?.parent ?? null,
    });
  },
});

/** "Российской Федерации", "Владимирской области", "города Владимира": whose programme it is. */
const jurisdiction = seq(
  tok(capitalized().and(gram('gent'))).optional(),
  alt(tok(gram('gent', 'NOUN')), tok(upper().and(kind('word')))),
  repeat(tok(capitalized().and(gram('gent'))), 0, 2),
).as('of');

const r3 = gnc();
const PROGRAMME_ADJ: Readonly<Record<string, { kind: string; level: EventLevel | null }>> = {
  государственный: { kind: PROGRAMME_KINDS.stateProgramme, level: null },
  региональный: { kind: PROGRAMME_KINDS.regionalProgramme, level: 'regional' },
  областной: { kind: PROGRAMME_KINDS.regionalProgramme, level: 'regional' },
  краевой: { kind: PROGRAMME_KINDS.regionalProgramme, level: 'regional' },
  республиканский: { kind: PROGRAMME_KINDS.regionalProgramme, level: 'regional' },
  муниципальный: { kind: PROGRAMME_KINDS.municipalProgramme, level: 'municipal' },
  целевой: { kind: PROGRAMME_KINDS.federalProgramme, level: 'national' },
};
export const programme = rule<EventProposal>({
  id: 'event/programme',
  examples: [
    'государственной программы «Развитие образования»',
    'госпрограммы Владимирской области «Содействие занятости населения»',
    'федеральной целевой программы «Развитие Крыма»',
    'государственная программа Российской Федерации',
  ],
  pattern: seq(
    alt(
      seq(
        opt(tok(lemma('федеральный')).agree(r3)),
        tok(lemma(...Object.keys(PROGRAMME_ADJ)).and(gram('ADJF')))
          .agree(r3)
          .as('adj'),
        tok(lemma('программа')).agree(r3),
      ),
      tok(lemma('госпрограмма')),
    ),
    opt(jurisdiction),
    opt(quoted),
  ),
  interpret: (m) => {
    if (!m.has('name') && !m.has('of')) return null;
    const adj = m
      .part('adj')
      ?.parses.map((p) => PROGRAMME_ADJ[p.lemma])
      .find((x) => x !== undefined);
    const k = adj ?? PROGRAMME_ADJ['государственный']!;
    const nominative = m.nominative();
    const normalized = m.tokens[0]!.text.toLowerCase().startsWith('госпрограмм')
      ? nominative.replace(/^госпрограмма/iu, 'государственная программа')
      : nominative;
    return event(m, k.kind, { normalized, level: k.level });
  },
});

export const PROJECT_RULES: readonly Rule<EventProposal>[] = [nationalProject, federalProject, programme];

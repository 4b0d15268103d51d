import { nominative, RuleSet, type DocContext, type RuleMatch } from '../../engine/index.js';
import { sentenceInitial } from '../../context/index.js';
import { STAGE_NOUNS } from '../../lexicon/awards/events.js';
import { defineExtractor } from '../../pipeline/define.js';
import type { EntityExtractor, EntityExtractorFactory } from '../../pipeline/types.js';
import type { EntityDraft } from '../../result/schema.js';
import type { EventProposal } from './parts.js';
import { EVENT_RULES } from './rules/index.js';

export type { EventProposal } from './parts.js';

/**
 * Events, projects and programmes: contests with their ordinal and level, festivals, forums,
 * exhibitions, championships, olympiads, ceremonies; national and federal projects, state and
 * regional programmes, each normalised to the nominative with its kind.
 */
export const defaultEventsExtractor: EntityExtractorFactory = defineExtractor({
  kind: 'events',
  rules: () => EVENT_RULES,
  create: (env): EntityExtractor => {
    const rules = new RuleSet(EVENT_RULES, { morph: env.morph, segment: env.segment });
    return {
      name: 'events',
      extract(run) {
        return rules.findAll(run.doc).map((m) => draft(run.doc, m));
      },
    };
  },
});

const parses = (doc: DocContext) => (i: number) => doc.parses(i);

/** A capitalised adjective before a contest belongs to its name ("Петербургский международный экономический форум"). */
function nameStart(doc: DocContext, m: RuleMatch<EventProposal>): number {
  if (m.rule.id !== 'event/contest') return m.from;
  let from = m.from;
  const cases = new Set(doc.parses(m.from).map((p) => p.case));
  while (from > 0 && from > m.from - 2) {
    const k = from - 1;
    const t = doc.tokens[k]!;
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || sentenceInitial(doc, k)) break;
    if (!doc.parses(k).some((p) => p.pos === 'ADJF' && !p.grammemes.has('Apro') && cases.has(p.case))) break;
    from = k;
  }
  return from;
}

/** "региональный этап", "финал" right before the event: the stage it is at. */
function stageBefore(doc: DocContext, from: number): string | null {
  const k = from - 1;
  if (k < 0 || !doc.lemmas(k).some((l) => STAGE_NOUNS.includes(l))) return null;
  const a = k - 1 >= 0 && doc.parses(k - 1).some((p) => p.pos === 'ADJF') ? k - 1 : k;
  return nominative(doc, a, k + 1, parses(doc)).toLowerCase();
}

function draft(doc: DocContext, m: RuleMatch<EventProposal>): EntityDraft {
  const from = nameStart(doc, m);
  const start = doc.tokens[from]!.start;
  const normalized = from === m.from ? m.value.normalized : nominative(doc, from, m.to, parses(doc));
  return {
    start,
    end: m.end,
    text: doc.text.slice(start, m.end),
    rule: m.rule.id,
    type: 'event',
    ...m.value,
    normalized,
    stage: m.value.stage ?? stageBefore(doc, from),
  };
}

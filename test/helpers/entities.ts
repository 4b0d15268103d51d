/**
 * Hand-marked entities for testing the fact builders apart from the extractors:
 * `'заявил [[o:министр труда]] [[p:Андрей Григорьев]]'` marks a position and a person
 * (`p` person, `o` position, `r` region, `g` organisation). A test pipeline runs the real
 * segmenter, morphology and fact builders over these entities instead of the extractors' output.
 */
import { createExtractor } from '../../src/index.js';
import { entityListsFacts } from '../../src/facts/lists.js';
import { officialsFacts } from '../../src/facts/officials.js';
import { regionFacts } from '../../src/facts/regions.js';
import type { EntityDraft, GosDocument, PersonFact } from '../../src/result/schema.js';
import type { FactBuilder } from '../../src/pipeline/types.js';

const MARK = /\[\[([a-z]):([\s\S]*?)\]\]/g;

export function markedEntities(marked: string): { text: string; drafts: EntityDraft[] } {
  let text = '';
  let last = 0;
  const drafts: EntityDraft[] = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const kind = m[1]!;
    const inner = m[2]!;
    const base = {
      start: text.length,
      end: text.length + inner.length,
      text: inner,
      rule: 'test/mark',
      normalized: inner,
    };
    if (kind === 'p') drafts.push({ ...base, type: 'person', form: 'name', name: {}, gender: null });
    else if (kind === 'o') {
      const [role = '', ...rest] = inner.split(' ');
      drafts.push({
        ...base,
        type: 'position',
        role: role.toLowerCase(),
        organization: rest.length ? rest.join(' ') : null,
        region: null,
        acting: false,
        former: false,
      });
    } else if (kind === 'r')
      drafts.push({
        ...base,
        type: 'region',
        form: 'name',
        iso: null,
        okato: null,
        federalDistrict: null,
        country: 'RU',
      });
    else if (kind === 'g') drafts.push({ ...base, type: 'organization' });
    text += inner;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { text, drafts };
}

/** Stand-in for the persons builder in these tests: one record per distinct marked name. */
export const recordPerName: FactBuilder = {
  name: 'test/persons',
  build(entities, facts) {
    const byName = new Map<string, PersonFact>();
    for (const e of entities) {
      if (e.type !== 'person') continue;
      let p = byName.get(e.normalized);
      if (!p)
        byName.set(
          e.normalized,
          (p = {
            id: `p${byName.size + 1}`,
            normalized: e.normalized,
            name: {},
            gender: null,
            mentions: [],
            references: [],
            positions: [],
          }),
        );
      p.mentions.push(e.id);
    }
    facts.persons = [...byName.values()];
  },
};

/**
 * A reader of hand-marked texts for the officials builder: the marks are the only entities,
 * {@link recordPerName} stands in for the persons builder.
 */
export async function officialsOverMarks(): Promise<(marked: string) => GosDocument> {
  let drafts: EntityDraft[] = [];
  const ex = await createExtractor({
    extractors: [() => ({ name: 'test/marks', extract: () => drafts })],
    refiners: [],
    facts: [entityListsFacts, regionFacts, recordPerName, officialsFacts],
  });
  return (marked) => {
    const m = markedEntities(marked);
    drafts = m.drafts;
    return ex.extract(m.text);
  };
}

/** An official as [position text, person text]. */
export const officialPair = (o: GosDocument['officials'][number]): [string, string] => [
  o.position?.text ?? '',
  o.person.text,
];

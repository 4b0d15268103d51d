import type { FactBuilder } from '../pipeline/types.js';
import type { LawEntity, LawFact } from '../result/schema.js';
import { extend } from '../engine/objects.js';

/** What makes two mentions one act: its number (with the kind), else its title, else its normalised name. */
function keyOf(e: LawEntity): string | null {
  if (e.number && e.kind) return `${e.kind}#${e.number}`;
  if (e.title) return `title:${e.title.toLowerCase()}`;
  return e.kind === null ? null : `name:${e.normalized.toLowerCase().replace(/ё/gu, 'е')}`;
}

/**
 * One fact per distinct act, with its mentions and every reference cited in it. A bare reference
 * ("ст. 7", "пункту 4.1.7") belongs to the act named last before it in the same or the previous
 * sentence (without one it stays out of the facts); a bare kind ("Закона", "Указом") to the last
 * act of that kind.
 */
export const lawFacts: FactBuilder = {
  name: 'laws',
  build(entities, facts) {
    const byKey = new Map<string, LawFact>();
    const out: LawFact[] = [];
    let last: { fact: LawFact; sentence: number } | null = null;
    const lastOfKind = new Map<string, LawFact>();
    for (const e of entities) {
      if (e.type !== 'law') continue;
      const law: LawEntity = e;
      // "Закона", "Указом" alone after the act was named: the same act
      const bare = law.kind !== null && law.normalized.toLowerCase() === law.kind;
      const key = bare && lastOfKind.has(law.kind!) ? null : keyOf(law);
      let fact = bare ? (lastOfKind.get(law.kind!) ?? null) : null;
      if (!fact && key !== null) fact = byKey.get(key) ?? null;
      if (key !== null && !fact) {
        fact = {
          id: `l${out.length + 1}`,
          normalized: law.normalized,
          kind: law.kind,
          issuer: law.issuer,
          date: law.date,
          number: law.number,
          title: law.title,
          mentions: [],
          references: [],
        };
        byKey.set(key, fact);
        out.push(fact);
      }
      if (!fact && law.kind === null && last && law.sentence - last.sentence <= 1) fact = last.fact;
      if (!fact) continue;
      fact.mentions.push(law.id);
      // a later mention may say more: keep the first value of each field, fill the gaps
      fact.issuer ??= law.issuer;
      fact.date ??= law.date;
      fact.number ??= law.number;
      fact.title ??= law.title;
      for (const r of law.references) fact.references.push(extend(r, { entity: law.id }));
      last = { fact, sentence: law.sentence };
      if (fact.kind !== null) lastOfKind.set(fact.kind.split(' ').at(-1)!, fact);
    }
    facts.laws = out;
  },
};

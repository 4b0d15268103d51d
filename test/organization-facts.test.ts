import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor, type GosDocument, type OrganizationFact } from '../src/index.js';

let ex: Extractor;
beforeAll(async () => {
  ex = await createExtractor();
});

/** Each organisation record as "normalized: mention, mention | references". */
function records(text: string): string[] {
  const doc: GosDocument = ex.extract(text, { publishedAt: '2025-11-10' });
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  return doc.organizations.map((o: OrganizationFact) => {
    const names = o.mentions.map((id) => byId.get(id)!.text).join(', ');
    const refs = o.references.map((r) => text.slice(r.start, r.end)).join(', ');
    return refs ? `${o.normalized}: ${names} | ${refs}` : `${o.normalized}: ${names}`;
  });
}

describe('organizations: one record per body', () => {
  it('the seed: Минтруд under both names, the regional service with its generic mention, the branch and its parent', () => {
    const text = readFileSync(new URL('../fixtures/seed/vladimir-employment-award.txt', import.meta.url), 'utf8');
    const doc = ex.extract(text, { publishedAt: '2025-11-10' });
    const norm = doc.organizations.map((o) => o.normalized);
    expect(norm).toEqual([
      'Министерство труда и социальной защиты Российской Федерации',
      'Служба занятости населения Владимирской области',
      'Кольчугинский филиал',
      'Государственная Дума',
    ]);
    const [mintrud, service, branch] = doc.organizations;
    expect(mintrud!.mentions).toHaveLength(2);
    expect(mintrud!.abbr).toBe('Минтруд');
    expect(service!.mentions).toHaveLength(3);
    expect(service!.region).toBe('Владимирская область');
    expect(branch!.kind).toBe('branch');
    expect(branch!.parent).toBe(service!.id);
    expect(doc.organizations.map((o) => o.id)).toEqual(['o1', 'o2', 'o3', 'o4']);
  });

  it('an abbreviation in parentheses, and later alone, is the body named in full', () => {
    expect(
      records(
        'Управление Федеральной службы по ветеринарному и фитосанитарному надзору (УФСВФН) провело проверку. ' +
          'По данным УФСВФН, нарушений не выявлено.',
      ).filter((r) => r.includes('УФСВФН')),
    ).toEqual([expect.stringMatching(/: Управление Федеральной службы .*, УФСВФН, УФСВФН$/u)]);
  });

  it('a common noun refers back to the body named last that it can mean', () => {
    expect(
      records(
        'Министерство финансов Российской Федерации подготовило поправки. По словам представителя ведомства, ' +
          'документ внесут в Правительство до конца года. В министерстве уточнили сроки.',
      ),
    ).toContain(
      'Министерство финансов Российской Федерации: Министерство финансов Российской Федерации | ведомства, министерстве',
    );
  });

  it('a noun that introduces a name or names another body is not a reference', () => {
    const rs = records(
      'ПАО «Сбербанк» открыло отделение. Клиенты банка «Открытие» и компании Tele2 узнали об этом; министерство обороны тоже.',
    );
    expect(rs[0]).toMatch(/^ПАО «Сбербанк»|^Сбербанк/u);
    expect(rs.join('\n')).not.toMatch(/\|/u);
  });

  it('a reference with no body named before it goes nowhere', () => {
    expect(records('Ведомство сообщило о проверке. Позже ФНС подтвердила данные.')).toEqual([
      'Федеральная налоговая служба: ФНС',
    ]);
  });

  it('different bodies stay apart', () => {
    const rs = records('Госдума приняла закон, Совет Федерации его одобрил, Госдума отчиталась.');
    expect(rs).toHaveLength(2);
  });
});

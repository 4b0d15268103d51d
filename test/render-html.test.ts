import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createExtractor,
  diffResults,
  renderDiffHtml,
  renderDiffText,
  renderHtml,
  type Entity,
  type Extractor,
  type GosDocument,
} from '../src/index.js';

let extractor: Extractor;
beforeAll(async () => {
  extractor = await createExtractor();
}, 60_000);

const TEXT = 'Министр труда Владимирской области Андрей Григорьев вручил награду 10 ноября 2025 года.';
const textOf = (html: string): string => /<div class="gf-text" lang="ru">([\s\S]*?)<\/div>/.exec(html)![1]!;
/** The tags of an HTML fragment are balanced (every </mark> closes an open <mark>). */
function balanced(fragment: string): boolean {
  let depth = 0;
  for (const m of fragment.matchAll(/<(\/?)mark\b/g)) {
    depth += m[1] ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('renderHtml', () => {
  it('marks every entity once, nested as the spans nest, with the text intact', () => {
    const document = extractor.extract(TEXT, { publishedAt: '2025-11-10' });
    const html = renderHtml([{ id: 'a', text: TEXT, document }]);
    const body = textOf(html);
    expect(balanced(body)).toBe(true);
    expect(body.match(/tabindex="0"/g)).toHaveLength(document.entities.length);
    expect(body.replace(/<[^>]+>/g, '')).toBe(TEXT);
    expect(body).toMatch(/<mark class="gf-e t-position"[^>]*>Министр труда <mark class="gf-e t-region"/);
  });

  it('splits a span that crosses another and keeps the markup well formed', () => {
    const base = { rule: 'test', sentence: 0, normalized: 'x' };
    const entities = [
      { ...base, id: 'e1', type: 'organization', start: 0, end: 10, text: 'abcdefghij' },
      { ...base, id: 'e2', type: 'person', start: 5, end: 15, text: 'fghijklmno', name: {}, gender: null },
    ] as Entity[];
    const document = { ...extractor.extract(''), entities, length: 20 };
    const body = textOf(renderHtml([{ text: 'abcdefghijklmnopqrst', document }]));
    expect(balanced(body)).toBe(true);
    expect(body.replace(/<[^>]+>/g, '')).toBe('abcdefghijklmnopqrst');
    expect(body.match(/gf-cont/g)).toHaveLength(1);
  });

  it('shows fact lists and fields the renderer does not know (new schema fields show up)', () => {
    const document = {
      ...extractor.extract(TEXT, { publishedAt: '2025-11-10' }),
      awards: [{ normalized: 'серебряная медаль', place: 2, medal: 'silver', recipient: 'Служба занятости' }],
      tenders: [{ text: 'тендер', amount: 5 }],
    } as unknown as GosDocument;
    const html = renderHtml([{ text: TEXT, document }]);
    expect(html).toContain('<dt>recipient</dt><dd>Служба занятости</dd>');
    expect(html).toMatch(/data-list="tenders"><h3>tenders <span class="gf-count">1<\/span>/);
  });

  it('sums each fact up in one line, references as links to their marks, not as raw fields', () => {
    const text = readFileSync(
      fileURLToPath(new URL('../fixtures/seed/vladimir-employment-award.txt', import.meta.url)),
      'utf8',
    );
    const document = extractor.extract(text);
    const html = renderHtml([{ text, document }]);
    const heads = (list: string): string[] => {
      const section = new RegExp(`data-list="${list}">([\\s\\S]*?)</section>`).exec(html)![1]!;
      return [...section.matchAll(/<div class="gf-head">([\s\S]*?)<\/div>/g)].map((m) => m[1]!);
    };
    const plain = (h: string): string => h.replace(/<[^>]+>/g, '');
    const awards = heads('awards');
    expect(awards).toHaveLength(document.awards.length);
    for (const head of awards) expect(plain(head)).not.toMatch(/entity:|start:|normalized:/);
    // the award, its recipient, the contest (an `events` record) and the awarding body, each a link to its mark
    const a3 = document.awards.find((a) => a.nomination)!;
    const head = awards[document.awards.indexOf(a3)]!;
    expect(head).toContain(`href="#d0-${a3.award.entity}"`);
    expect(head).toContain(`href="#d0-${a3.recipient!.entity}"`);
    const contest = document.events.find((e) => e.id === a3.event)!;
    expect(head).toContain(
      `href="#d0-${contest.mentions[0]}" data-ref="${contest.mentions[0]}">${contest.normalized}</a>`,
    );
    expect(plain(head)).toContain(`nomination «${a3.nomination}»`);
    expect(plain(heads('events')[0]!)).toMatch(
      /^IV Всероссийский конкурс .* · contest · № 4 · national · stage федеральный этап · organiser Министерство труда/,
    );
    expect(plain(heads('statistics').join('\n'))).toMatch(/75% · уровень трудоустройства/);
    expect(plain(heads('organizations').join('\n'))).toMatch(
      /Кольчугинский филиал · branch · of Служба занятости населения Владимирской области/,
    );
    // the field list shows references as links too
    expect(html).toMatch(/<dt>recipient<\/dt><dd><a class="gf-ref" href="#d0-e\d+"/);
  });

  it('escapes text, ids and values; only the page script may run', () => {
    const evil = '</style><script>alert(1)</script>"><img src=x onerror=alert(2)>\u2028-->';
    const document = extractor.extract(`Андрей Григорьев ${evil}`);
    const html = renderHtml([{ id: evil, text: `Андрей Григорьев ${evil}`, document }], { title: evil });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toMatch(
      /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-/,
    );
  });
});

describe('diffResults', () => {
  it('reports entities lost, gained and changed, and facts, per document', () => {
    const before = extractor.extract(TEXT, { publishedAt: '2025-11-10' });
    const after = {
      ...before,
      entities: before.entities
        .filter((e) => e.type !== 'date')
        .map((e) => (e.type === 'person' ? { ...e, normalized: 'А. Григорьев' } : e)),
      officials: [],
    };
    const diff = diffResults(
      [{ id: 'a', ...before }],
      [
        { id: 'a', ...after },
        { id: 'b', entities: [] },
      ],
    );
    expect(diff.compared).toBe(1);
    expect(diff.onlyAfter).toEqual(['b']);
    expect(diff.types.date).toMatchObject({ before: 1, after: 0, lost: 1 });
    expect(diff.types.person).toMatchObject({ changed: 1 });
    const text = renderDiffText(diff);
    expect(text).toContain('- date "10 ноября 2025 года"');
    expect(text).toContain('~ person "Андрей Григорьев" [35, 51) normalized: Андрей Григорьев -> А. Григорьев');
    expect(text).toMatch(/^- officials: person: text: Андрей Григорьев/m);
    const html = renderDiffHtml(diff);
    expect(html).toContain('<h3>Lost (old run only)</h3>');
    expect(html).toContain('<del>Андрей Григорьев</del></td><td><ins>А. Григорьев</ins>');
  });

  it('finds no difference between a run and itself', () => {
    const doc = extractor.extract(TEXT, { publishedAt: '2025-11-10' });
    const diff = diffResults([{ id: 1, ...doc }], [{ id: 1, ...doc }]);
    expect(diff.documents).toEqual([]);
  });
});

/**
 * The HTML view in a real browser: Debian's chromium driven by playwright-core opens the page
 * rendered from the seed article and from hostile text, and checks what a reader sees and what
 * runs. Set GOSFACTS_CHROMIUM (as .ci/run does) to make a missing browser fail instead of skip.
 * `UPDATE_DOCS=1` also saves the screenshot that the README shows (docs/img/seed.png).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, renderHtml, type Extractor, type GosDocument } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.GOSFACTS_CHROMIUM ?? '/usr/bin/chromium';
const required = process.env.GOSFACTS_CHROMIUM !== undefined;
const available = existsSync(CHROMIUM);
if (!available && !required) console.warn(`test/html-browser.test.ts: no browser at ${CHROMIUM}, skipping`);

/** The flags CI runs chromium with: no sandbox (root), no network of its own, a fresh profile. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SEED_NAME = 'vladimir-employment-award.txt';
const SEED = readFileSync(join(root, 'fixtures/seed', SEED_NAME), 'utf8');

let browser: Browser;
let extractor: Extractor;
const tmp = mkdtempSync(join(tmpdir(), 'gosfacts-html-'));

beforeAll(async () => {
  if (!available && !required) return;
  extractor = await createExtractor();
  // playwright starts chromium with a fresh --user-data-dir of its own
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true, timeout: 30_000 });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Every URL the page asked for besides itself, script errors, dialogs: none may happen. */
  requests: string[];
  errors: string[];
  dialogs: string[];
}

async function open(html: string, name: string): Promise<Opened> {
  const file = join(tmp, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const o: Opened = { page, requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => void (r.url() !== url && o.requests.push(r.url())));
  page.on('pageerror', (e) => void o.errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && o.errors.push(m.text())));
  page.on('dialog', (d) => {
    o.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  return o;
}

describe.skipIf(!available && !required)('HTML view in chromium', () => {
  it('shows the seed article: marks, values on hover and focus, legend, facts panel', async () => {
    const document = extractor.extract(SEED);
    const o = await open(
      renderHtml([{ id: SEED_NAME, text: SEED, document }], { title: 'gosfacts: seed article' }),
      'seed.html',
    );
    const { page } = o;

    // the text reads as the article, each entity one focusable mark of its type
    expect(await page.locator('.gf-text').textContent()).toBe(SEED);
    expect(await page.locator('mark.gf-e[tabindex="0"]').count()).toBe(document.entities.length);
    const person = page.locator('mark.gf-e[data-type="person"]', { hasText: 'Андрей Григорьев' });
    await expect.poll(() => person.count()).toBe(1);
    const region = page.locator('mark.gf-e[data-type="region"]').first();
    expect(await region.textContent()).toBe('Владимирская область');

    // hover shows the normalised value and codes
    await region.hover();
    const tip = page.locator('#gf-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/normalized: Владимирская область[\s\S]*iso: RU-VLA[\s\S]*okato: 17/);
    // keyboard: Tab reaches the legend and then the marks; focus shows the value too
    await page.mouse.move(0, 0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.className')).toMatch(/gf-toggle/);
    await person.focus();
    expect(await tip.textContent()).toMatch(/^person: Андрей Григорьев/);
    expect(await tip.textContent()).toMatch(/gender: masc/);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);

    // nested marks: the region inside the position stays readable and its own
    const nested = page.locator('mark.gf-e[data-type="position"] mark.gf-e[data-type="region"]');
    expect(await nested.count()).toBeGreaterThan(0);

    // the legend toggles a type off and on
    const toggle = page.locator('.gf-toggle[data-cls="t-person"]');
    await toggle.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await person.getAttribute('class')).toMatch(/gf-hidden/);
    await toggle.click();
    expect(await person.getAttribute('class')).not.toMatch(/gf-hidden/);

    // the facts panel
    const list = (name: string) => page.locator(`.gf-list[data-list="${name}"]`);
    expect(await list('officials').textContent()).toMatch(
      /Андрей Григорьев — министр труда и занятости населения Владимирской области/,
    );
    expect(await list('dates').textContent()).toContain('2025-11-10');
    expect(await list('quotes').textContent()).toMatch(/«Наш успех подтверждает[\s\S]*— Андрей Григорьев/);
    expect(await list('statistics').textContent()).toContain('75%');
    expect(await list('regions').textContent()).toContain('RU-VLA');
    expect(await list('persons').textContent()).toContain('Андрей Григорьев');
    const award = list('awards').locator('.gf-head').filter({ hasText: 'Кольчугинский филиал' });
    expect(await award.textContent()).toMatch(
      /^серебро \(place 2, silver\) · to Кольчугинский филиал · in IV Всероссийский конкурс [^·]+ · nomination «Лучший кадровый центр второго уровня»/,
    );
    expect(await list('awards').locator('.gf-head').allTextContents()).not.toContainEqual(
      expect.stringMatching(/entity:/),
    );
    expect(await list('events').locator('.gf-head').first().textContent()).toMatch(/contest · № 4 · national/);
    expect(await list('organizations').textContent()).toContain('Кольчугинский филиал · branch');
    expect(await list('laws').count()).toBe(1);
    // a fact links to its mark: following the link focuses it
    await list('officials').locator('a.gf-ref').first().click();
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Андрей Григорьев');

    expect(o.requests).toEqual([]);
    expect(o.errors).toEqual([]);
    const shot = process.env.UPDATE_DOCS ? join(root, 'docs/img/seed.png') : join(tmp, 'seed.png');
    await page.mouse.move(0, 0);
    await region.hover();
    await page.screenshot({ path: shot, fullPage: false });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('filters several documents by region and by type', async () => {
    const texts = [
      ['vladimir', 'Во Владимирской области 10 ноября 2025 года подвели итоги конкурса.'],
      ['tatarstan', 'Республика Татарстан получила 187 заявок.'],
      ['plain', 'Сегодня было тепло.'],
    ] as const;
    const docs = texts.map(([id, text]) => ({
      id,
      text,
      document: extractor.extract(text, { publishedAt: '2025-11-10' }),
    }));
    const { page, errors } = await open(renderHtml(docs), 'many.html');
    const visible = () => page.locator('article.gf-doc:visible h2').allTextContents();
    expect(await visible()).toEqual(['vladimir', 'tatarstan', 'plain']);
    await page.selectOption('#gf-region', 'Республика Татарстан');
    expect(await visible()).toEqual(['tatarstan']);
    expect(await page.locator('#gf-shown').textContent()).toBe('1');
    await page.selectOption('#gf-region', '');
    await page.selectOption('#gf-type', 'date');
    expect(await visible()).toEqual(
      ['vladimir', 'plain'].filter((id) =>
        docs.find((d) => d.id === id)!.document.entities.some((e) => e.type === 'date'),
      ),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('escapes hostile text: nothing runs, no element is injected, the page stays whole', async () => {
    const hostile = [
      '<script>window.__pwned = 1; alert(1)</script>',
      '"><img src=x onerror="window.__pwned=2;alert(2)">',
      "'><svg onload=alert(3)>",
      '</style><style>body{display:none}</style>',
      '--><!-- <!--',
      '</textarea></title></mark></article>',
      '<a href="javascript:alert(4)">ссылка</a>',
      ']]> &amp; &lt; &#x3C;script&#x3E; \u2028 \u2029 `${alert(5)}`',
    ].join(' ');
    const text = `Министр ${hostile} Андрей Григорьев сообщил во Владимирской области: ${hostile}`;
    const document: GosDocument = extractor.extract(text, { publishedAt: '2025-11-10' });
    // values and ids the page shows come from the data too: poison them as well
    const poisoned = {
      ...document,
      entities: document.entities.map((e) => ({ ...e, normalized: `${e.normalized}${hostile}` })),
      regions: [
        ...document.regions,
        { normalized: hostile, iso: hostile, okato: null, federalDistrict: null, mentions: [], places: [] },
      ],
    };
    const html = renderHtml(
      [
        { id: hostile, text, document: poisoned },
        {
          id: 'second',
          text: 'Во Владимирской области тепло.',
          document: extractor.extract('Во Владимирской области тепло.'),
        },
      ],
      { title: hostile },
    );
    const o = await open(html, 'hostile.html');
    const { page } = o;
    for (const m of (await page.locator('mark.gf-e').all()).slice(0, 4)) await m.hover();
    await page.selectOption('#gf-region', hostile);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(o.dialogs).toEqual([]);
    expect(o.requests).toEqual([]);
    expect(await page.locator('img, svg, textarea, iframe, a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('style').count()).toBe(1);
    // whole: the text and the title read back as given, both documents and the facts are there
    expect(await page.locator('.gf-text').first().textContent()).toBe(text);
    expect(await page.title()).toBe(hostile);
    expect(await page.locator('article.gf-doc').count()).toBe(2);
    expect(await page.locator('article.gf-doc').first().locator('h2').textContent()).toBe(hostile);
    expect(await page.locator('article.gf-doc').first().locator('.gf-list').count()).toBeGreaterThan(5);
    await page.locator('mark.gf-e').first().hover();
    expect(await page.locator('#gf-tip').textContent()).toContain(hostile);
    expect(await page.evaluate('getComputedStyle(document.body).display')).toBe('block');
    expect(o.errors).toEqual([]);
    await page.close();
  });
});

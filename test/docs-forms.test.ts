import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOG } from '../src/catalog.js';

const FILE = fileURLToPath(new URL('../docs/forms.md', import.meta.url));

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** `docs/forms.md`: every rule of every extractor with its examples, in catalog order. */
export function renderForms(
  catalog: Readonly<Record<string, readonly { readonly id: string; readonly examples: readonly string[] }[]>>,
): string {
  const out = [
    '# Covered forms',
    '',
    "<!-- Generated from the rules' own examples (src/catalog.ts) by test/docs-forms.test.ts.",
    '     Do not edit: run `UPDATE_DOCS=1 npx vitest run test/docs-forms.test.ts`. -->',
    '',
    'Every built-in rule with the phrases it is tested on: each example is matched whole by its rule',
    '(`test/rule-examples.test.ts`), so this page cannot drift from what the library finds.',
    '',
  ];
  const kinds = Object.keys(catalog);
  out.push(kinds.map((k) => `- [${k}](#${k}) (${catalog[k]?.length ?? 0} rules)`).join('\n'), '');
  for (const kind of kinds) {
    out.push(`## ${kind}`, '', '| rule | examples |', '| --- | --- |');
    for (const r of catalog[kind] ?? [])
      out.push(`| \`${r.id}\` | ${r.examples.map((e) => `«${cell(e)}»`).join(', ')} |`);
    out.push('');
  }
  return out.join('\n');
}

describe('docs/forms.md', () => {
  it('lists every rule with its examples (UPDATE_DOCS=1 rewrites it)', () => {
    const want = renderForms(RULE_CATALOG);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(FILE, want);
    let have = '';
    try {
      have = readFileSync(FILE, 'utf8');
    } catch {
      // missing: the comparison below fails with the whole page as the diff
    }
    expect(have, 'docs/forms.md is stale: run UPDATE_DOCS=1 npx vitest run test/docs-forms.test.ts').toBe(want);
  });
});

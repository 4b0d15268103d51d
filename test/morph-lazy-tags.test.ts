import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compileFunction } from 'node:vm';
import type { AzStatic } from 'az';
import { describe, expect, it } from 'vitest';
import { loadAz } from '../src/morph/az.js';
import { withLazyTags } from '../src/morph/az-lazy-tags.js';

const azFile = createRequire(import.meta.url).resolve('az');
const azSource = readFileSync(azFile, 'utf8');

describe('az with lazy tags', () => {
  it('applies to the installed az and keeps every line in place', () => {
    const edited = withLazyTags(azSource);
    expect(edited).toBeDefined();
    // cut before the modules that are not used, each line before that where it was
    const lines = edited!.split('\n');
    const kept = lines.length - 1;
    expect(lines[kept]).toBe('');
    expect(azSource.split('\n')[kept]).toMatch(/^;\(function \(global, factory\) \{/);
    expect(azSource.split('\n')[kept + 2]).toContain("define('Az.Syntax'");
    expect(edited).toContain('tagAt(this.paradigm[this.formCnt + formIdx])');
    expect(edited).toContain('paradigmAt(paradigmIdx)');
    expect(edited).not.toContain('tags = deepFreeze(tags)');
    expect(edited).not.toContain('gramtab-opencorpora-ext.json');
    // still valid JavaScript
    expect(() => compileFunction(edited!, ['exports', 'require', 'module', 'lazyStrings'])).not.toThrow();
  });

  it('leaves a source it does not know alone', () => {
    expect(withLazyTags('module.exports = {};')).toBeUndefined();
    // an anchor found twice is not edited either
    expect(withLazyTags(azSource + '\n' + azSource)).toBeUndefined();
  });

  it('gives the tags az made up front, built on first use', async () => {
    const { morph } = await loadAz();
    const parses = morph('области', { typos: 0 });
    expect(parses.length).toBeGreaterThan(0);
    for (const p of parses) {
      expect(p.tag.toString()).toMatch(/^NOUN,inan,femn /);
      expect(p.tag.NOUN && p.tag.femn && p.tag.CAse).toBeTruthy();
      expect(p.tag.stat).toEqual(['NOUN', 'inan', 'femn']);
    }
    // one tag object per gramtab row, made once
    expect(morph('области', { typos: 0 })[0]!.tag).toBe(parses[0]!.tag);
  });

  it('reads every word as az as published does', async () => {
    const { morph } = await loadAz();
    const plain = createRequire(import.meta.url)('az') as AzStatic;
    expect(plain.Morph).not.toBe(morph);
    await new Promise<void>((resolve, reject) => {
      plain.Morph.init(join(dirname(azFile), '..', 'dicts'), (err) => (err ? reject(err) : resolve()));
    });
    const words = [
      ...new Set(
        readFileSync(new URL('../fixtures/seed/vladimir-employment-award.txt', import.meta.url), 'utf8')
          .concat(' кошка-робот псевдоучёный Шагиновой области по-русски 1-го XIV бывшего')
          .toLowerCase()
          .match(/[\p{L}\d-]+/gu),
      ),
    ];
    expect(words.length).toBeGreaterThan(50);
    const show = (m: typeof morph, w: string): string[] =>
      m(w, { typos: 0 }).map((p) => {
        const n = p.normalize();
        const g = p.inflect(['gent', 'plur']);
        return [p.toString(), p.tag.toString(), p.score, p.parser, n && n.toString(), g && g.toString()].join(' ');
      });
    for (const w of words) expect(show(morph, w), w).toEqual(show(plain.Morph, w));
  });
});

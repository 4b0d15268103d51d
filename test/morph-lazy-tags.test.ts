import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compileFunction } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadAz } from '../src/morph/az.js';
import { withLazyTags } from '../src/morph/az-lazy-tags.js';

const azFile = createRequire(import.meta.url).resolve('az');
const azSource = readFileSync(azFile, 'utf8');

describe('az with lazy tags', () => {
  it('applies to the installed az and keeps every line in place', () => {
    const edited = withLazyTags(azSource);
    expect(edited).toBeDefined();
    expect(edited!.split('\n')).toHaveLength(azSource.split('\n').length);
    expect(edited).toContain('tagAt(this.paradigm[this.formCnt + formIdx])');
    expect(edited).not.toContain('tags = deepFreeze(tags)');
    // still valid JavaScript
    expect(() => compileFunction(edited!, ['exports', 'require', 'module'])).not.toThrow();
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
});

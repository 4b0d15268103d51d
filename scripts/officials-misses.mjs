// node scripts/officials-misses.mjs DIST CORPUS.jsonl [--opts JSON] [--json OUT]: classify missed gold officials ((a) both entities found, (b) position missing, (c) person missing) and false positives
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [dist, corpus, ...rest] = process.argv.slice(2);
const oi = rest.indexOf('--opts');
const opts = oi >= 0 ? JSON.parse(rest[oi + 1]) : undefined;
const ji = rest.indexOf('--json');
const jout = ji >= 0 ? rest[ji + 1] : null;
const { createExtractor } = await import(pathToFileURL(dist + '/index.js').href);
const ex = await createExtractor(opts);
const ov = (a, b) => a.start < b.end && b.start < a.end;
const docs = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const rows = [];
let G = 0,
  P = 0,
  TP = 0;
const ctx = (t, a, b) => {
  const s = Math.min(a.start, b.start),
    e = Math.max(a.end, b.end);
  let out = t.slice(Math.max(0, s - 40), s) + '⟦' + t.slice(s, e) + '⟧' + t.slice(e, e + 30);
  return out.replace(/\n/g, '⏎');
};
const between = (t, a, b) => {
  const [x, y] = a.end <= b.start ? [a, b] : [b, a];
  return t.slice(Math.min(x.end, y.start), Math.max(x.end, y.start));
};
const crossSentence = (gap) => /[.!?…]\s|\n/.test(gap);
for (const d of docs) {
  const r = ex.extract(d.text, d.publishedAt ? { publishedAt: d.publishedAt } : {});
  const golds = (d.occupations || []).filter((o) => o.position);
  const who = (g) => (g.who.entities || []).map((id) => d.entities.find((e) => e.id === id)).filter(Boolean);
  const preds = (r.officials || []).filter((o) => o.person && o.position);
  G += golds.length;
  P += preds.length;
  const used = new Set();
  const predOk = new Set();
  preds.forEach((p, pi) => {
    const i = golds.findIndex(
      (g, k) => !used.has(k) && ov(g.position, p.position) && who(g).some((w) => ov(w, p.person)),
    );
    if (i >= 0) {
      used.add(i);
      predOk.add(pi);
      TP++;
    }
  });
  const pers = r.entities.filter((e) => e.type === 'person'),
    poss = r.entities.filter((e) => e.type === 'position');
  golds.forEach((g, k) => {
    if (used.has(k)) return;
    const w = who(g)[0];
    const pe = pers.find((e) => who(g).some((x) => ov(x, e)));
    const po = poss.find((e) => ov(e, g.position));
    const cls = pe && po ? 'a' : !po && !pe ? 'bc' : !po ? 'b' : 'c';
    const gap = between(d.text, w, g.position);
    const order = w.start < g.position.start ? 'person-position' : 'position-person';
    const cross = crossSentence(gap);
    let note = '';
    if (pe && po) {
      const withPos = preds.find((p) => ov(p.position, po));
      const withPer = preds.find((p) => ov(p.person, pe));
      note = withPos ? `posTakenBy=${withPos.person.text}` : withPer ? `perHas=${withPer.position.text}` : 'unlinked';
    }
    rows.push({
      kind: 'miss',
      cls,
      cross,
      order,
      gapLen: gap.length,
      doc: d.id,
      person: w.text,
      position: g.position.text,
      gap,
      note,
      predPos: po?.text,
      predPer: pe?.text,
      ctx: ctx(d.text, w, g.position),
    });
  });
  preds.forEach((p, pi) => {
    if (predOk.has(pi)) return;
    const gp = golds.filter((g) => ov(g.position, p.position));
    const gw = golds.filter((g) => who(g).some((w) => ov(w, p.person)));
    const goldPosEnt = d.entities.some((e) => e.type === 'position' && ov(e, p.position));
    const goldPerEnt = d.entities.some((e) => e.type === 'person' && ov(e, p.person));
    const cls = !goldPosEnt
      ? 'fp-notpos'
      : !goldPerEnt
        ? 'fp-notper'
        : gp.length && gw.length
          ? 'fp-wrongpair'
          : gp.length
            ? 'fp-poshasother'
            : gw.length
              ? 'fp-perhasother'
              : 'fp-nogold';
    const gap = between(d.text, p.person, p.position);
    rows.push({
      kind: 'fp',
      cls,
      cross: crossSentence(gap),
      order: p.person.start < p.position.start ? 'person-position' : 'position-person',
      gapLen: gap.length,
      doc: d.id,
      person: p.person.text,
      position: p.position.text,
      gap,
      ctx: ctx(d.text, p.person, p.position),
      dup: gp.length > 0 && gp.every((g) => used.has(golds.indexOf(g))),
    });
  });
}
const pr = TP / P,
  rc = TP / G;
console.log(
  `gold ${G} pred ${P} tp ${TP} P ${pr.toFixed(3)} R ${rc.toFixed(3)} F1 ${((2 * pr * rc) / (pr + rc)).toFixed(3)}`,
);
const cnt = {};
for (const r of rows) {
  const k = `${r.kind} ${r.cls}${r.cls === 'a' ? (r.cross ? ' cross' : ' same') : ''}`;
  cnt[k] = (cnt[k] || 0) + 1;
}
console.log(cnt);
if (jout) writeFileSync(jout, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

/** Turns a law match into the entity's fields: kind, issuer, date, number, title, references. */
import type { MatchView, Part } from '../../engine/index.js';
import { isValidDay, MONTHS } from '../../lexicon/calendar.js';
import { ACT_UNITS, RUSSIA_NAMES, type Code } from '../../lexicon/laws/index.js';
import type { LawReference } from '../../result/schema.js';
import { ORDINAL_LEMMAS } from './parts.js';
import { extend } from '../../engine/objects.js';

/** What a law rule proposes: the entity without its span. */
export interface LawProposal {
  readonly normalized: string;
  readonly kind: string | null;
  readonly issuer: string | null;
  readonly date: string | null;
  readonly number: string | null;
  readonly title: string | null;
  readonly references: readonly LawReference[];
}

/** An act the text names by its words alone: no issuer, date, number, title or references written. */
export function namedOnly(
  normalized: string,
  kind: string | null,
  references: readonly LawReference[] = [],
): LawProposal {
  return { normalized, kind, issuer: null, date: null, number: null, title: null, references };
}

type Field = LawReference extends infer R ? Exclude<keyof R, 'start' | 'end' | 'text'> : never;
const RANK: readonly Field[] = ['paragraph', 'subclause', 'clause', 'part', 'article', 'chapter', 'section'];

const FIELD_BY_WORD = new Map<string, Field>();
for (const [l, u] of Object.entries(ACT_UNITS)) {
  FIELD_BY_WORD.set(l, u.field);
  for (const a of u.abbr) if (!FIELD_BY_WORD.has(a)) FIELD_BY_WORD.set(a, u.field);
}
FIELD_BY_WORD.set('пп', 'subclause');

function fieldOf(m: MatchView, unit: Part): Field | null {
  const f = m.ctx.folded(unit.from);
  return (
    FIELD_BY_WORD.get(f) ??
    m.ctx
      .lemmas(unit.from)
      .map((l) => FIELD_BY_WORD.get(l))
      .find((x) => x !== undefined) ??
    null
  );
}

function valueOf(m: MatchView, v: Part): string {
  const t = v.text.replace(/[«»"\s]/gu, '');
  if (/^\d/u.test(t)) return t.replace(/-?(?:й|я|е|го|ой|ом|ю|ая|ое)$/u, '');
  return (
    m.ctx
      .lemmas(v.from)
      .map((l) => ORDINAL_LEMMAS[l])
      .find((x) => x !== undefined) ?? t
  );
}

const emptyRef = (): Omit<LawReference, 'start' | 'end' | 'text'> => ({
  section: null,
  chapter: null,
  article: null,
  part: null,
  clause: null,
  subclause: null,
  paragraph: null,
});

/**
 * The references of a chain: a unit starts a new reference when its field is already filled or
 * when it breaks the chain's direction ("пункт 6 части 2 статьи 104" climbs, "ст. 105 ч. 2"
 * descends); several numbers of one unit are one reference each ("статьями 205 и 209").
 */
export function readReferences(m: MatchView): LawReference[] {
  const items = m.parts('ref');
  const units = m.parts('unit');
  const vals = m.parts('val');
  const out: LawReference[] = [];
  let cur: (LawReference & { last: number }) | null = null;
  let dir = 0;
  for (const it of items) {
    const unit = units.find((u) => u.from >= it.from && u.to <= it.to);
    const field = unit ? fieldOf(m, unit) : null;
    if (!field) continue;
    const vs = vals.filter((v) => v.from >= it.from && v.to <= it.to);
    if (!vs.length) continue;
    const rank = RANK.indexOf(field);
    const breaks = cur !== null && (cur[field] !== null || (dir !== 0 && Math.sign(rank - cur.last) !== dir));
    if (cur && !breaks && dir === 0) dir = Math.sign(rank - cur.last);
    if (!cur || breaks) {
      if (cur) out.push(strip(cur));
      cur = extend(emptyRef(), { start: it.start, end: it.end, text: it.text, last: rank });
      dir = 0;
    }
    // "статьями 205 и 209": one reference per number, the first spanning the unit word
    vs.forEach((v, k) => {
      if (k > 0 && cur) {
        out.push(strip(cur));
        cur = extend(cur, { start: v.start });
      }
      cur![field] = valueOf(m, v);
      // "шестой статьёй": the number before the unit, the reference spans both
      cur!.end = k === vs.length - 1 ? Math.max(v.end, it.end) : v.end;
      cur!.last = rank;
      cur!.text = m.ctx.text.slice(cur!.start, cur!.end);
    });
  }
  if (cur) out.push(strip(cur));
  return out;
}

function strip(r: LawReference & { last: number }): LawReference {
  const { last: _, ...ref } = r;
  return ref;
}

/** `YYYY-MM-DD` of the date part, when it gives the day. */
export function readDate(m: MatchView): string | null {
  const p = m.part('date');
  if (!p) return null;
  const toks = p.tokens;
  let y: number | undefined;
  let mo: number | undefined;
  let d: number | undefined;
  const first = toks[0];
  if (first?.kind === 'date') {
    const [a, b, c] = first.text.split('.').map(Number);
    [d, mo, y] = [a, b, c !== undefined && c < 100 ? 2000 + c : c];
  } else if (toks.length >= 3 && toks[2]?.kind === 'number' && /^\d{4}$/u.test(toks[2].text)) {
    d = Number(toks[0]?.text);
    const month = MONTHS.findIndex((x) => m.ctx.lemmas(p.from + 1).includes(x));
    mo = month >= 0 ? month + 1 : Number(toks[1]?.text);
    y = Number(toks[2].text);
  }
  if (!y || !mo || !d) return null;
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidDay(iso) ? iso : null;
}

/** The jurisdiction in the nominative, Russia by its full name. */
export function readJurisdiction(m: MatchView): string | null {
  const j = m.part('jur');
  if (!j) return null;
  const n = j.to - j.from === 1 && /^\p{Lu}{2,}$/u.test(j.text) ? j.text : j.nominative();
  return (RUSSIA_NAMES as readonly string[]).includes(n.toLowerCase().replace(/ё/gu, 'е')) ? 'Российская Федерация' : n;
}

/** The jurisdiction as it follows a code's name, in the genitive ("Уголовный кодекс Украины"). */
export function jurisdictionGenitive(m: MatchView): string | null {
  const j = m.part('jur');
  if (!j) return null;
  return (RUSSIA_NAMES as readonly string[]).includes(j.nominative().toLowerCase())
    ? 'Российской Федерации'
    : j.text.replace(/\s+/gu, ' ');
}

export const readTitle = (m: MatchView): string | null => {
  const t = m.part('title');
  return t ? t.text.slice(1, -1).trim() : null;
};

export const readNumber = (m: MatchView): string | null => m.part('number')?.text.replace(/\s+/gu, '') ?? null;

/** The issuer with its head in the nominative and what the head governs as written ("Минтруда России" -> "Минтруд России"). */
export const readIssuer = (m: MatchView): string | null => {
  const i = m.part('issuer');
  const h = m.part('issuerHead');
  if (!i || !h) return readJurisdiction(m);
  const head = m.nominative(h.from, h.to);
  return h.to < i.to ? `${head} ${m.ctx.slice(h.to, i.to).replace(/\s+/gu, ' ')}` : head;
};

/** The code named by a gazetteer hit or an abbreviation. */
export function codeOf(m: MatchView, byAbbr: ReadonlyMap<string, Code>): Code | null {
  const p = m.part('code');
  if (!p) return null;
  const hit = p.value as readonly Code[] | undefined;
  if (Array.isArray(hit) && hit[0]) return hit[0] as Code;
  return byAbbr.get(m.ctx.tokens[p.from]?.text ?? '') ?? null;
}

/** Capitalises the first letter of a normalised name when the text wrote it so ("Федеральный закон"). */
export const firstAsWritten = (s: string, written: string): string =>
  /^\p{Lu}/u.test(written) ? s.charAt(0).toUpperCase() + s.slice(1) : s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The one line that names a fact in the facts panel: the few fields a reader looks for, references
 * as links to their marks. The "all fields" list under it has the rest, so a field left out here
 * is still shown; a list without a summary of its own is named by its `normalized` or `text`.
 */
import { escapeHtml } from './escape.js';
import { inline } from './values.js';
import { rec, str, type Linker, type Rec } from './linker.js';

const present = (v: unknown): boolean => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length);

/** Builds a summary line from its parts, each shown only when the fact has it. */
class Line {
  private readonly parts: string[] = [];
  constructor(private readonly l: Linker) {}

  /** A value as HTML (references linked); `label` is a muted word before it. */
  add(v: unknown, label?: string): this {
    if (!present(v)) return this;
    const key = label ? `<span class="gf-k">${escapeHtml(label)}</span> ` : '';
    this.parts.push(key + this.l.value(v));
    return this;
  }

  /** Ready-made HTML (already escaped). */
  raw(html: string | null): this {
    if (html) this.parts.push(html);
    return this;
  }

  toString(): string {
    return this.parts.join(' · ');
  }
}

const text = (v: string | null): string | null => (v === null ? null : escapeHtml(v));
const flags = (item: Rec, names: readonly string[]): string | null =>
  text(names.filter((n) => item[n] === true).join(', ') || null);

function official(item: Rec, l: Linker): string {
  const position = rec(item.position);
  const org = str(item.organization);
  // the position's name usually holds its organisation; said again only when it does not
  const orgShown = org && !(str(position?.normalized) ?? '').includes(org) ? org : null;
  const head = `${l.value(item.person)}${position ? ` — ${l.value(position)}` : ''}`;
  return new Line(l)
    .raw(head)
    .add(orgShown, 'of')
    .add(item.region)
    .raw(flags(item, ['acting', 'former']))
    .toString();
}

function award(item: Rec, l: Linker): string {
  const place = typeof item.place === 'number' ? `place ${item.place}` : null;
  const grade = [place, str(item.medal), typeof item.degree === 'number' ? `degree ${item.degree}` : null].filter(
    Boolean,
  );
  const name = present(item.award) ? l.value(item.award) : escapeHtml(str(item.normalized) ?? str(item.text) ?? '');
  const head = `${name}${grade.length ? ` <span class="gf-k">(${escapeHtml(grade.join(', '))})</span>` : ''}`;
  const nomination = str(item.nomination);
  return new Line(l)
    .raw(head)
    .add(item.recipient, 'to')
    .add(item.event, 'in')
    .raw(nomination ? `<span class="gf-k">nomination</span> «${escapeHtml(nomination)}»` : null)
    .add(item.awardedBy, 'by')
    .add(item.date)
    .toString();
}

function event(item: Rec, l: Linker): string {
  const years = rec(item.years);
  return new Line(l)
    .add(item.id)
    .add(item.kind)
    .add(item.ordinal, '№')
    .add(item.level)
    .add(item.stages, 'stage')
    .add(item.organizer, 'organiser')
    .add(years ? `${String(years.start)}–${String(years.end)}` : null)
    .add(item.partOf, 'part of')
    .toString();
}

function statistic(item: Rec, l: Linker): string {
  const subject = rec(item.subject);
  const indicator = str(item.indicator);
  const about = subject && str(subject.normalized) !== indicator ? subject : null;
  const change = rec(item.change);
  return new Line(l)
    .raw(l.isEntity(item.entity) ? l.link(item.entity) : l.value(item.value))
    .add(item.unitPhrase ?? (item.kind === 'number' ? item.unit : null))
    .add(indicator)
    .add(about)
    .add(item.region, 'in')
    .add(item.period, 'period')
    .add(item.year, 'year')
    .add(change?.text)
    .add(item.variant, 'variant')
    .toString();
}

function date(item: Rec, l: Linker): string {
  const v = rec(item.value);
  // an open end ("с 2025 года", "до 31 декабря") shows as an open interval
  const from = str(v?.start);
  const to = str(v?.end);
  const iso = from === to ? from : from || to ? `${from ?? ''} … ${to ?? ''}`.trim() : null;
  const head = l.isEntity(item.id) ? l.link(item.id, str(item.text) ?? undefined) : l.value(item.text);
  return `${head} → <code class="gf-iso">${escapeHtml(iso ?? '—')}</code>`;
}

function quote(item: Rec, l: Linker): string {
  const said = str(item.text) ?? '';
  const short = said.length > 140 ? `${said.slice(0, 140)}…` : said;
  return `«${escapeHtml(short)}»${present(item.speaker) ? ` — ${l.value(item.speaker)}` : ''}`;
}

function law(item: Rec, l: Linker): string {
  const refs = Array.isArray(item.references) ? item.references.map((r) => str(rec(r)?.text)).filter(Boolean) : [];
  return new Line(l)
    .add(item.id)
    .add(refs.length ? [...new Set(refs)].join('; ') : null, 'cited')
    .toString();
}

const count = (v: unknown, one: string): string | null =>
  Array.isArray(v) && v.length > 1 ? `${v.length} ${one}s` : null;

function person(item: Rec, l: Linker): string {
  return new Line(l)
    .add(item.id)
    .add(item.positions)
    .raw(text(count(item.mentions, 'mention')))
    .toString();
}

function organization(item: Rec, l: Linker): string {
  return new Line(l)
    .add(item.id)
    .add(item.abbr)
    .add(item.kind)
    .add(item.region)
    .add(item.parent, 'of')
    .raw(text(count(item.mentions, 'mention')))
    .toString();
}

function region(item: Rec, l: Linker): string {
  const mentions = [item.mentions, item.places].flatMap((m): unknown[] => (Array.isArray(m) ? (m as unknown[]) : []));
  const name = str(item.normalized) ?? '';
  const head = l.isEntity(mentions[0]) ? l.link(mentions[0], name) : escapeHtml(name);
  return new Line(l).raw(head).add(item.iso).add(item.federalDistrict, 'federal district').toString();
}

function contact(item: Rec, l: Linker): string {
  return new Line(l)
    .raw(
      `<span class="gf-k">${escapeHtml(str(item.kind) ?? 'contact')}</span> ${escapeHtml(str(item.normalized) ?? str(item.text) ?? '')}`,
    )
    .add(item.holder, 'of')
    .toString();
}

const SUMMARIES: Record<string, (item: Rec, l: Linker) => string> = {
  officials: official,
  awards: award,
  events: event,
  statistics: statistic,
  dates: date,
  laws: law,
  quotes: quote,
  persons: person,
  organizations: organization,
  regions: region,
  contacts: contact,
};

/** The summary line of one item of the list `key`. */
export function summary(key: string, item: Rec, l: Linker): string {
  const known = SUMMARIES[key];
  if (known) return known(item, l);
  const name = str(item.normalized) ?? str(item.text);
  if (l.isEntity(item.id)) return l.link(item.id, name ?? undefined);
  return escapeHtml(name ?? inline(item));
}

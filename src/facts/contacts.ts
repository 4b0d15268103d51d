/**
 * Contacts: the phone numbers, e-mail addresses and postal addresses a text gives, as a press
 * release or a programme passport ends with them ("Пресс-служба ..., тел. 8(82130)7-11-24,
 * e-mail: press@adm.ru, адрес: 169200, Республика Коми, г. Емва, ..."), each with the
 * organisation named just before it. The numbers in them are not quantities (the numbers
 * extractor asks `inPhone` and skips postcodes).
 */
import {
  RuleSet,
  custom,
  kind,
  opt,
  punct,
  repeat,
  rule,
  seq,
  surface,
  tok,
  word,
  type DocContext,
  type MatchView,
  type Rule,
} from '../engine/index.js';
import { phoneNumber, phonesOf } from '../context/index.js';
import type { Contact, Entity } from '../result/schema.js';
import type { FactBuilder } from '../pipeline/types.js';

interface ContactParse {
  readonly kind: Contact['kind'];
  /** Tokens of the contact itself `[from, to)`, without its label. */
  readonly from: number;
  readonly to: number;
  readonly normalized: string;
}

/** Words that start another contact: an address ends before them. */
const LABELS = new Set(['тел', 'телефон', 'факс', 'e', 'email', 'e-mail', 'эл', 'электронный', 'сайт', 'почта']);
const PLACE_ABBR = /^(?:г|ул|пос|пгт|с|д|р-н|мкр|пр|пер)$/u;

/** A token of an address: on the same line, not a ";" and not the label of another contact. */
const addressTok = custom('address token', (ctx, i) => {
  const t = ctx.tokens[i];
  return !!t && !t.newlineBefore && t.text !== ';' && !LABELS.has(ctx.folded(i)) && t.kind !== 'email';
});

/** The address without the punctuation after it. */
function addressOf(m: MatchView): ContactParse | null {
  const body = m.part('body');
  if (!body) return null;
  let to = body.to;
  while (to > body.from && m.ctx.tokens[to - 1]?.kind === 'punct') to--;
  const commas = m.ctx.tokens.slice(body.from, to).filter((t) => t.text === ',').length;
  if (to - body.from < 3 || commas < 1) return null;
  const a = m.ctx.tokens[body.from]!;
  const b = m.ctx.tokens[to - 1]!;
  return { kind: 'address', from: body.from, to, normalized: m.ctx.text.slice(a.start, b.end) };
}

export const addressLabelled: Rule<ContactParse> = rule<ContactParse>({
  id: 'contact/address',
  examples: ['адрес: 169200, Республика Коми, г. Емва, ул. Советская, д. 10', 'Адрес: г. Владимир, ул. Горького, 36'],
  pattern: seq(word('адрес'), opt(punct(':', '-')), repeat(addressTok, 3, 40).as('body')),
  interpret: addressOf,
});

export const addressPostcode: Rule<ContactParse> = rule<ContactParse>({
  id: 'contact/postcode-address',
  examples: ['169200, Республика Коми, г. Емва, ул. Советская, д. 10'],
  pattern: seq(
    tok(kind('number').and(surface(/^[1-6]\d{5}$/))),
    punct(','),
    tok(
      kind('word').and(
        custom('place word', (ctx, i) => /^\p{Lu}/u.test(ctx.tokens[i]?.text ?? '') || PLACE_ABBR.test(ctx.folded(i))),
      ),
    ),
    repeat(addressTok, 2, 40),
  ).as('body'),
  interpret: addressOf,
});

export const email: Rule<ContactParse> = rule<ContactParse>({
  id: 'contact/email',
  examples: ['press@adm.vladimir.ru'],
  pattern: seq(tok(kind('email'))),
  interpret: (m) => ({ kind: 'email', from: m.from, to: m.to, normalized: m.text.toLowerCase() }),
});

/** The organisation named before a contact: the nearest organisation entity ending before it, within 300 characters and no blank line. */
function holderOf(doc: DocContext, organizations: readonly Entity[], start: number): string | null {
  let best: Entity | null = null;
  for (const o of organizations) {
    if (o.end > start || start - o.end > 300 || doc.text.slice(o.end, start).includes('\n\n')) continue;
    if (!best || o.end > best.end) best = o;
  }
  return best?.id ?? null;
}

const FAX = new Set(['факс']);

function faxLabel(doc: DocContext, from: number): boolean {
  for (let i = from - 1, k = 0; i >= 0 && k < 3; i--, k++) {
    if (doc.tokens[i]?.kind === 'word') return FAX.has(doc.folded(i));
  }
  return false;
}

/** The phone numbers of the document as contacts: "факс" before one makes it a fax. */
function phonesOfDoc(doc: DocContext): ContactParse[] {
  return phonesOf(doc).map((p) => ({
    kind: faxLabel(doc, p.from) ? 'fax' : 'phone',
    from: p.from,
    to: p.to,
    normalized: p.value.normalized,
  }));
}

export const CONTACT_RULES: readonly Rule<ContactParse>[] = [addressLabelled, addressPostcode, email];

let contactSet: RuleSet<ContactParse> | null = null;

/** Fills `contacts`: phones (from `phonesOf`), e-mails and addresses, in text order. */
export const contactsFacts: FactBuilder = {
  name: 'contacts',
  rules: () => [phoneNumber, ...CONTACT_RULES],
  build(entities, facts, run) {
    const doc = run.doc;
    contactSet ??= new RuleSet(CONTACT_RULES);
    const found: ContactParse[] = contactSet.findAll(doc).map((m) => m.value);
    for (const p of phonesOfDoc(doc)) if (!found.some((c) => c.from < p.to && p.from < c.to)) found.push(p);
    const organizations = entities.filter((e) => e.type === 'organization');
    facts.contacts = found
      .map((c): Contact => {
        const a = doc.tokens[c.from]!;
        const b = doc.tokens[c.to - 1]!;
        return {
          kind: c.kind,
          start: a.start,
          end: b.end,
          text: doc.text.slice(a.start, b.end),
          normalized: c.normalized,
          holder: holderOf(doc, organizations, a.start),
        };
      })
      .sort((x, y) => x.start - y.start);
  },
};

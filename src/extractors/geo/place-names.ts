/**
 * The lexicon's places and names as numbers, their objects made when a match first needs them.
 * The geography knows ~5,000 names of ~4,000 places; made up front, their objects were ~3.5 MB
 * of `createExtractor()` that all survived its garbage collections (each one copied them again),
 * while a document reads a few dozen. A name is its phrase and one number (its place's number and
 * how it names it); a place is where its data is (which list, which record).
 */
import type { GazetteerEntries, GazetteerEntry, GazetteerMode } from '../../engine/gazetteer.js';
import type { Place, PlaceName } from './places.js';

/** How a name refers to its place, as bits of its number (the place's number is above them). */
export const FORM_NAME = 0;
export const FORM_ABBR = 1;
export const FORM_ADJECTIVE = 2;
export const WEAK = 4;
export const AMBIGUOUS = 8;
export const HISTORICAL = 16;
/** The name is compared as written (`exact`), not by lemmas. */
export const EXACT = 32;
const PLACE_SHIFT = 6;
const FORMS: readonly PlaceName['form'][] = ['name', 'abbr', 'adjective'];

/** The lexicon's places by number, each made on first need from where its data is. */
export class PlaceTable {
  /** Per place: its kind of record, shifted, or-ed with the record's index in its list. */
  readonly #sources: number[] = [];
  readonly #made: (Place | undefined)[] = [];

  constructor(private readonly make: (kind: number, index: number) => Place) {}

  /** Adds the place of record `index` of the list of `kind`; returns its number. */
  add(kind: number, index: number): number {
    this.#sources.push((kind << 16) | index);
    return this.#sources.length - 1;
  }

  get(p: number): Place {
    let place = this.#made[p];
    if (place === undefined) {
      const source = this.#sources[p]!;
      // fill the holes up to p: an array written past its end turns into a dictionary
      while (this.#made.length < p) this.#made.push(undefined);
      this.#made[p] = place = this.make(source >>> 16, source & 0xffff);
    }
    return place;
  }
}

/** One gazetteer's names, in the order of the data. */
export class PlaceNames implements GazetteerEntries<PlaceName> {
  readonly #phrases: string[] = [];
  /** Per name: its place's number, shifted, or-ed with the bits above. */
  readonly #codes: number[] = [];
  #values: (PlaceName | undefined)[] | undefined;

  constructor(private readonly places: PlaceTable) {}

  /** Adds a name of place `place`; `how` is a form and the bits above. */
  add(phrase: string, place: number, how: number): void {
    this.#phrases.push(phrase);
    this.#codes.push((place << PLACE_SHIFT) | how);
  }

  get length(): number {
    return this.#phrases.length;
  }

  phrase(n: number): string {
    return this.#phrases[n]!;
  }

  mode(n: number): GazetteerMode {
    return this.#codes[n]! & EXACT ? 'exact' : 'lemma';
  }

  form(n: number): PlaceName['form'] {
    return FORMS[this.#codes[n]! & 3]!;
  }

  /** The name's value, made once: the same object on every hit. */
  value(n: number): PlaceName {
    const values = (this.#values ??= new Array<PlaceName | undefined>(this.#phrases.length));
    let value = values[n];
    if (value === undefined) {
      const code = this.#codes[n]!;
      const place = this.places.get(code >>> PLACE_SHIFT);
      const phrase = this.#phrases[n]!;
      const form = FORMS[code & 3]!;
      const weak = (code & WEAK) !== 0;
      const ambiguous = (code & AMBIGUOUS) !== 0;
      // the fields in the order the lexicon always gave them
      values[n] = value =
        code & HISTORICAL
          ? { place, phrase, form, weak, ambiguous, historical: true }
          : { place, phrase, form, weak, ambiguous };
    }
    return value;
  }

  /** Every name as a gazetteer entry (for readers of the whole list: tests, the data checks). */
  entries(): GazetteerEntry<PlaceName>[] {
    const out: GazetteerEntry<PlaceName>[] = [];
    for (let n = 0; n < this.length; n++)
      out.push({ phrase: this.phrase(n), mode: this.mode(n), value: this.value(n) });
    return out;
  }
}

/**
 * The records of the lexicon's places (`Place`, see places.ts), made from the data of the kind
 * of place they are: a place is made only when a name of it is first needed (place-names.ts).
 */
import {
  CITIES_RU,
  COUNTRIES,
  FEDERAL_DISTRICT_ENTRIES,
  LOCATIONS,
  REGIONS,
  WORLD_PLACES,
  type RegionEntry,
  type WorldPlaceEntry,
} from '../../lexicon/geo/index.js';
import type { Place } from './places.js';

/**
 * The fields spelled out (in the order a spread over the defaults gave them: the output keeps
 * it), not `{ ...defaults, ...p }`: this runs ~3,000 times at start-up, before V8 has optimised
 * it, where an object spread is slow.
 */
export const place = (p: Partial<Place> & Pick<Place, 'type' | 'key' | 'normalized'>): Place => ({
  iso: p.iso ?? null,
  okato: p.okato ?? null,
  federalDistrict: p.federalDistrict ?? null,
  country: p.country ?? null,
  region: p.region ?? null,
  regionKey: p.regionKey ?? null,
  kind: p.kind ?? null,
  type: p.type,
  key: p.key,
  normalized: p.normalized,
});

function regionPlace(r: RegionEntry): Place {
  return place({
    type: 'region',
    key: `region:${r.id}`,
    normalized: r.name,
    iso: r.iso,
    okato: r.okato,
    federalDistrict: r.federalDistrict,
    country: 'RU',
    // the subject's type (republic, oblast, krai...): "Алтайской республике" is the republic
    kind: r.type,
  });
}

/** The lists a place's record is in (see `makePlace`). */
export const REGION = 0;
export const RU_CITY = 1;
export const WORLD = 2;
export const COUNTRY = 3;
export const LOCATION = 4;
export const FEDERAL_DISTRICT = 5;

let regionById: Map<string, RegionEntry> | undefined;

/** The place of record `index` of the list of `kind`, made when a name of it is first needed. */
export function makePlace(kind: number, index: number): Place {
  if (kind === REGION) return regionPlace(REGIONS[index]!);
  if (kind === RU_CITY) {
    if (!regionById) {
      regionById = new Map<string, RegionEntry>();
      for (const r of REGIONS) if (!regionById.has(r.id)) regionById.set(r.id, r);
    }
    const city = CITIES_RU[index]!;
    const region = regionById.get(city.region);
    return place({
      type: 'city',
      key: `city:${city.region}:${city.name}`,
      normalized: city.name,
      country: 'RU',
      region: region?.name ?? null,
      regionKey: region ? `region:${region.id}` : null,
    });
  }
  if (kind === WORLD) return worldPlace(WORLD_PLACES[index]!);
  if (kind === COUNTRY) {
    const country = COUNTRIES[index]!;
    return place({
      type: 'country',
      key: `country:${country.id}`,
      normalized: country.name,
      iso: country.iso2,
      country: country.iso2,
      kind: country.kind,
    });
  }
  if (kind === LOCATION) {
    const location = LOCATIONS[index]!;
    return place({
      type: 'location',
      key: `location:${location.kind}:${location.name}`,
      normalized: location.name,
      kind: location.kind,
    });
  }
  const district = FEDERAL_DISTRICT_ENTRIES[index]!;
  return place({
    type: 'district',
    key: `district:${district.id}`,
    normalized: district.name,
    country: 'RU',
    kind: 'federal',
  });
}

function worldPlace(entry: WorldPlaceEntry): Place {
  if (entry.type === 'region')
    return place({
      type: 'region',
      key: `region:${entry.country}:${entry.name}`,
      normalized: entry.name,
      iso: entry.iso,
      country: entry.country,
    });
  if (entry.type === 'district')
    return place({
      type: 'district',
      key: `district:${entry.country}:${entry.name}`,
      normalized: entry.name,
      country: entry.country,
      kind: 'city',
    });
  return place({
    type: 'city',
    key: `city:${entry.country}:${entry.name}`,
    normalized: entry.name,
    country: entry.country,
  });
}

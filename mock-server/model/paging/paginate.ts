import { invalidMarker } from '../../wire/errors';

export interface Page<T> {
  readonly items: readonly T[];
  readonly NextMarker?: string;
  readonly Truncated: boolean;
}

/** Limit/Marker pagination; a marker is the id of the first item of the next page. */
export function paginate<T>(items: readonly T[], idOf: (item: T) => string, limit: number, marker?: string): Page<T> {
  let start = 0;
  if (marker !== undefined) {
    start = items.findIndex((item) => idOf(item) === marker);
    if (start < 0) throw invalidMarker();
  }
  const page = items.slice(start, start + limit);
  const next = items[start + limit];
  return next === undefined ? { items: page, Truncated: false } : { items: page, NextMarker: idOf(next), Truncated: true };
}

/** Hands out ids after `after`; the reducer keeps `last()` in its state so ids never repeat and stay reproducible. */
export interface RowIds {
  readonly next: () => number;
  readonly last: () => number;
}

export function rowIds(after: number): RowIds {
  let last = after;
  return {
    next: () => {
      last += 1;
      return last;
    },
    last: () => last,
  };
}

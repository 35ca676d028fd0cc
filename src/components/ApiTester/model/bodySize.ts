/** Above this many characters a response body starts collapsed and is shown without syntax highlighting. */
export const LARGE_BODY_CHARS = 20_000;

/** A large body shows this many lines until the reader asks for all: a page of it, not hundreds of kilobytes of layout. */
export const FIRST_LINES_SHOWN = 400;

/** "131,245 bytes, 4,005 lines": what a collapsed body says about itself. */
export function bodySize(text: string): string {
  const bytes = new TextEncoder().encode(text).length;
  let lines = 1;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lines++;
  return `${bytes.toLocaleString('en-US')} bytes, ${lines.toLocaleString('en-US')} ${lines === 1 ? 'line' : 'lines'}`;
}

export function isLargeBody(text: string): boolean {
  return text.length > LARGE_BODY_CHARS;
}

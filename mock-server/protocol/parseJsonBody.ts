import { serialization } from '../wire/errors';

/**
 * The nesting limit of Jackson's default StreamReadConstraints, the parser of AWS's Java stack; KMS requests
 * nest four levels at most. A limit keeps every engine's JSON.parse (some recurse) off absurd bodies.
 */
export const MAX_JSON_DEPTH = 1000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The request body as a JSON value, or SerializationException saying what is wrong with it: bytes
 * that are not UTF-8 (rather than reading them as U+FFFD, which would turn a bad byte into a
 * different, valid value), nesting deeper than MAX_JSON_DEPTH, or the parser's reason, cut before
 * the excerpt of the body V8 appends (the body may hold a plaintext). An empty body is `{}`, as AWS
 * reads it. Duplicate members keep the last value, as JSON.parse and AWS's Jackson parser both do.
 */
export function parseJsonBody(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw serialization('The request body is not valid UTF-8.');
  }
  if (text.trim() === '') return {};
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw serialization(`The request body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split(/, (?:\.\.\.)?"/)[0] : '';
    throw serialization(`The request body is not valid JSON${reason === '' ? '' : `: ${reason}`}.`);
  }
}

/** Counts open brackets outside strings; a malformed body gives an approximate depth, which is enough to refuse it. */
function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > max) return true;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return false;
}

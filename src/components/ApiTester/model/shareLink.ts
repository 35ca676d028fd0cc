import type { JsonValue } from '../../../json/JsonValue';
import { isJsonObject } from '../../../json/isJsonObject';
import { readSavedRequest } from './savedRequest';
import type { SavedRequest } from './savedRequest';

/** The fragment's name: `#try=<base64url JSON>`. A fragment never reaches a server, so the request stays in the browser. */
export const SHARE_PARAMETER = 'try';
/** Browsers and chat tools cut or refuse longer URLs; a request this large is better shared as a file. */
export const SHARE_LINK_LIMIT = 8000;
const VERSION = 1;

export type ShareLink = { readonly ok: true; readonly fragment: string } | { readonly ok: false; readonly problem: string };
export type SharedRequest =
  | { readonly kind: 'none' }
  | { readonly kind: 'request'; readonly request: SavedRequest }
  | { readonly kind: 'invalid'; readonly problem: string };

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return undefined;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The URL fragment (without '#') that reproduces a saved request, or why it cannot be shared as a link. */
export function encodeShareLink(request: SavedRequest): ShareLink {
  const { operation, body, removed, caller, fault } = request;
  const payload = { v: VERSION, operation, body, removed, caller, ...(fault === undefined ? {} : { fault }) };
  const fragment = `${SHARE_PARAMETER}=${toBase64Url(JSON.stringify(payload))}`;
  if (fragment.length > SHARE_LINK_LIMIT) {
    return {
      ok: false,
      problem: `This request is too large for a share link (${fragment.length} characters; links stop at ${SHARE_LINK_LIMIT}). Export the sandbox or copy the JSON instead.`,
    };
  }
  return { ok: true, fragment };
}

/** What a page's URL fragment (with or without '#') carries: nothing for the tester, a request, or a broken link. */
export function decodeShareLink(hash: string): SharedRequest {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_PARAMETER}=`;
  if (!fragment.startsWith(prefix)) return { kind: 'none' };
  const broken = (why: string): SharedRequest => ({ kind: 'invalid', problem: `This share link cannot be opened: ${why} The tester keeps its own request.` });
  if (fragment.length > SHARE_LINK_LIMIT) return broken(`it is longer than the ${SHARE_LINK_LIMIT} characters a share link may have.`);
  const text = fromBase64Url(fragment.slice(prefix.length));
  if (text === undefined) return broken('it is not valid base64url text (was it cut short when copied?).');
  let payload: JsonValue;
  try {
    payload = JSON.parse(text);
  } catch {
    return broken('its content is not JSON (was it cut short when copied?).');
  }
  if (!isJsonObject(payload) || payload.v !== VERSION) {
    return broken('it was made by another version of these docs.');
  }
  const request = readSavedRequest(payload);
  return typeof request === 'string' ? broken(request) : { kind: 'request', request };
}

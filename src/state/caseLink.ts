import { deflateSync, Inflate } from 'fflate';
import { CASE_LIMITS, checkCase, type CaseDoc } from '../model';

// A user's own case carried in a link's #fragment (never sent to a server): `#case=<payload>`, where the
// payload is a format version, then the case as compact JSON, deflated and written in base64url.

export const CASE_LINK_PARAM = 'case';
/** Payload characters: some mail and chat tools cut longer links, so above this the app offers the file. */
export const CASE_LINK_MAX_CHARS = 8000;

/** The payload's first character, so the codec can change without breaking old links. */
const CODEC_VERSION = '1';
/** Compressed bytes inflated at a time: deflate expands at most ~1,032×, so one step overshoots the limit by ~1 MB at most. */
const INFLATE_STEP = 1024;

export type CaseLinkEncoding = { ok: true; fragment: string; chars: number } | { ok: false; chars: number; reason: string };
export type CaseLinkDecoding = { kind: 'none' } | { kind: 'case'; doc: CaseDoc } | { kind: 'error'; error: string };

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  // In slices: spreading a large array into fromCharCode overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/** Bytes from base64url without padding, or null if it is not. */
const fromBase64Url = (text: string): Uint8Array | null => {
  // atob forgives whitespace, padding and '+/': refuse them so a link has one spelling.
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
};

/** Inflated bytes, or null once they pass `max` (a zip bomb is never unpacked in full); throws on bad data. */
const inflateAtMost = (bytes: Uint8Array, max: number): Uint8Array | null => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= max) chunks.push(chunk);
  });
  for (let i = 0; i < bytes.length && total <= max; i += INFLATE_STEP) inflate.push(bytes.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= bytes.length);
  if (total > max) return null;
  const out = new Uint8Array(total);
  chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
};

/** The `case=…` fragment for a document, or why it is too long for a link. */
export function encodeCaseForLink(doc: CaseDoc): CaseLinkEncoding {
  const payload = CODEC_VERSION + toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(doc)), { level: 9 }));
  const chars = payload.length;
  if (chars > CASE_LINK_MAX_CHARS) {
    const n = (v: number) => v.toLocaleString('en-GB');
    return { ok: false, chars, reason: `This case would make a link ${n(chars)} characters long, more than the ${n(CASE_LINK_MAX_CHARS)} that some mail and chat tools keep intact. Share the case as a file instead.` };
  }
  return { ok: true, fragment: `${CASE_LINK_PARAM}=${payload}`, chars };
}

const hashParts = (hash: string): string[] => hash.replace(/^#/, '').split('&').filter(Boolean);
const isCasePart = (part: string) => part === CASE_LINK_PARAM || part.startsWith(`${CASE_LINK_PARAM}=`);

const unreadable = (why: string): CaseLinkDecoding => ({ kind: 'error', error: `The case in this link could not be read: ${why}` });

/** The case in a `location.hash`, if it has one; any fault is a message, never a throw. */
export function decodeCaseFromLink(hash: string): CaseLinkDecoding {
  const part = hashParts(hash).find(isCasePart);
  if (part === undefined) return { kind: 'none' };
  const payload = part.slice(CASE_LINK_PARAM.length + 1);
  if (!payload) return unreadable('the link has “case=” with nothing after it; was it copied in full?');
  if (payload[0] !== CODEC_VERSION) return unreadable(`it is in a link format this app does not know (“${payload[0]}”); it may come from a newer version of the app.`);
  const bytes = fromBase64Url(payload.slice(1));
  if (!bytes) return unreadable('it has characters a case link never contains, or was cut short; was it copied in full?');
  let inflated: Uint8Array | null;
  try {
    inflated = inflateAtMost(bytes, CASE_LIMITS.maxFileChars);
  } catch {
    return unreadable('it is damaged or cut short, so it does not unpack; was it copied in full?');
  }
  if (!inflated) return unreadable(`it unpacks to more than ${CASE_LIMITS.maxFileChars / 1e6} million characters, more than a case may have.`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return unreadable('it does not unpack to a JSON document.');
  }
  const checked = checkCase(json, 'case in the link');
  return checked.ok ? { kind: 'case', doc: checked.value } : { kind: 'error', error: `The case in this link has problems:\n${checked.error}` };
}

/** The hash with its `case=` part replaced, added (at the end) or, for null, removed; other parts kept in order. */
export function withCaseFragment(hash: string, fragment: string | null): string {
  const parts = hashParts(hash).filter((p) => !isCasePart(p));
  if (fragment) parts.push(fragment);
  return parts.length ? `#${parts.join('&')}` : '';
}

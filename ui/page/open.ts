/**
 * Opening a bundle in the page, with nothing installed: the same checks in
 * the same order as the core's reader (crates/core/src/bundle/mod.rs), so
 * a file gives the page the same answer as `etapp open`:
 *
 * 1. the size (16 MiB at most) and the age file's first line;
 * 2. the code's check digit, before any work (mistyped);
 * 3. the scrypt work factor (2^18 at most), before any work: a planted
 *    header cannot make the page compute for hours;
 * 4. age decryption (`age-encryption`, the reference implementation's
 *    TypeScript sibling): a wrong code or key, or a damaged header or
 *    chunk, all say "wrong code or damaged"; a file that ends at a chunk
 *    boundary before its last chunk says "truncated";
 * 5. the envelope: its format and version (newer versions are named);
 * 6. the Ed25519 signature over the payload's exact bytes (strict:
 *    RFC 8032 encodings, no small-order keys), `@noble/curves`;
 * 7. the payload's shape, then its expiry against this computer's clock.
 *
 * Every refusal is a message id of `bundle.ftl` (or `page.ftl`) with its
 * arguments, as the app's errors are.
 */
import { Decrypter, armor } from 'age-encryption';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Payload } from '../src/lib/generated/Payload';
import type { Fingerprint } from '../src/lib/generated/Fingerprint';
import type { UserError } from '../src/lib/generated/UserError';
import { normalizeDigits } from '../src/lib/codes';

/** The largest bundle a reader opens (the core's `bundle::MAX_BYTES`). */
export const MAX_BYTES = 16 * 1024 * 1024;
/** The highest scrypt work factor a reader accepts (the core's `WORK_FACTOR`). */
export const WORK_FACTOR = 18;
const FORMAT = 'etapp-bundle';
/** The newest bundle version this page reads (the core's `bundle::VERSION`); it reads every one from 1. */
const VERSION = 2;
const AGE_LINE = 'age-encryption.org/v1\n';
const ARMOR_LINE = '-----BEGIN AGE ENCRYPTED FILE-----';
/** age's STREAM chunk on disk: 64 KiB and a 16-byte tag. */
const CHUNK = 64 * 1024 + 16;

/** How the file is locked: a share code or an agency's key. */
export type Lock = 'code' | 'key' | 'unknown';

/** What the person typed or chose. */
export type Key = { code: string } | { identity: string };

export type Opened = { payload: Payload; signer: Fingerprint };

/** A refusal: the message to show, with its arguments. */
export class Refused extends Error {
  constructor(readonly error: UserError) {
    super(error.code);
  }
}

function refuse(code: string, args: Record<string, string | number> = {}): never {
  throw new Refused({ code, args } as UserError);
}

const ascii = (bytes: Uint8Array, n: number) => String.fromCharCode(...bytes.subarray(0, n));

/** The file as a binary age file (armored files are decoded). */
function binary(bytes: Uint8Array): Uint8Array {
  if (ascii(bytes, AGE_LINE.length) === AGE_LINE) return bytes;
  if (ascii(bytes, ARMOR_LINE.length) === ARMOR_LINE) {
    try {
      return armor.decode(new TextDecoder().decode(bytes));
    } catch {
      refuse('bundle-error-wrong-code');
    }
  }
  refuse('bundle-error-not-a-bundle');
}

/** The header's stanza lines (`-> scrypt SALT 18`), as far as they go. */
function stanzas(file: Uint8Array): string[][] {
  const head = new TextDecoder().decode(file.subarray(0, Math.min(file.length, 8192)));
  const out: string[][] = [];
  for (const line of head.split('\n').slice(1)) {
    if (line.startsWith('---')) break;
    if (line.startsWith('-> ')) out.push(line.slice(3).split(' '));
  }
  return out;
}

/** Whether the file opens with a code or with an agency's key (from its header alone). */
export function lockOf(bytes: Uint8Array): Lock {
  try {
    const kinds = stanzas(binary(bytes)).map((s) => s[0]);
    if (kinds.includes('scrypt')) return 'code';
    if (kinds.includes('X25519')) return 'key';
  } catch {
    /* said when it is opened */
  }
  return 'unknown';
}

/** Damm's check digit of a string of digits (the core's `codes`). */
const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** A typed share code as its 16 ASCII digits, or "mistyped". */
export function shareCode(typed: string): string {
  const digits = normalizeDigits(typed);
  let interim = 0;
  for (const d of digits) interim = DAMM[interim][Number(d)];
  if (digits.length !== 16 || interim !== 0) refuse('bundle-error-mistyped-code');
  return digits;
}

/** The signer's fingerprint: SHA-256 of the key, and its first 128 bits as 20 digits in groups. */
export function fingerprint(publicKey: Uint8Array): Fingerprint {
  const hash = sha256(publicKey);
  const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
  const n = BigInt(`0x${hex.slice(0, 32)}`) % 10n ** 20n;
  const digits = n.toString().padStart(20, '0').match(/.{4}/g)!.join(' ');
  return { hex, digits };
}

function unhex(text: unknown, length: number): Uint8Array | null {
  if (typeof text !== 'string' || !new RegExp(`^[0-9a-f]{${length * 2}}$`).test(text)) return null;
  return Uint8Array.from(text.match(/../g)!, (h) => parseInt(h, 16));
}

/** Strict Ed25519 (the core's `verify_strict`). */
function verifies(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    const Point = ed25519.Point;
    if (Point.fromBytes(publicKey).isSmallOrder()) return false;
    if (Point.fromBytes(signature.subarray(0, 32)).isSmallOrder()) return false;
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

/** age decryption, with the core's reasons. */
async function decrypt(file: Uint8Array, key: Key): Promise<Uint8Array> {
  const found = stanzas(file);
  for (const s of found) {
    if (s[0] === 'scrypt' && !(Number(s[2]) <= WORK_FACTOR)) refuse('bundle-error-wrong-code');
  }
  const decrypter = new Decrypter();
  if ('code' in key) decrypter.addPassphrase(key.code);
  else {
    // An identity file may hold comments (`# created: …`) beside the key.
    const identity = /^AGE-SECRET-KEY-1[0-9A-Z]+$/m.exec(key.identity)?.[0];
    try {
      if (!identity) throw new Error('no key');
      decrypter.addIdentity(identity);
    } catch {
      refuse('bundle-error-not-an-identity');
    }
  }
  let plain: ReadableStream<Uint8Array>;
  let headerSize = 0;
  try {
    const out = await decrypter.decrypt(new Blob([file as BlobPart]).stream());
    plain = out;
    // The payload's size after the header and its 16-byte nonce.
    headerSize = file.length - out.size(file.length) - 16;
  } catch {
    // A header that does not parse, a MAC that fails, a key that does not
    // fit: to a person all say "wrong code, or a damaged file".
    refuse('bundle-error-wrong-code');
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    const reader = plain.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > MAX_BYTES) refuse('file-error-too-large', { megabytes: MAX_BYTES / (1024 * 1024) });
      parts.push(value);
    }
  } catch (e) {
    if (e instanceof Refused) throw e;
    // The last chunk failed. A file that ends exactly at a chunk boundary
    // was cut there (a whole file's last chunk is shorter, unless its
    // text is a multiple of 64 KiB); any other failure is damage.
    const body = file.length - headerSize;
    refuse(body > 0 && body % CHUNK === 0 ? 'bundle-error-truncated' : 'bundle-error-wrong-code');
  }
  const plainBytes = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    plainBytes.set(p, at);
    at += p.length;
  }
  return plainBytes;
}

/** A parsed JSON object, or null. */
function object(text: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The payload's shape, as far as the page shows it. */
function payloadOf(text: string): Payload {
  const p = object(text);
  const fine =
    p &&
    typeof p.bundle_id === 'string' &&
    /^[0-9a-f]{32}$/.test(p.bundle_id) &&
    typeof p.created === 'string' &&
    INSTANT.test(p.created) &&
    typeof p.expires === 'string' &&
    INSTANT.test(p.expires) &&
    Date.parse(p.expires) > Date.parse(p.created) &&
    typeof p.locale === 'string' &&
    typeof p.purpose === 'string' &&
    p.to !== null &&
    typeof p.to === 'object' &&
    p.content !== null &&
    typeof p.content === 'object' &&
    p.scope !== null &&
    typeof p.scope === 'object';
  if (!fine) refuse('bundle-error-not-a-bundle');
  return p as unknown as Payload;
}

/**
 * Opens `bytes` with `key` at `now`: what it holds and who signed it, or
 * a `Refused` with the reason.
 */
export async function openBundle(bytes: Uint8Array, key: Key, now: Date = new Date()): Promise<Opened> {
  if (bytes.length > MAX_BYTES) refuse('file-error-too-large', { megabytes: MAX_BYTES / (1024 * 1024) });
  const file = binary(bytes);
  const secret: Key = 'code' in key ? { code: shareCode(key.code) } : key;
  const plain = new TextDecoder('utf-8', { fatal: false }).decode(await decrypt(file, secret));
  const envelope = object(plain);
  if (!envelope || envelope.format !== FORMAT || typeof envelope.version !== 'number') refuse('bundle-error-not-a-bundle');
  if (envelope.version > VERSION) refuse('page-error-newer-version');
  if (!Number.isInteger(envelope.version) || envelope.version < 1) refuse('bundle-error-not-a-bundle');
  const keys = Object.keys(envelope).sort().join(',');
  if (keys !== 'format,payload,public_key,signature,version' || typeof envelope.payload !== 'string') {
    refuse('bundle-error-not-a-bundle');
  }
  const publicKey = unhex(envelope.public_key, 32);
  const signature = unhex(envelope.signature, 64);
  const text = envelope.payload as string;
  if (!publicKey || !signature || !verifies(publicKey, new TextEncoder().encode(text), signature)) {
    refuse('bundle-error-signature');
  }
  const payload = payloadOf(text);
  if (now.getTime() >= Date.parse(payload.expires)) refuse('bundle-error-expired', { expires: payload.expires });
  return { payload, signer: fingerprint(publicKey) };
}

/** The bundle's bytes from the page's own `<script id="etapp-bundle">` block. */
export function embedded(doc: Document = document): Uint8Array | null {
  const text = doc.getElementById('etapp-bundle')?.textContent ?? '';
  const base64 = text
    .split('\n')
    .filter((l) => !l.startsWith('-----'))
    .join('')
    .replace(/\s/g, '');
  if (!base64 || !/^[A-Za-z0-9+/]+=*$/.test(base64)) return null;
  try {
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

// The offline reader page for tests: the page for any bundle bytes, made
// as the core makes it (crates/core/src/bundle/page.rs: base64 in lines
// of 64 between two marker lines, in place of the template's
// placeholder), and bundles made here — signed with the golden bundles'
// public test key, locked with age — so a test can hand the page every
// kind of bad file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Encrypter, Decrypter } from 'age-encryption';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';

const hex = (bytes) => Buffer.from(bytes).toString('hex');

/** The page that holds `bytes`. */
export async function pageFor(repo, bytes) {
  const template = await readFile(join(repo, 'crates/core/assets/reader-page.html'), 'utf8');
  const lines = Buffer.from(bytes).toString('base64').match(/.{1,64}/g) ?? [];
  const block = ['-----BEGIN ETAPP BUNDLE-----', ...lines, '-----END ETAPP BUNDLE-----'].join('\n');
  return template.replace('ETAPP-BUNDLE-BASE64', () => block);
}

/** The golden bundles' signing key (crates/core/tests/bundle_vectors.rs): 32 bytes of 7. */
const SECRET = new Uint8Array(32).fill(7);
const PUBLIC = ed25519.getPublicKey(SECRET);

/** The signer's fingerprint in digit groups, as the core computes it. */
export function signerDigits() {
  const h = hex(sha256(PUBLIC));
  const n = BigInt(`0x${h.slice(0, 32)}`) % 10n ** 20n;
  return n.toString().padStart(20, '0').match(/.{4}/g).join(' ');
}

/** Etapp's envelope around `payload` (a JSON text), signed. */
export function envelope(payload, { version = 1 } = {}) {
  const signature = ed25519.sign(new TextEncoder().encode(payload), SECRET);
  return JSON.stringify({ format: 'etapp-bundle', version, payload, signature: hex(signature), public_key: hex(PUBLIC) });
}

/** `plaintext` locked with `code` (scrypt at 2^`logN`). */
export async function lock(plaintext, code, logN = 10) {
  const e = new Encrypter();
  e.setScryptWorkFactor(logN);
  e.setPassphrase(code);
  return e.encrypt(plaintext);
}

/** The plaintext of an age file locked with `code`. */
export async function unlock(bytes, code) {
  const d = new Decrypter();
  d.addPassphrase(code);
  return d.decrypt(bytes, 'text');
}

/** Where an age file's payload starts: after the header's MAC line. */
export function headerEnd(bytes) {
  const at = Buffer.from(bytes).indexOf('\n--- ');
  return Buffer.from(bytes).indexOf('\n', at + 1) + 1;
}

// scrypt at the bundle's work factor (2^18, r 8, p 1), as the reader page
// computes it: for scripts/bench-page.mjs.
import { scrypt } from '@noble/hashes/scrypt.js';

export function run() {
  const started = performance.now();
  scrypt('0000000000000000', new Uint8Array(44), { N: 2 ** 18, r: 8, p: 1, dkLen: 32 });
  return performance.now() - started;
}

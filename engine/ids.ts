// Decision ids: ULIDs (48-bit time, 80 random bits, Crockford base32), sortable by time.
import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const pool = new Uint8Array(16 * 256);
let offset = pool.length;

export function ulid(now: number = Date.now()): string {
  if (offset + 16 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  let out = '';
  let t = now;
  for (let i = 9; i >= 0; i--) {
    out = ALPHABET[t % 32]! + out;
    t = Math.floor(t / 32);
  }
  for (let i = 0; i < 16; i++) out += ALPHABET[pool[offset + i]! & 31]!;
  offset += 16;
  return out;
}

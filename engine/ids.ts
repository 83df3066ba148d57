// Decision ids: ULIDs (48-bit time, 80 random bits, Crockford base32), sortable by time.
import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
// Random bytes for 4,096 ids per refill: one randomFillSync call is costly, its bytes are not.
const pool = new Uint8Array(16 * 4096);
let offset = pool.length;
/** The 26 character codes of the id being built (ids are built synchronously, one at a time). */
const chars: number[] = new Array<number>(26).fill(0);

export function ulid(now: number = Date.now()): string {
  if (offset + 16 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  let t = now;
  for (let i = 9; i >= 0; i--) {
    chars[i] = CODES[t % 32]!;
    t = Math.floor(t / 32);
  }
  for (let i = 0; i < 16; i++) chars[10 + i] = CODES[pool[offset + i]! & 31]!;
  offset += 16;
  // One flat string at once, instead of 26 concatenations.
  return String.fromCharCode.apply(null, chars);
}

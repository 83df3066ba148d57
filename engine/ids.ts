// Decision ids: ULIDs (48-bit time, 80 random bits, Crockford base32), sortable by time.
import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
// Random bytes for 4,096 ids per refill: one randomFillSync call is costly, its bytes are not.
const pool = new Uint8Array(16 * 4096);
let offset = pool.length;
/** The 16 character codes of the random part (ids are built synchronously, one at a time). */
const chars: number[] = new Array<number>(16).fill(0);
// The time part changes once a millisecond at most, while many ids are made in one: build it once.
let lastTime = -1;
let lastTimePart = '';

export function ulid(now: number = Date.now()): string {
  if (offset + 16 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  if (now !== lastTime) {
    lastTimePart = timePart(now);
    lastTime = now;
  }
  for (let i = 0; i < 16; i++) chars[i] = CODES[pool[offset + i]! & 31]!;
  offset += 16;
  // One flat string at once, instead of 16 concatenations.
  return lastTimePart + String.fromCharCode.apply(null, chars);
}

/** The 10 characters of a 48-bit millisecond time, most significant first. */
function timePart(now: number): string {
  const codes = new Array<number>(10);
  let t = now;
  for (let i = 9; i >= 0; i--) {
    codes[i] = CODES[t % 32]!;
    t = Math.floor(t / 32);
  }
  return String.fromCharCode.apply(null, codes);
}

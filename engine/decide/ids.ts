// Decision ids: ULIDs (48-bit millisecond time, then 80 random bits, Crockford base32), sortable by
// time. The random part is drawn once per millisecond and its last two characters count up within
// it (monotonic, as the ULID spec allows), so an id costs a table lookup and one concatenation
// instead of sixteen random characters. Decision ids identify records; they are not secrets.
import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Every two-character tail in order: 1,024 ids a millisecond before a fresh random part is drawn. */
const TAILS = Array.from({ length: 1024 }, (_, i) => ALPHABET[i >> 5]! + ALPHABET[i & 31]!);
const RANDOM_HEAD = 14;
// Random bytes for 1,024 random parts per refill: a randomFillSync call costs microseconds, its bytes do not.
const pool = new Uint8Array(RANDOM_HEAD * 1024);
let used = pool.length;

let lastTime = -1;
/** The time part and the first 14 random characters, shared by the ids of one millisecond. */
let head = '';
let next = 0;

export function ulid(now: number = Date.now()): string {
  if (now !== lastTime || next === TAILS.length) {
    head = timePart(now) + randomPart();
    lastTime = now;
    next = 0;
  }
  return head + TAILS[next++]!;
}

/** The 10 characters of a 48-bit millisecond time, most significant first. */
function timePart(now: number): string {
  let text = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    text = ALPHABET[t % 32]! + text;
    t = Math.floor(t / 32);
  }
  return text;
}

function randomPart(): string {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  let text = '';
  for (let i = used; i < used + RANDOM_HEAD; i++) text += ALPHABET[pool[i]! & 31]!;
  used += RANDOM_HEAD;
  return text;
}

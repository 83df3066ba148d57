// The body of a large batch, read without parsing its items on the main thread: a scan of its outline,
// `{"requests":[item, item, …]}` (whitespace allowed), finds where each item starts and ends, and the
// items' bytes go to the batch workers, which read each strictly (engine/contract/strict-json.ts). The
// outline holds nothing but the one key, so the body is valid JSON, without a key twice, exactly when
// every item is: a body whose outline is anything else is parsed whole, as every JSON body is, and so
// is one with an item the workers cannot read, so that its answer is the error it always was.
import { parseJsonBody } from './strict-json.ts';

/** A batch body as bytes, with the byte range of each item (count: starts.length). */
export interface RawBatch {
  bytes: Buffer;
  starts: Uint32Array;
  ends: Uint32Array;
}

const c = (s: string): number => s.charCodeAt(0);
const [QUOTE, BACKSLASH, COMMA, COLON] = [c('"'), c('\\'), c(','), c(':')];
const [OPEN_OBJECT, CLOSE_OBJECT, OPEN_LIST, CLOSE_LIST] = [c('{'), c('}'), c('['), c(']')];
const REQUESTS_KEY = Buffer.from('"requests"');

const skipSpace = (b: Buffer, i: number): number => {
  while (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09) i++;
  return i;
};

/** The index of the quote that ends the string whose opening quote is at `i`, or -1. */
function stringEnd(b: Buffer, i: number): number {
  for (let q = b.indexOf(QUOTE, i + 1); q >= 0; q = b.indexOf(QUOTE, q + 1)) {
    let slashes = 0;
    while (b[q - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q;
  }
  return -1;
}

/** The end of the item that starts at `i`: the index of the ',' or ']' after it, or -1. */
function itemEnd(b: Buffer, i: number): number {
  let depth = 0;
  for (; i < b.length; i++) {
    const x = b[i];
    if (x === QUOTE) {
      i = stringEnd(b, i);
      if (i < 0) return -1;
    } else if (x === OPEN_OBJECT || x === OPEN_LIST) depth++;
    else if (x === CLOSE_OBJECT || x === CLOSE_LIST) {
      if (depth === 0) return x === CLOSE_LIST ? i : -1;
      depth--;
    } else if (x === COMMA && depth === 0) return i;
  }
  return -1;
}

/** The items of a body shaped `{"requests":[…]}`, or undefined for any other body (parse it whole). */
export function scanBatch(b: Buffer): RawBatch | undefined {
  let i = skipSpace(b, 0);
  if (b[i] !== OPEN_OBJECT) return undefined;
  i = skipSpace(b, i + 1);
  if (!b.subarray(i, i + REQUESTS_KEY.length).equals(REQUESTS_KEY)) return undefined;
  i = skipSpace(b, i + REQUESTS_KEY.length);
  if (b[i] !== COLON) return undefined;
  i = skipSpace(b, i + 1);
  if (b[i] !== OPEN_LIST) return undefined;
  const starts: number[] = [];
  const ends: number[] = [];
  if (b[skipSpace(b, i + 1)] === CLOSE_LIST) i = skipSpace(b, i + 1);
  else {
    do {
      const start = i + 1;
      i = itemEnd(b, start);
      if (i < 0) return undefined;
      starts.push(start);
      ends.push(i);
    } while (b[i] === COMMA);
  }
  i = skipSpace(b, i + 1);
  if (b[i] !== CLOSE_OBJECT || skipSpace(b, i + 1) !== b.length) return undefined;
  return { bytes: b, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** The batch's items parsed here, whole body at once, as any JSON body is (throws its HttpError when it is not valid). */
export const parsedItems = (raw: RawBatch): unknown[] => (parseJsonBody(raw.bytes.toString('utf8')) as { requests: unknown[] }).requests;

/** The raw batch bodies of requests whose items were left to the workers, by request. */
const rawBatches = new WeakMap<object, RawBatch>();

/**
 * What the content-type parser answers for a batch body of `min` items or more: a stand-in body
 * (`requests` holds as many nulls: what the route's schema and size check see), the bytes kept for the
 * route by the request; undefined when the body is to be parsed whole.
 */
export function leaveItemsRaw(req: object, bytes: Buffer, min: number): { requests: null[] } | undefined {
  const raw = scanBatch(bytes);
  if (!raw || raw.starts.length < min) return undefined;
  rawBatches.set(req, raw);
  return { requests: new Array<null>(raw.starts.length).fill(null) };
}

export const rawBatchOf = (req: object): RawBatch | undefined => rawBatches.get(req);

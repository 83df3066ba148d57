// JSON text written the same way every time: canonical (sorted keys, RFC 8785 for the data used here)
// for hashing, and JSON.stringify's text for strings without its per-call cost.

/**
 * JSON with object keys sorted (UTF-16 code unit order) at every level and no whitespace; for the data used
 * here (strings, finite numbers, booleans, null, arrays, plain objects) this is RFC 8785 (JCS).
 * As JSON.stringify: `toJSON` is honoured, undefined/functions/symbols are dropped from objects and become
 * null in arrays. Throws on cycles, non-finite numbers and bigints rather than hashing something ambiguous.
 */
export function canonicalJson(value: unknown): string {
  const out = write(value, []);
  if (out === undefined) throw new TypeError('canonicalJson: the value has no JSON form');
  return out;
}

function write(value: unknown, stack: object[]): string | undefined {
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonicalJson: bigint has no JSON form');
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return 'null';
  const obj = value as object;
  if (stack.includes(obj)) throw new TypeError('canonicalJson: circular structure');
  stack.push(obj);
  let out: string;
  if (Array.isArray(obj)) {
    out = `[${obj.map((v: unknown) => write(v, stack) ?? 'null').join(',')}]`;
  } else {
    const parts: string[] = [];
    for (const key of Object.keys(obj).sort()) {
      const v = write((obj as Record<string, unknown>)[key], stack);
      if (v !== undefined) parts.push(`${JSON.stringify(key)}:${v}`);
    }
    out = `{${parts.join(',')}}`;
  }
  stack.pop();
  return out;
}

const q = JSON.stringify;
/** A string JSON.stringify might escape: a quote, a backslash, a control character or a surrogate (it escapes lone ones; pairs just take the slow way). */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
/**
 * JSON.stringify of a string, which costs ~0.2 µs a call however short the string: most strings in
 * records and requests have nothing to escape and are written as they are.
 */
export const jsonString = (s: string): string => (ESCAPED.test(s) ? q(s) : `"${s}"`);
/** JSON.stringify of a list of strings, the same way. */
export const jsonStrings = (xs: readonly string[]): string => {
  let out = '[';
  for (let i = 0; i < xs.length; i++) out += i === 0 ? jsonString(xs[i]!) : `,${jsonString(xs[i]!)}`;
  return `${out}]`;
};

// JSON read strictly. JSON.parse takes the last of two equal keys and makes `__proto__` an own
// property: a proxy, a log or a WAF reading the same text may see another request than the engine
// decides on ("channel":"whatsapp","channel":"sms"), so the service and the command line refuse both.
// This scanner finds them on a text JSON.parse has just accepted: it never has to deal with invalid
// JSON, so it only follows strings (found with indexOf), braces, brackets and commas. One pass, no
// recursion, no reviver (a reviver costs a call per value and cannot see duplicates anyway).
import { requestPathText, shownKey } from './request.ts';

/** What a strict reading refuses, in words for the sender: where, and what to do. */
export function keyProblemText(p: KeyProblem): { path: string; message: string; duplicate: boolean } {
  if (p.kind === 'proto') {
    const parent = requestPathText(p.path.slice(0, -1)) || '(request)';
    return { path: parent, message: `invalid request: ${parent}: Unrecognized key: "__proto__"`, duplicate: false };
  }
  const where = requestPathText(p.path);
  const key = p.path.at(-1);
  const named = typeof key === 'string' && shownKey(key) === key ? `the key "${key}"` : 'a key';
  return { path: where, message: `The request body has ${named} twice in one object, at ${where}: send each key once`, duplicate: true };
}

/** JSON.parse, then the key check: the value, or why the text is refused (never quoting it). */
export function parseStrictJson(text: string): { ok: true; value: unknown } | { ok: false; reason: 'invalid-json' | 'duplicate-key' | 'proto-key'; message: string; path?: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // Where, never what: JSON.parse's own message quotes the text.
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    return { ok: false, reason: 'invalid-json', message: at === undefined ? 'not valid JSON' : `not valid JSON (at character ${Number(at) + 1})` };
  }
  const problem = typeof value === 'object' && value !== null ? keyProblem(text) : undefined;
  if (problem === undefined) return { ok: true, value };
  const { path, message, duplicate } = keyProblemText(problem);
  return { ok: false, reason: duplicate ? 'duplicate-key' : 'proto-key', message, path };
}

export interface KeyProblem {
  kind: 'duplicate' | 'proto';
  /** Where: the keys and array indexes leading to the key, the key itself last. */
  path: (string | number)[];
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;

/** Keys of one object are searched in a list up to this many; past it, in a Set (one object may hold 100,000 keys). */
const SMALL = 16;

/**
 * The first key that appears twice in one object, or the first `__proto__` key (after JSON unescaping:
 * `"\u0063hannel"` is `channel`), in a text JSON.parse accepts; undefined when there is none.
 */
export function keyProblem(text: string): KeyProblem | undefined {
  // Per open container, innermost last: null for an array; for an object its keys so far (none: undefined,
  // one: that key, a few: a list, many: a Set), so the common small object costs no allocation at all.
  const keys: (Keys | null)[] = [];
  // Per open container: the key being read (objects) or the index (arrays), for the path of a problem.
  const at: (string | number)[] = [];
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (expectKey) {
        expectKey = false;
        const raw = text.slice(i + 1, end);
        const key = raw.indexOf('\\') < 0 ? raw : (JSON.parse(text.slice(i, end + 1)) as string);
        const top = keys.length - 1;
        at[top] = key;
        if (key === '__proto__') return { kind: 'proto', path: at.slice() };
        const seen = keys[top] as Keys;
        if (seen === undefined) keys[top] = key;
        else if (typeof seen === 'string') {
          if (seen === key) return { kind: 'duplicate', path: at.slice() };
          keys[top] = [seen, key];
        } else if (Array.isArray(seen)) {
          if (seen.includes(key)) return { kind: 'duplicate', path: at.slice() };
          if (seen.length < SMALL) seen.push(key);
          else keys[top] = new Set(seen).add(key);
        } else {
          if (seen.has(key)) return { kind: 'duplicate', path: at.slice() };
          seen.add(key);
        }
      }
      i = end;
    } else if (c === LBRACE) {
      keys.push(undefined);
      at.push('');
      expectKey = true;
    } else if (c === LBRACKET) {
      keys.push(null);
      at.push(0);
    } else if (c === RBRACE || c === RBRACKET) {
      keys.pop();
      at.pop();
      expectKey = false;
    } else if (c === COMMA) {
      const top = keys.length - 1;
      if (keys[top] === null) at[top] = (at[top] as number) + 1;
      else expectKey = true;
    }
  }
  return undefined;
}

type Keys = undefined | string | string[] | Set<string>;

/** The index of the quote that closes the string opening at `start` (one not escaped by a backslash). */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    if (end < 0) return text.length; // not valid JSON (never the case after JSON.parse): stop the scan
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

// Request bodies are read with JSON.parse, which takes the last of two equal keys and makes `__proto__` an
// own property. Both mean that a proxy, a log or a WAF reading the same text may see another request than
// the engine decides on ("channel":"whatsapp","channel":"sms"), so the service refuses them. This scanner
// finds them on the text JSON.parse has just accepted: it never has to deal with invalid JSON, so it only
// follows strings (found with indexOf), braces, brackets and commas. One pass, no recursion, no reviver
// (a reviver costs a call per value and cannot see duplicates anyway: they are gone before it runs).
import { requestPathText, shownKey } from '../engine/index.ts';
import { HttpError } from './errors.ts';

/**
 * A JSON request body as every JSON route reads it (buildApp's parser for application/json; a route for
 * another JSON media type, such as application/fhir+json, registers a parser that calls this too). Throws
 * the HttpError to answer: 400 INVALID_JSON (never quoting the text), DUPLICATE_KEY or INVALID_REQUEST.
 */
export function parseJsonBody(text: string): unknown {
  if (text === '') return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'INVALID_JSON', 'The request body is not valid JSON');
  }
  const problem = typeof body === 'object' && body !== null ? keyProblem(text) : undefined;
  if (problem) throw keyProblemError(problem);
  return body;
}

/**
 * A body with a key twice in one object (400 DUPLICATE_KEY), or with a `__proto__` key (400 INVALID_REQUEST,
 * as zod answers any other key the contract does not have). Key names are shown only when they look like
 * field names (engine: shownKey), as in every other error.
 */
export function keyProblemError(p: KeyProblem): HttpError {
  const where = requestPathText(p.path);
  if (p.kind === 'proto') {
    const parent = requestPathText(p.path.slice(0, -1)) || '(request)';
    return new HttpError(400, 'INVALID_REQUEST', `invalid request: ${parent}: Unrecognized key: "__proto__"`, [{ path: parent, message: 'Unrecognized key: "__proto__"' }]);
  }
  const key = p.path.at(-1);
  const named = typeof key === 'string' && shownKey(key) === key ? `the key "${key}"` : 'a key';
  return new HttpError(400, 'DUPLICATE_KEY', `The request body has ${named} twice in one object, at ${where}: send each key once`, [{ path: where, message: 'this key appears more than once in its object' }]);
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

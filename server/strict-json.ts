// Request bodies are read strictly (engine/contract/strict-json.ts): a key twice in one object or a
// `__proto__` key is refused, since a proxy, a log or a WAF reading the same text may see another
// request than the engine decides on. Here the refusal becomes the HTTP error to answer.
import { parseStrictJson } from '../engine/index.ts';
import { HttpError } from './errors.ts';

/**
 * A JSON request body as every JSON route reads it (buildApp's parser for application/json; a route for
 * another JSON media type, such as application/fhir+json, registers a parser that calls this too). Throws
 * the HttpError to answer: 400 INVALID_JSON (never quoting the text), DUPLICATE_KEY, or INVALID_REQUEST
 * for a `__proto__` key (as zod answers any other key the contract does not have).
 */
export function parseJsonBody(text: string): unknown {
  if (text === '') return undefined;
  const read = parseStrictJson(text);
  if (read.ok) return read.value;
  if (read.reason === 'invalid-json') throw new HttpError(400, 'INVALID_JSON', 'The request body is not valid JSON');
  if (read.reason === 'duplicate-key') throw new HttpError(400, 'DUPLICATE_KEY', read.message, [{ path: read.path!, message: 'this key appears more than once in its object' }]);
  throw new HttpError(400, 'INVALID_REQUEST', read.message, [{ path: read.path!, message: 'Unrecognized key: "__proto__"' }]);
}

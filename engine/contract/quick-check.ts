// A compiled fast path for zod schemas. zod's parser is generic and, in a server where each request
// runs between HTTP parsing and socket writes (cold caches), costs about as much as deciding. ajv
// compiles the JSON Schema that zod derives from the same schema into one straight-line function.
// The check it returns says yes only when zod would accept the value *unchanged*, so the caller may use
// the value as it is; on no, the caller asks zod, which also writes the error messages. The schema stays
// the one source of truth: nothing here restates a field.
import { _, Ajv, type KeywordCxt, type Name } from 'ajv';
import { z, type ZodType } from 'zod';

/** zod schema kinds whose JSON Schema means exactly what zod checks (with the adjustments below). */
const KINDS = new Set(['object', 'string', 'enum', 'array', 'boolean', 'number', 'optional', 'unknown']);
/**
 * zod checks with an exact JSON Schema form (lengths; number bounds and integer formats, as minimum,
 * maximum and type integer); 'custom' (refine) is handed back to zod, see REFINED.
 */
const CHECKS = new Set(['max_length', 'min_length', 'greater_than', 'less_than', 'number_format', 'custom']);
/** A node with refinements: ajv calls zod for that value alone (a date string, not the whole request). */
const REFINED = 'x-zod-refined';
/**
 * String lengths in code points, as zod counts them. ajv's own maxLength counts them too, but walks every
 * string; a string no longer in UTF-16 units than the limit is within it, so only longer ones are counted.
 */
const MAX_CHARS = 'x-max-chars';
const MIN_CHARS = 'x-min-chars';
/** Every JSON Schema keyword the compiled check may contain; any other means the schema is not supported. */
const KEYWORDS = new Set(['$schema', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'maxItems', 'minItems', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'description', REFINED, MAX_CHARS, MIN_CHARS]);

type Json = Record<string, unknown>;

interface ZodInternals {
  _zod: { def: { type: string; checks?: { _zod: { def: { check: string } } }[] } };
}

/**
 * A check that returns true only for values `schema.safeParse` accepts and returns unchanged (same
 * fields, same values; objects with unknown keys, which zod would reject or strip, get false). Undefined
 * when the schema uses something this fast path cannot vouch for (transforms, defaults, unions, regex
 * patterns...): then zod alone validates.
 */
export function quickCheck(schema: ZodType): QuickCheck | undefined {
  let check = compiled.get(schema);
  if (check === undefined) compiled.set(schema, (check = compile(schema) ?? null));
  return check ?? undefined;
}

export type QuickCheck = (value: unknown) => boolean;

/** One compilation per schema (null: not supported), shared by every app built in a process (tests build many). */
const compiled = new WeakMap<ZodType, QuickCheck | null>();

function compile(schema: ZodType): QuickCheck | undefined {
  const refined: ZodType[] = [];
  let json: Json;
  try {
    json = z.toJSONSchema(schema, {
      target: 'draft-07',
      io: 'input',
      unrepresentable: 'throw',
      override: ({ zodSchema, jsonSchema }) => adjust(zodSchema as unknown as ZodInternals, jsonSchema as Json, refined),
    }) as Json;
    assertKnownKeywords(json);
  } catch {
    return undefined; // an unsupported node (thrown below) or a type JSON Schema cannot express
  }
  const ajv = new Ajv({ allErrors: false, strict: true });
  ajv.addKeyword({ keyword: REFINED, schemaType: 'number', errors: false, validate: (index: number, value: unknown) => refined[index]!.safeParse(value).success });
  // Inline code, as ajv writes its own keywords: a call per string would cost more than the check.
  ajv.addKeyword({
    keyword: MAX_CHARS,
    type: 'string',
    schemaType: 'number',
    code: (cxt: KeywordCxt) => cxt.fail(_`${cxt.data}.length > ${cxt.schema as number} && ${codePointsOf(cxt)}(${cxt.data}) > ${cxt.schema as number}`),
  });
  ajv.addKeyword({
    keyword: MIN_CHARS,
    type: 'string',
    schemaType: 'number',
    code: (cxt: KeywordCxt) => cxt.fail(_`${cxt.data}.length < ${2 * (cxt.schema as number)} && ${codePointsOf(cxt)}(${cxt.data}) < ${cxt.schema as number}`),
  });
  const validate = ajv.compile(json);
  return (value) => validate(value) === true;
}

/** One schema node: refuse what zod would change or check differently. */
function adjust(node: ZodInternals, json: Json, refined: ZodType[]): void {
  const { type, checks = [] } = node._zod.def;
  if (!KINDS.has(type)) throw new Error(`zod ${type}`);
  for (const c of checks) if (!CHECKS.has(c._zod.def.check)) throw new Error(`zod check ${c._zod.def.check}`);
  if (checks.some((c) => c._zod.def.check === 'custom')) json[REFINED] = refined.push(node as unknown as ZodType) - 1;
  // zod rejects unknown keys (strictObject) or strips them (object): either way the input is not returned as it is.
  if (type === 'object') json.additionalProperties = false;
  for (const [from, to] of [['maxLength', MAX_CHARS], ['minLength', MIN_CHARS]] as const) {
    if (type === 'string' && json[from] !== undefined) {
      json[to] = json[from];
      delete json[from];
    }
  }
}

/** The generated code's name for codePoints. */
const codePointsOf = (cxt: KeywordCxt): Name => cxt.gen.scopeValue('func', { ref: codePoints });

/** Code points in a string: a surrogate pair counts once, a lone surrogate as itself. */
function codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

function assertKnownKeywords(json: unknown): void {
  if (typeof json !== 'object' || json === null) return;
  for (const [key, value] of Object.entries(json)) {
    if (!KEYWORDS.has(key)) throw new Error(`JSON Schema keyword ${key}`);
    if (key === 'properties') for (const child of Object.values(value as Json)) assertKnownKeywords(child);
    else if (key === 'items' || key === 'additionalProperties') assertKnownKeywords(value);
  }
}

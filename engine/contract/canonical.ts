// The canonical text (canonicalJson's, json.ts) of a value a zod schema accepted, written by a function
// generated from the schema, as ajv writes validators: keys in sorted order, absent optional fields left
// out. The request hash of every audited decision is taken over this text, so the general canonicalJson
// (which sorts the keys of every object it meets) would cost a share of each decision; the schema stays the
// one source: a field added to it is written without anything else changing, and a kind of field this
// writer does not know fails when the writer is built (a test builds it), never silently.
import type { ZodType } from 'zod';
import { jsonString, jsonStrings } from './json.ts';

interface Def {
  type: string;
  shape?: Record<string, ZodType>;
  innerType?: ZodType;
  element?: ZodType;
}

const defOf = (schema: ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Writers of nested objects and array items, called by index from the generated code. */
type Writer = (value: never) => string;

/**
 * A function writing canonicalJson(value) for any value `schema` accepted and returned (parse output),
 * without sorting anything at run time. Throws for schema kinds it does not know.
 */
export function canonicalWriter<T>(schema: ZodType<T>): (value: T) => string {
  const writers: Writer[] = [];
  const index = writerOf(schema, writers);
  return writers[index] as (value: T) => string;
}

/** Builds the writer of one schema node into `writers`; returns its index. */
function writerOf(schema: ZodType, writers: Writer[]): number {
  const body = defOf(schema).type === 'object' ? objectBody(defOf(schema), writers) : `return ${valueCode(schema, 'v', writers)};`;
  const make = new Function('J', 'JS', 'W', `"use strict"; return (v) => { ${body} };`) as (j: typeof jsonString, js: typeof jsonStrings, w: Writer[]) => Writer;
  return writers.push(make(jsonString, jsonStrings, writers)) - 1;
}

/**
 * An object's fields in sorted key order. The comma before a field is known once a required field has
 * been written; before that, `c` holds it ('' until some field was written).
 */
function objectBody(def: Def, writers: Writer[]): string {
  let code = "let s = '{', c = '';";
  let commaKnown = false;
  for (const key of Object.keys(def.shape ?? {}).sort()) {
    const field = def.shape![key]!;
    const optional = defOf(field).type === 'optional';
    const access = `v[${JSON.stringify(key)}]`;
    const value = valueCode(optional ? defOf(field).innerType! : field, access, writers);
    const name = JSON.stringify(`${JSON.stringify(key)}:`);
    const write = commaKnown ? `s += ',' + ${name} + ${value};` : `s += c + ${name} + ${value}; c = ',';`;
    code += optional ? ` if (${access} !== undefined) { ${write} }` : ` ${write}`;
    if (!optional) commaKnown = true;
  }
  return `${code} return s + '}';`;
}

/** A JavaScript expression writing the value at `at` (a fixed property path of ours, never input text). */
function valueCode(schema: ZodType, at: string, writers: Writer[]): string {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'enum':
      return `J(${at})`;
    case 'boolean':
      return `(${at} ? 'true' : 'false')`;
    case 'number':
      return `JSON.stringify(${at})`; // zod numbers are finite
    case 'object':
      return `W[${writerOf(schema, writers)}](${at})`;
    case 'array': {
      const item = defOf(def.element!).type;
      if (item === 'string' || item === 'enum') return `JS(${at})`;
      return `('[' + ${at}.map(W[${writerOf(def.element!, writers)}]).join(',') + ']')`;
    }
    default:
      throw new TypeError(`canonicalWriter: zod ${def.type} is not supported; add it here and to the test`);
  }
}

// The json-rules-engine operators that policies exported from phigate use beyond the built-in ones
// (equal, notEqual, in, notIn, contains, doesNotContain, lessThan...). An app registers them once:
//
//   import { Engine } from 'json-rules-engine';
//   import { addPhigateOperators } from 'phigate';
//   const engine = addPhigateOperators(new Engine(exported.rules));
//
// Each one means exactly what the phigate operator it stands for means. This module depends on
// json-rules-engine and on phigate's pattern engine (contract/pattern.ts: policy patterns run on RE2,
// re2js, in linear time, so an exported pattern cannot stall the app either).
import { Operator, type Engine } from 'json-rules-engine';
import { policyPattern, type PolicyPattern } from '../contract/index.ts';

/** How an exported fact says "the request does not provide this" (phigate's MISSING). */
export const MISSING_FACT = null;

/** A `matches` value: the pattern and its flags, as written in the policy (without g and y). */
export interface PatternValue {
  source: string;
  flags: string;
}

const isList = (v: unknown): v is readonly unknown[] => Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
/** Date facts are epoch milliseconds; dates written in a policy are ISO texts such as 2026-02-16. */
const timeOf = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : Number.NaN);
const isTime = (v: unknown): boolean => !Number.isNaN(timeOf(v));

// A pattern is compiled once, on its first use, not on every evaluation (policyPattern caches it).
const regexOf = (p: PatternValue): PolicyPattern => policyPattern(p.source, p.flags);

const dateOperator = (name: string, test: (a: number, b: number) => boolean): Operator =>
  new Operator(name, (a: unknown, b: unknown) => test(timeOf(a), timeOf(b)), isTime);

export const PHIGATE_OPERATORS: readonly Operator[] = [
  /** `X is present`: the fact has a value (the compared value is ignored). */
  new Operator('present', (a: unknown) => a !== MISSING_FACT),
  /** `X is missing`. */
  new Operator('missing', (a: unknown) => a === MISSING_FACT),
  /** `list == [a, b]`: the same values, in any order. */
  new Operator('setEqual', (a: readonly unknown[], b: unknown) => isList(b) && a.length === b.length && a.every((x) => b.includes(x)) && b.every((x) => a.includes(x)), isList),
  /** `list contains any [a, b]`: at least one of the values is in the list. */
  new Operator('containsAny', (a: readonly unknown[], b: unknown) => isList(b) && b.some((x) => a.includes(x)), isList),
  /** `list contains all [a, b]`: every one of the values is in the list. */
  new Operator('containsAll', (a: readonly unknown[], b: unknown) => isList(b) && b.every((x) => a.includes(x)), isList),
  /** `[a, b] contains all list`: every value of the list is one of these. */
  new Operator('allIn', (a: readonly unknown[], b: unknown) => isList(b) && a.every((x) => b.includes(x)), isList),
  /** `text contains "words"`: the words appear in the text, in any letter case. */
  new Operator('textContains', (a: string, b: unknown) => isText(b) && a.toLowerCase().includes(b.toLowerCase()), isText),
  /** `text matches /pattern/flags`. */
  new Operator('matches', (a: string, p: PatternValue) => regexOf(p).test(a), isText),
  dateOperator('dateEqual', (a, b) => a === b),
  dateOperator('dateBefore', (a, b) => a < b),
  dateOperator('dateOnOrBefore', (a, b) => a <= b),
  dateOperator('dateAfter', (a, b) => a > b),
  dateOperator('dateOnOrAfter', (a, b) => a >= b),
];

export const PHIGATE_OPERATOR_NAMES: ReadonlySet<string> = new Set(PHIGATE_OPERATORS.map((o) => o.name));

/** Register every phigate operator on a json-rules-engine Engine; returns the engine. */
export function addPhigateOperators(engine: Engine): Engine {
  for (const op of PHIGATE_OPERATORS) engine.addOperator(op);
  return engine;
}

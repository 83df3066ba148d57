// The policy test runner: each `test` block builds a request from its fixtures' and its own
// `given` lines, decides it with the bundle (traced), and compares the response with its `expect`
// line. A test never throws out of the runner: a request that does not match the contract, or an
// internal fault, is a failed test that says what went wrong and where.
import type * as A from '../../grammar/ast.ts';
import type { Span } from '../../grammar/diagnostics.ts';
import type { CompiledPolicy, Effect, TracedRule } from '../compile/index.ts';
import { decideValid, type DecisionResponse } from '../decide/index.ts';
import { ruleLines } from '../explain/index.ts';
import { parseRequest } from '../contract/index.ts';

/** What a test expects, as in `expect downgrade by rule findings [SSP] actions [portal, sms]`. */
export interface ExpectedDecision {
  decision: Effect;
  /** Exactly the rules that decide (absent: not checked). */
  by?: readonly string[];
  /** Labels the classifier must find, among possibly others (absent: not checked). */
  findings?: readonly string[];
  /** The channels of the sends, in order (absent: not checked). */
  actions?: readonly string[];
  /** The exact text of the last send: the message as it goes out, or a route's alert (absent: not checked). */
  body?: string;
  /** The time the sends may all go: the latest `notBefore` of a deferred downgrade, ISO 8601 (absent: not checked). */
  notBefore?: string;
}

/** The parts of a response a test can check. */
export interface DecisionSummary {
  decision: Effect;
  rules: string[];
  labels: string[];
  actions: string[];
  /** The text of the last send, when asked for (reports carry no message text otherwise). */
  body?: string;
  /** The latest `notBefore` of the sends, when one is deferred. */
  notBefore?: string;
}

export interface TestResult {
  title: string;
  file: string;
  line: number;
  passed: boolean;
  expected: ExpectedDecision;
  /** Absent when no decision was made (invalid request, internal fault). */
  actual?: DecisionSummary;
  /** Why the test failed, one plain-language line each; empty when it passed. */
  problems: string[];
  /** On failure: the trace of the rules that decided and of the rules the test named. */
  why: string[];
  /** Every rule's outcome in this test's decision (what coverage reads); empty when none was made. */
  traced: readonly TracedRule[];
  /** The line of the test's `expect` (what a failure is about); absent when it has none. */
  expectLine?: number;
  /** How long the test took, in milliseconds (set by runTests; reports that must be stable leave it out). */
  durationMs?: number;
}

export interface TestRun {
  policy: { name: string; version: string; digest: string };
  results: TestResult[];
  /** When the run started (ISO 8601, UTC) and how long it took in milliseconds, for JUnit's timestamp and time. */
  startedAt?: string;
  durationMs?: number;
}

/** Run every test of the bundle, in source order. */
export function runTests(policy: CompiledPolicy): TestRun {
  const { fixtures, tests } = policy.checked;
  const startedAt = new Date().toISOString();
  const start = performance.now();
  const results = tests.map((t) => {
    const began = performance.now();
    const result = runTest(policy, t, fixtures);
    result.durationMs = performance.now() - began;
    return result;
  });
  return { policy: { name: policy.name, version: policy.version, digest: policy.digest }, results, startedAt, durationMs: performance.now() - start };
}

export const locationOf = (r: { file: string; line: number }): string => `${r.file}:${r.line}`;

function runTest(policy: CompiledPolicy, test: A.TestDecl, fixtures: ReadonlyMap<string, A.FixtureDecl>): TestResult {
  const expected = expectedOf(test.expect);
  const base = { title: test.title.value, file: test.span.file, line: test.span.line, expected, ...(test.expect ? { expectLine: test.expect.span.line } : {}) };
  const failed = (problem: string): TestResult => ({ ...base, passed: false, problems: [problem], why: [], traced: [] });
  if (!test.expect) return failed('the test has no `expect` line');
  try {
    const givens = givensOf(test, fixtures);
    if (typeof givens === 'string') return failed(givens);
    const parsed = parseRequest(requestOf(givens));
    if (!parsed.ok) return failed(invalidRequest(parsed.error.issues, givens, test));
    const response = decideValid(policy, parsed.value, { trace: true });
    const actual = summarize(response, expected.body !== undefined);
    const problems = compareDecision(expected, actual);
    const traced = response.trace?.rules ?? [];
    return { ...base, passed: problems.length === 0, actual, problems, why: problems.length === 0 ? [] : whyLines(response, traced, expected), traced };
  } catch (e) {
    return failed(`internal error while running the test: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The checker rejects a test without `expect`; for one anyway, `deny` stands in and the test fails. */
function expectedOf(e: A.Expectation | undefined): ExpectedDecision {
  const expected: ExpectedDecision = { decision: e?.decision ?? 'deny' };
  if (e && e.by.length > 0) expected.by = e.by.map((n) => n.name);
  if (e?.findings) expected.findings = e.findings.map((n) => n.name);
  if (e?.actions) expected.actions = e.actions.map((n) => n.name);
  if (e?.body) expected.body = e.body.value;
  if (e?.notBefore) expected.notBefore = e.notBefore.value;
  return expected;
}

// ---- building the request ----

type Json = string | number | boolean | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The fixtures' givens (in `use` order) then the test's own; a message when a fixture is unknown. */
function givensOf(test: A.TestDecl, fixtures: ReadonlyMap<string, A.FixtureDecl>): A.Given[] | string {
  const out: A.Given[] = [];
  for (const use of test.uses) {
    const fixture = fixtures.get(use.name);
    if (!fixture) return `the test uses fixture \`${use.name}\`, which is not declared`;
    out.push(...fixture.givens);
  }
  return [...out, ...test.givens];
}

/** Apply the givens in order: objects merge deeply, anything else (arrays included) replaces. */
export function requestOf(givens: readonly A.Given[]): JsonObject {
  let request: JsonObject = {};
  for (const g of givens) request = setPath(request, g.path.segments, jsonOf(g.value));
  return request;
}

function setPath(target: JsonObject, path: readonly string[], value: Json): JsonObject {
  const [key, ...rest] = path as readonly [string, ...string[]];
  const current = target[key];
  const next = rest.length === 0 ? merge(current, value) : setPath(isObject(current) ? current : {}, rest, value);
  return put({ ...target }, key, next);
}

function merge(base: Json | undefined, patch: Json): Json {
  if (!isObject(base) || !isObject(patch)) return patch;
  let out: JsonObject = { ...base };
  for (const [k, v] of Object.entries(patch)) out = put(out, k, merge(base[k], v));
  return out;
}

/** Literal values as JSON: names become texts, dates their ISO text as written. */
function jsonOf(v: A.Value): Json {
  switch (v.type) {
    case 'object':
      return v.entries.reduce<JsonObject>((o, e) => put(o, e.key.name, jsonOf(e.value)), {});
    case 'array':
      return v.items.map(jsonOf);
    case 'path':
      return v.segments.join('.');
    default:
      return v.value;
  }
}

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Set an own property, even one named `__proto__`, so the contract check sees it and rejects it. */
function put(o: JsonObject, key: string, value: Json): JsonObject {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
}

/** "invalid request: message.category: ... (set by `given message` at file:12)", for each bad field. */
function invalidRequest(issues: readonly { path: string; message: string }[], givens: readonly A.Given[], test: A.TestDecl): string {
  const parts = issues.map((i) => {
    const source = [...givens].reverse().find((g) => overlaps(g.path.segments.join('.'), i.path));
    const where = source ? `set by \`given ${source.path.segments.join('.')}\` at ${spanText(source.span)}` : `no \`given\` sets it; add one to the test at ${spanText(test.span)}`;
    return `${i.path}: ${i.message} (${where})`;
  });
  return `the request this test builds is not valid: ${parts.join('; ')}`;
}

/** `patient` sets `patient.consents[0].status`; `message.body` concerns the issue at `message`. */
const overlaps = (given: string, field: string): boolean => startsPath(field, given) || startsPath(given, field);
const startsPath = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
const spanText = (s: Span): string => `${s.file}:${s.line}`;

// ---- comparing ----

/**
 * The parts of a response a test can check; engine reasons such as `no-safe-form` included. The text
 * of the last send only with `withBody`: a report carries message text only where a test asks for it.
 */
export function summarize(response: DecisionResponse, withBody = false): DecisionSummary {
  const summary: DecisionSummary = {
    decision: response.decision,
    rules: response.reasons.map((r) => r.rule),
    labels: [...new Set(response.findings.map((f) => f.label))],
    actions: response.actions.map((a) => a.channel),
  };
  const last = response.actions.at(-1);
  if (withBody && last !== undefined) summary.body = last.body;
  const deferred = response.actions.flatMap((a) => (a.notBefore === undefined ? [] : [a.notBefore])).sort((a, b) => Date.parse(a) - Date.parse(b));
  if (deferred.length > 0) summary.notBefore = deferred.at(-1)!;
  return summary;
}

/**
 * Reasons the engine adds itself, not rules of the bundle. A test may name them in `by`; when it
 * does not, `by` is compared with the bundle's rules only, so `expect deny by clinical-rule` holds
 * for a downgrade that found no safe form.
 */
const ENGINE_REASONS: ReadonlySet<string> = new Set(['no-safe-form', 'classifier']);

/** What differs between the expectation and the decision, in plain language; empty when it holds. */
export function compareDecision(expected: ExpectedDecision, actual: DecisionSummary): string[] {
  const problems: string[] = [];
  if (actual.decision !== expected.decision) problems.push(`decision: expected ${expected.decision}, got ${actual.decision}`);
  if (expected.by) {
    const named = new Set(expected.by);
    const deciding = new Set(actual.rules.filter((r) => named.has(r) || !ENGINE_REASONS.has(r)));
    if (!sameSet(named, deciding)) problems.push(`rules: expected exactly ${list(expected.by)}, got ${list(actual.rules)}`);
  }
  if (expected.findings) {
    const missing = expected.findings.filter((l) => !actual.labels.includes(l));
    if (missing.length > 0) problems.push(`findings: expected ${list(expected.findings)} among the labels found, missing ${list(missing)} (found ${list(actual.labels)})`);
  }
  if (expected.actions && expected.actions.join() !== actual.actions.join()) problems.push(`actions: expected sends on ${list(expected.actions)}, got ${list(actual.actions)}`);
  if (expected.body !== undefined && expected.body !== actual.body) {
    problems.push(actual.body === undefined ? `body: expected ${JSON.stringify(expected.body)}, but nothing is sent` : `body: expected ${JSON.stringify(expected.body)}, got ${JSON.stringify(actual.body)}`);
  }
  if (expected.notBefore !== undefined && (actual.notBefore === undefined || Date.parse(expected.notBefore) !== Date.parse(actual.notBefore))) {
    problems.push(`not before: expected the sends to wait until ${expected.notBefore} (${new Date(Date.parse(expected.notBefore)).toISOString()}), ${actual.notBefore === undefined ? 'but they may go now' : `got ${actual.notBefore}`}`);
  }
  return problems;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));
export const list = (items: readonly string[]): string => (items.length === 0 ? '[] (none)' : `[${items.join(', ')}]`);

/** The trace of the rules that decided, then of the rules the test named that did not. */
function whyLines(response: DecisionResponse, traced: readonly TracedRule[], expected: ExpectedDecision): string[] {
  const names = [...new Set([...response.reasons.map((r) => r.rule), ...(expected.by ?? [])])];
  return names.flatMap((name) => {
    const rule = traced.find((r) => r.rule === name);
    if (rule) return ruleLines(rule);
    const reason = response.reasons.find((r) => r.rule === name);
    return reason ? [`  • ${reason.rule} (${reason.effect}): ${reason.text}`] : [];
  });
}

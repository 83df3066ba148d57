// Change analysis between two bundles: decide the same enumerated situations (and an optional corpus
// of real requests) under both, and group every decision that changes by direction (deny→allow,
// allow→downgrade, ...) and by the rules that determined it before and after, with the first
// example of each. "Loosen" is any move toward allow.
import type { CompiledPolicy, Effect } from '../compile/index.ts';
import { decideValid, type DecisionResponse } from '../decide/index.ts';
import { parseRequest, type DecisionRequest } from '../contract/index.ts';
import { withClassificationCache } from './cached.ts';
import { policyId, type PolicyId } from './matrix.ts';
import { describeSituation, enumerateSituations } from './space.ts';

/** A request of the corpus, with its line in the JSON Lines file. */
export interface CorpusEntry {
  line: number;
  request: DecisionRequest;
}

export interface CorpusProblem {
  line: number;
  message: string;
}

export interface DecisionWithRules {
  decision: Effect;
  /** The determining rules' names (`default` for a default deny). */
  rules: string[];
}

export interface ChangeExample {
  /** The situation in words (corpus lines are named by line, never by their text). */
  description: string;
  /** The enumerated request; absent for corpus lines, whose text is the caller's own data. */
  request?: DecisionRequest;
  corpusLine?: number;
  before: DecisionWithRules;
  after: DecisionWithRules;
}

/** Decisions that changed the same way for the same rules. */
export interface RuleShift {
  before: string[];
  after: string[];
  count: number;
  example: ChangeExample;
}

export type Direction = 'loosen' | 'tighten';

export interface ChangeGroup {
  from: Effect;
  to: Effect;
  direction: Direction;
  count: number;
  /** The first decision of the group. */
  example: ChangeExample;
  shifts: RuleShift[];
}

export interface DecisionDiff {
  base: PolicyId;
  bundle: PolicyId;
  at: string;
  decided: { situations: number; corpus: number };
  changed: number;
  loosened: number;
  tightened: number;
  groups: ChangeGroup[];
  /** What the officer should know besides the changes: a bundle that changed without a new version. */
  warnings: string[];
}

export interface DiffOptions {
  corpus?: readonly CorpusEntry[];
  /** When the situations are decided, and the time of corpus requests without `at`; defaults to now. */
  at?: string;
}

const RANK: Record<Effect, number> = { deny: 0, downgrade: 1, allow: 2 };
/** The order groups are listed in: loosening first, the widest first. */
const DIRECTIONS: readonly [Effect, Effect][] = [
  ['deny', 'allow'],
  ['deny', 'downgrade'],
  ['downgrade', 'allow'],
  ['allow', 'deny'],
  ['allow', 'downgrade'],
  ['downgrade', 'deny'],
];

export const directionOf = (from: Effect, to: Effect): Direction => (RANK[to] > RANK[from] ? 'loosen' : 'tighten');

interface Case {
  description: string;
  request: DecisionRequest;
  corpusLine?: number;
}

/** Decide every situation and corpus request under `base` and `next`; report what changes. */
export function decisionDiff(base: CompiledPolicy, next: CompiledPolicy, options: DiffOptions = {}): DecisionDiff {
  const at = options.at ?? new Date().toISOString();
  const now = (): number => Date.parse(at);
  const situations = enumerateSituations([base, next], at);
  const corpus = options.corpus ?? [];
  const cases: Case[] = [
    ...situations.map((s) => ({ description: describeSituation(s), request: s.request })),
    ...corpus.map((c) => ({ description: `corpus line ${c.line}: ${c.request.message.category} by ${c.request.channel}`, request: c.request, corpusLine: c.line })),
  ];
  const groups = new Map<string, ChangeGroup>();
  const [cachedBase, cachedNext] = [withClassificationCache(base), withClassificationCache(next)];
  for (const c of cases) {
    const before = summary(decideValid(cachedBase, c.request, { now }));
    const after = summary(decideValid(cachedNext, c.request, { now }));
    if (before.decision !== after.decision) record(groups, c, before, after);
  }
  // Within a group, the most frequent rule shift first.
  const ordered = DIRECTIONS.flatMap(([from, to]) => groups.get(`${from}>${to}`) ?? []).map((g) => ({ ...g, shifts: [...g.shifts].sort((a, b) => b.count - a.count) }));
  const total = (d: Direction): number => ordered.filter((g) => g.direction === d).reduce((n, g) => n + g.count, 0);
  return {
    base: policyId(base),
    bundle: policyId(next),
    at,
    decided: { situations: situations.length, corpus: corpus.length },
    changed: total('loosen') + total('tighten'),
    loosened: total('loosen'),
    tightened: total('tighten'),
    groups: ordered,
    warnings: versionWarnings(base, next),
  };
}

/**
 * Every decision records the policy's name and version: two bundles that differ under one version
 * would make audit records of different rules look alike.
 */
function versionWarnings(base: CompiledPolicy, next: CompiledPolicy): string[] {
  if (base.digest === next.digest || base.version !== next.version) return [];
  return [`The bundle changed but its version is still "${next.version}": give it a new version in its \`policy "${next.name}" version "..."\` line, so decisions and audit records tell the two apart`];
}

const summary = (r: DecisionResponse): DecisionWithRules => ({ decision: r.decision, rules: r.reasons.map((x) => x.rule) });

function record(groups: Map<string, ChangeGroup>, c: Case, before: DecisionWithRules, after: DecisionWithRules): void {
  const example: ChangeExample = { description: c.description, before, after };
  if (c.corpusLine === undefined) example.request = c.request;
  else example.corpusLine = c.corpusLine;
  const key = `${before.decision}>${after.decision}`;
  const group = groups.get(key) ?? { from: before.decision, to: after.decision, direction: directionOf(before.decision, after.decision), count: 0, example, shifts: [] };
  groups.set(key, group);
  group.count++;
  const same = (a: string[], b: string[]): boolean => a.join('\0') === b.join('\0');
  const shift = group.shifts.find((s) => same(s.before, before.rules) && same(s.after, after.rules));
  if (shift) shift.count++;
  else group.shifts.push({ before: before.rules, after: after.rules, count: 1, example });
}

/** Read a JSON Lines corpus: every valid request, and each bad line with what is wrong with it. */
export function parseCorpus(text: string): { entries: CorpusEntry[]; problems: CorpusProblem[] } {
  const entries: CorpusEntry[] = [];
  const problems: CorpusProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      problems.push({ line, message: `not valid JSON: ${(e as Error).message}` });
      return;
    }
    const parsed = parseRequest(json);
    if (parsed.ok) entries.push({ line, request: parsed.value });
    else problems.push({ line, message: parsed.error.message });
  });
  return { entries, problems };
}

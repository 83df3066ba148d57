// Lints: warnings about a bundle that checks cleanly but probably does not say what its author
// meant. Two come from deciding the enumerated situations and the bundle's own tests (a rule that
// never applies; a rule that applies but is always overridden), three from reading the bundle (a
// channel or category no rule mentions, a rule no test expects).
import { createHash } from 'node:crypto';
import { formatExpr, parsePolicy } from '../../grammar/index.ts';
import { tokenize } from '../../grammar/tokens.ts';
import { diagnostic, fileSpan, type Diagnostic, type Span } from '../../grammar/diagnostics.ts';
import { conditionOf, type CompiledPolicy, type CompiledRule, type Condition } from '../compile/index.ts';
import type { Finding } from '../classify/index.ts';
import { buildFacts, evaluate } from '../decide/index.ts';
import { CATEGORIES, CHANNELS, type DecisionRequest, type Facts } from '../contract/index.ts';
import { mentionedValues } from './mentions.ts';
import { runTests, type TestRun } from '../testing/index.ts';
import { enumerateSituations, type Situation } from './space.ts';

export interface LintOptions {
  /** When the situations are decided (vendor BAAs depend on it); defaults to now. */
  at?: string;
  /** The bundle's own test run, when the caller already has it (`phigate test --watch`); else the tests are run. */
  tests?: TestRun;
  /**
   * Remembers how the rules fared over the enumerated situations, cell by cell of the rule index, for
   * a caller that lints one bundle again and again as it is edited (`phigate test --watch`): an edit
   * decides again only the cells whose rules it changed.
   */
  cache?: LintCache;
}

/** What one cell of the rule index (a channel and a category) contributed to the usage of the rules. */
interface CellUsage {
  situations: number;
  usage: Map<string, Usage>;
}

/** What lintPolicy remembers between runs of one bundle as it is edited. */
export class LintCache {
  /** By the cell's key: the bundle apart from its rules, tests and fixtures, the cell's rules, the vendors, the time. */
  readonly cells = new Map<string, CellUsage>();
  /** The enumerated situations by cell, with the key of what they depend on. */
  situations: { key: string; value: Situation[]; byCell: ReadonlyMap<string, Situation[]> } | undefined;
  /** The cells the last run used. */
  lastUsed: ReadonlySet<string> = new Set();
}

/** Every lint warning for a compiled bundle, in source order. */
export function lintPolicy(policy: CompiledPolicy, options: LintOptions = {}): Diagnostic[] {
  const at = options.at ?? new Date().toISOString();
  return [...ruleUsageLints(policy, at, options.tests, options.cache), ...unmentionedLints(policy), ...untestedLints(policy)].sort(bySource);
}

interface Usage {
  applied: number;
  determined: number;
  /** The rules that decided instead, when this one applied but did not decide, with counts. */
  overriders: Map<string, number>;
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * A key for what a bundle says outside the blocks at `leaveOut` (rules, tests, fixtures): its words,
 * without comments or layout, and its vendor register. Two bundles with the same key decide the same
 * way apart from those blocks, so an analysis of one holds for the other; a comment or `phigate fmt`
 * changes nothing.
 */
export function contentKey(policy: CompiledPolicy, leaveOut: readonly Span[]): string {
  const hash = createHash('sha256').update(JSON.stringify([...policy.vendors.values()]));
  for (const [file, text] of [...policy.sources].sort(([a], [b]) => a.localeCompare(b))) {
    const skipped = leaveOut.filter((x) => x.file === file).sort((x, y) => x.offset - y.offset);
    hash.update(`\u0000${file}`);
    let i = 0;
    for (const t of tokenize(text, file).tokens) {
      while (i < skipped.length && skipped[i]!.endOffset <= t.startOffset) i++;
      if (i < skipped.length && t.startOffset >= skipped[i]!.offset) continue;
      hash.update(`\u0000${t.image}`);
    }
  }
  return hash.digest('hex');
}

/**
 * What every cell's decisions depend on besides its rules: the bundle without its rules, tests and
 * fixtures (the lists, tiers, scopes, settings, terms and patterns), the vendor register, the time.
 */
function contextKey(policy: CompiledPolicy, at: string): string {
  const blocks = [...policy.checked.tests, ...policy.checked.fixtures.values(), ...policy.checked.rules].map((d) => d.span);
  return sha(`${at}\u0000${contentKey(policy, blocks)}`);
}

/**
 * How often each rule applies and decides over the enumerated situations. The rules that decide are
 * the evaluator's: what a downgrade then sends (and whether it finds a safe form) changes no rule's
 * part in the decision, so no sends are planned; each sample text is classified once. A situation's
 * decision depends only on the rules of its cell of the rule index, so with a cache a cell whose rules
 * did not change is not decided again.
 */
export function ruleUsage(policy: CompiledPolicy, at: string, cache?: LintCache): { situations: number; usage: Map<string, Usage> } {
  const context = contextKey(policy, at);
  const situationsKey = sha(`${context}\u0000${[...(mentionedValues(policy).get('field') ?? [])].join(',')}`);
  let known = cache?.situations?.key === situationsKey ? cache.situations : undefined;
  if (known === undefined) {
    const value = enumerateSituations([policy], at);
    const byCell = new Map<string, Situation[]>();
    for (const s of value) {
      const key = `${s.request.channel} ${s.request.message.category}`;
      const list = byCell.get(key);
      if (list === undefined) byCell.set(key, [s]);
      else list.push(s);
    }
    known = { key: situationsKey, value, byCell };
    if (cache !== undefined) cache.situations = known;
  }
  const { value: situations, byCell } = known;
  const usage = new Map(policy.rules.rules.map((r) => [r.name, { applied: 0, determined: 0, overriders: new Map<string, number>() }]));
  const findingsOf = new Map<string, readonly Finding[] | undefined>();
  const used = new Set<string>();
  for (const list of byCell.values()) {
    const first = list[0]!.request;
    const set = policy.rules.index.get(first.channel)?.get(first.message.category);
    // Only the rules of the request's cell of the rule index can apply (the compiler's guarantee).
    const rules = set === undefined ? policy.rules.rules : [...set.deny, ...set.downgrade, ...set.allow];
    const key = sha(`${context}\u0000${first.channel} ${first.message.category}\u0000${rules.map((r) => ruleKey(policy, r)).join('\u0000')}`);
    let cell = cache?.cells.get(key);
    if (cell === undefined) {
      cell = cellUsage(policy, list, rules, findingsOf);
      cache?.cells.set(key, cell);
    }
    used.add(key);
    for (const [name, u] of cell.usage) {
      const total = usage.get(name);
      if (total === undefined) continue;
      total.applied += u.applied;
      total.determined += u.determined;
      for (const [other, n] of u.overriders) total.overriders.set(other, (total.overriders.get(other) ?? 0) + n);
    }
  }
  if (cache !== undefined) {
    // Keep the cells of this run and the last: an edit that is undone comes back to them.
    for (const key of [...cache.cells.keys()]) if (!used.has(key) && !cache.lastUsed.has(key)) cache.cells.delete(key);
    cache.lastUsed = used;
  }
  return { situations: situations.length, usage };
}

/** What of a rule its usage depends on: its name, effect and condition, as the formatter writes it (not its reason, citation or layout). */
function ruleKey(policy: CompiledPolicy, rule: CompiledRule): string {
  const when = policy.checked.rules.find((r) => r.name.name === rule.name)?.when;
  return `${rule.name} ${rule.effect} ${when === undefined ? '' : formatExpr(when)}`;
}

/** The usage of the rules of one cell over its situations (this runs for every situation of an edited cell: kept lean). */
function cellUsage(policy: CompiledPolicy, situations: readonly Situation[], rules: readonly CompiledRule[], findingsOf: Map<string, readonly Finding[] | undefined>): CellUsage {
  const counts = rules.map(() => ({ applied: 0, determined: 0, overriders: new Map<string, number>() }));
  const conditions = rules.map((r) => conditionOf(r.condition));
  const times = new Map<string, number>();
  for (const s of situations) {
    const findings = classified(policy, s.request, findingsOf);
    if (findings === undefined) continue; // a classifier fault denies before any rule runs
    const at = s.request.at!;
    let t = times.get(at);
    if (t === undefined) times.set(at, (t = Date.parse(at)));
    const facts = buildFacts(policy, s.request, t, findings);
    const deciding = evaluate(policy.rules, policy.defaultOutcome, facts).reasons;
    for (let i = 0; i < rules.length; i++) {
      if (!applies(conditions[i]!, facts)) continue;
      const u = counts[i]!;
      u.applied++;
      const name = rules[i]!.name;
      let decided = false;
      for (const r of deciding) if (r.rule === name) decided = true;
      if (decided) u.determined++;
      else for (const other of deciding) u.overriders.set(other.rule, (u.overriders.get(other.rule) ?? 0) + 1);
    }
  }
  return { situations: situations.length, usage: new Map(rules.map((r, i) => [r.name, counts[i]!])) };
}

/** The findings of a situation's text, classified once per text; undefined when the classifier fails (the decision is a deny). */
function classified(policy: CompiledPolicy, req: DecisionRequest, cache: Map<string, readonly Finding[] | undefined>): readonly Finding[] | undefined {
  const { body, subject } = req.message;
  if (body === '' && subject === undefined) return [];
  const key = subject === undefined ? body : `${subject}\u0000${body}`;
  if (!cache.has(key)) {
    try {
      cache.set(key, policy.classifier.classify(req.message));
    } catch {
      cache.set(key, undefined);
    }
  }
  return cache.get(key);
}

/** A rule whose condition fails to evaluate does not apply (the evaluator's guard, without the tracer). */
function applies(condition: Condition, facts: Facts): boolean {
  try {
    return condition(facts, null) === true;
  } catch {
    return false;
  }
}

function ruleUsageLints(policy: CompiledPolicy, at: string, run: TestRun | undefined, cache: LintCache | undefined): Diagnostic[] {
  const { situations, usage } = ruleUsage(policy, at, cache);
  // The bundle's own tests reach situations the enumeration does not (a particular text or date).
  const tests = (run ?? runTests(policy)).results;
  const appliedInTest = (rule: string): boolean => tests.some((t) => t.traced.some((r) => r.rule === rule && r.applied === true));
  const decidedInTest = (rule: string): boolean => tests.some((t) => t.actual?.rules.includes(rule) === true);
  return policy.checked.rules.flatMap((r) => {
    const u = usage.get(r.name.name)!;
    const name = `\`${r.name.name}\``;
    if (u.applied === 0) {
      if (appliedInTest(r.name.name)) return [];
      return [
        diagnostic('lint/never-applies', `Rule ${name} applies in none of the ${situations} situations phigate tried (every channel, category, consent state, vendor state and sample text) nor in any test`, r.name.span,
          'look for a condition no request can meet; if the rule is meant for a situation phigate does not try (a particular text, date or consent method), add a test block that expects it', 'warning'),
      ];
    }
    if (u.determined > 0 || decidedInTest(r.name.name)) return [];
    const winners = [...u.overriders].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([rule]) => `\`${rule}\` (${effectOf(policy, rule)})`);
    return [
      diagnostic('lint/shadowed-rule', `Rule ${name} applies in ${u.applied} of the ${situations} situations phigate tried but decides none of them, nor any test; it is overridden by ${winners.join(', ')}`, r.name.span,
        'deny beats downgrade beats allow; narrow the overriding rule if this one should decide, or remove this one', 'warning'),
    ];
  });
}

function effectOf(policy: CompiledPolicy, rule: string): string {
  return policy.rules.rules.find((r) => r.name === rule)?.effect ?? (rule === 'default' ? policy.defaultOutcome.effect : 'deny');
}

function unmentionedLints(policy: CompiledPolicy): Diagnostic[] {
  const mentions = mentionedValues(policy);
  const where = defaultSpan(policy);
  const fallback = `the default (${policy.defaultOutcome.effect})`;
  const channels = CHANNELS.filter((c) => !mentions.get('channel')?.has(c)).map((c) =>
    diagnostic('lint/unmentioned-channel', `No rule mentions the channel \`${c}\`: every send on it gets ${fallback} unless a rule that names no channel decides`, where,
      'name it in a rule or in a `channels` list a rule uses, so the decision for it is written down', 'warning'),
  );
  const categories = CATEGORIES.filter((c) => !mentions.get('category')?.has(c)).map((c) =>
    diagnostic('lint/unmentioned-category', `No rule mentions the category \`${c}\`, directly, in a list or through its tier: it gets ${fallback} unless a rule that names no category decides`, where,
      'put it in a `tier` or `categories` list a rule uses, or name it in a rule', 'warning'),
  );
  return [...channels, ...categories];
}

/** The `default` line, where sends no rule mentions are decided; the first file when not found. */
function defaultSpan(policy: CompiledPolicy): Span {
  for (const [file, text] of policy.sources) {
    const parsed = parsePolicy(text, file);
    const found = parsed.ok ? parsed.value.declarations.find((d) => d.kind === 'default') : undefined;
    if (found) return found.span;
  }
  return fileSpan([...policy.sources.keys()][0] ?? '(bundle)');
}

function untestedLints(policy: CompiledPolicy): Diagnostic[] {
  const expected = new Set(policy.checked.tests.flatMap((t) => t.expect?.by.map((n) => n.name) ?? []));
  return policy.checked.rules
    .filter((r) => !expected.has(r.name.name))
    .map((r) =>
      diagnostic('lint/untested-rule', `No test expects rule \`${r.name.name}\``, r.name.span,
        `add a test block that ends in \`expect ${r.effect.effect} by ${r.name.name}\`, so a change that breaks it fails \`phigate test\``, 'warning'),
    );
}

const bySource = (a: Diagnostic, b: Diagnostic): number => a.span.file.localeCompare(b.span.file) || a.span.offset - b.span.offset || a.code.localeCompare(b.code);

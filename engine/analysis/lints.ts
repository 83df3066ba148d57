// Lints: warnings about a bundle that checks cleanly but probably does not say what its author
// meant. Two come from deciding the enumerated situations and the bundle's own tests (a rule that
// never applies; a rule that applies but is always overridden), three from reading the bundle (a
// channel or category no rule mentions, a rule no test expects).
import { parsePolicy } from '../../grammar/index.ts';
import { diagnostic, fileSpan, type Diagnostic, type Span } from '../../grammar/diagnostics.ts';
import { conditionOf, type CompiledPolicy, type CompiledRule } from '../compile/index.ts';
import { buildFacts, decideValid } from '../decide/index.ts';
import { CATEGORIES, CHANNELS, type Facts } from '../contract/index.ts';
import { mentionedValues } from './mentions.ts';
import { runTests } from '../testing/index.ts';
import { enumerateSituations } from './space.ts';

export interface LintOptions {
  /** When the situations are decided (vendor BAAs depend on it); defaults to now. */
  at?: string;
}

/** Every lint warning for a compiled bundle, in source order. */
export function lintPolicy(policy: CompiledPolicy, options: LintOptions = {}): Diagnostic[] {
  const at = options.at ?? new Date().toISOString();
  return [...ruleUsageLints(policy, at), ...unmentionedLints(policy), ...untestedLints(policy)].sort(bySource);
}

interface Usage {
  applied: number;
  determined: number;
  /** The rules that decided instead, when this one applied but did not decide, with counts. */
  overriders: Map<string, number>;
}

/** How often each rule applies and decides over the enumerated situations. */
export function ruleUsage(policy: CompiledPolicy, at: string): { situations: number; usage: Map<string, Usage> } {
  const situations = enumerateSituations([policy], at);
  const usage = new Map(policy.rules.rules.map((r) => [r.name, { applied: 0, determined: 0, overriders: new Map<string, number>() }]));
  const atMs = Date.parse(at);
  for (const s of situations) {
    const response = decideValid(policy, s.request);
    const deciding = response.reasons.map((r) => r.rule);
    const facts = buildFacts(policy, s.request, atMs, response.findings);
    for (const rule of policy.rules.rules) {
      if (!applies(rule, facts)) continue;
      const u = usage.get(rule.name)!;
      u.applied++;
      if (deciding.includes(rule.name)) u.determined++;
      else for (const other of deciding) u.overriders.set(other, (u.overriders.get(other) ?? 0) + 1);
    }
  }
  return { situations: situations.length, usage };
}

/** A rule whose condition fails to evaluate does not apply (the evaluator's guard, without the tracer). */
function applies(rule: CompiledRule, facts: Facts): boolean {
  try {
    return conditionOf(rule.condition)(facts, null) === true;
  } catch {
    return false;
  }
}

function ruleUsageLints(policy: CompiledPolicy, at: string): Diagnostic[] {
  const { situations, usage } = ruleUsage(policy, at);
  // The bundle's own tests reach situations the enumeration does not (a particular text or date).
  const tests = runTests(policy).results;
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

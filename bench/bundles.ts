// The policies the benchmarks decide with: the ~30-rule bench policy (the default bundle plus
// bench/fixtures/extra.policy) and generated bundles of any size.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileBundle, type CompiledPolicy, type SourceFile } from '../engine/index.ts';
import { CATEGORIES, CHANNELS } from '../engine/contract/vocabulary.ts';
import { pick, prng, weighted, type Random } from './requests.ts';

const DEFAULT_BUNDLE = 'policies';
const EXTRA = 'bench/fixtures/extra.policy';

export const VENDORS: SourceFile = { file: join(DEFAULT_BUNDLE, 'vendors.json'), text: readFileSync(join(DEFAULT_BUNDLE, 'vendors.json'), 'utf8') };

const read = (file: string): SourceFile => ({ file, text: readFileSync(file, 'utf8') });

/** The bench policy's files: every .policy of the default bundle, then the extra rules. */
export function benchPolicyFiles(): SourceFile[] {
  const names = readdirSync(DEFAULT_BUNDLE).filter((n) => n.endsWith('.policy')).sort();
  return [...names.map((n) => read(join(DEFAULT_BUNDLE, n))), read(EXTRA)];
}

export function compiled(files: readonly SourceFile[]): CompiledPolicy {
  const r = compileBundle(files, VENDORS);
  if (!r.ok) throw new Error(`bench policy does not compile:\n${r.diagnostics.map((d) => `${d.span.file}:${d.span.line} ${d.code} ${d.message}`).join('\n')}`);
  return r.value;
}

export const benchPolicy = (): CompiledPolicy => compiled(benchPolicyFiles());

// ---- generated bundles ----

const HEADER = `policy "generated" version "1"
default deny "No rule allows this send"
settings {
  practice = "Bench Family Practice"
  portal_vendor = "riverside-ehr"
}
`;

/** One extra condition per generated rule, of the kinds real rules use. */
const CONDITIONS = [
  'consent.scopes contains scheduling',
  'consent.scopes contains notifications',
  'consent.status == active',
  'consent is missing',
  'vendor.covers',
  'not vendor.covers',
  'patient.portalActive',
  'message.findings contains any [HIV, SSP, SUD]',
  'message.templateFields contains any [visit_reason, department]',
  'sender.kind == staff_personal_device',
];

const EFFECTS = [
  ['allow', 5],
  ['deny', 3],
  ['downgrade route portal alert "{practice}: you have a new message in your patient portal."', 2],
] as const;

/**
 * A bundle of `count` rules, each constrained like a real rule to one or two channels and one to
 * three categories (so the rule index narrows what runs), with one more condition and an effect.
 */
export function generatedBundle(count: number, seed = 7): SourceFile[] {
  const random = prng(seed);
  const rules = Array.from({ length: count }, (_, i) => generatedRule(random, i));
  return [{ file: `generated-${count}.policy`, text: `${HEADER}\n${rules.join('\n')}` }];
}

function generatedRule(random: Random, i: number): string {
  const channels = distinct(random, CHANNELS, 1 + Math.floor(random() * 2));
  const categories = distinct(random, CATEGORIES, 1 + Math.floor(random() * 3));
  const effect = weighted(random, EFFECTS);
  return `rule g${i} {
  when channel in [${channels.join(', ')}] and message.category in [${categories.join(', ')}] and ${pick(random, CONDITIONS)}
  ${effect}
  because "Generated rule ${i}"
}
`;
}

function distinct<T>(random: Random, xs: readonly T[], n: number): T[] {
  const out = new Set<T>();
  while (out.size < n) out.add(pick(random, xs));
  return [...out];
}

// Loading a bundle: read the .policy files and vendors.json, parse, check, compile. A bundle with
// any error is rejected whole; nothing half-loaded is ever used.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePolicy } from '../../grammar/index.ts';
import type * as A from '../../grammar/ast.ts';
import { clip, diagnostic, fileSpan, type Diagnostic, type Result } from '../../grammar/diagnostics.ts';
import { checkBundle, checkPortalVendor, type CheckedPolicy, type Settings } from '../check/index.ts';
import { createClassifier, type Classifier } from '../classify/index.ts';
import { compileRules, defaultOutcomeOf, type CompiledRules, type Outcome } from './compiler.ts';
import { foundPhoneExtensions } from './found-phone.ts';

import { parseVendors, type VendorRegister } from '../contract/index.ts';

export interface SourceFile {
  file: string;
  text: string;
}

export interface CompiledPolicy {
  name: string;
  version: string;
  /** sha256 over every file of the bundle: the version auditors can tie a decision to. */
  digest: string;
  /** Name, version and digest as every response names the policy: one frozen object, shared. */
  identity: Readonly<{ name: string; version: string; digest: string }>;
  loadedAt: string;
  settings: Settings;
  rules: CompiledRules;
  defaultOutcome: Outcome;
  vendors: VendorRegister;
  classifier: Classifier;
  tierOf: ReadonlyMap<string, string>;
  scopeOf: ReadonlyMap<string, string>;
  checked: CheckedPolicy;
  sources: ReadonlyMap<string, string>;
  /** Warnings the checker found (errors reject the bundle). */
  diagnostics: readonly Diagnostic[];
}

const VENDORS_FILE = 'vendors.json';

/** Load the bundle in `dir`: every `*.policy` file (sorted by name) and `vendors.json`. */
export async function loadBundle(dir: string): Promise<Result<CompiledPolicy>> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (e) {
    return { ok: false, diagnostics: [diagnostic('load/io', `Cannot read the bundle directory ${dir}: ${(e as Error).message}`, fileSpan(dir))] };
  }
  const read = async (name: string): Promise<SourceFile> => ({ file: join(dir, name), text: await readFile(join(dir, name), 'utf8') });
  let policies: SourceFile[];
  let vendors: SourceFile | undefined;
  try {
    policies = await Promise.all(names.filter((n) => n.endsWith('.policy')).map(read));
    vendors = names.includes(VENDORS_FILE) ? await read(VENDORS_FILE) : undefined;
  } catch (e) {
    return { ok: false, diagnostics: [diagnostic('load/io', `Cannot read the bundle ${dir}: ${(e as Error).message}`, fileSpan(dir))] };
  }
  // Outside the try: compileBundle reports its own problems, each where it is, and never throws.
  return compileBundle(policies, vendors);
}

/**
 * Compile a bundle given as texts (the playground and tests use this directly). Never throws: every
 * problem is a diagnostic with its place, and a fault of phigate itself is a `load/internal` one.
 */
export function compileBundle(policies: readonly SourceFile[], vendorsFile?: SourceFile): Result<CompiledPolicy> {
  try {
    return compileTexts(policies, vendorsFile);
  } catch (e) {
    const where = fileSpan(policies[0]?.file ?? '(bundle)');
    const fault = e instanceof Error ? `${e.name}: ${clip(e.message, 200)}` : typeof e;
    return { ok: false, diagnostics: [diagnostic('load/internal', `The bundle could not be compiled because of a fault in phigate (${fault})`, where, 'this is a bug in phigate, not in the policy: please report it with the bundle')] };
  }
}

function compileTexts(policies: readonly SourceFile[], vendorsFile?: SourceFile): Result<CompiledPolicy> {
  const diagnostics: Diagnostic[] = [];
  const files: A.PolicyFile[] = [];
  for (const p of policies) {
    const parsed = parsePolicy(p.text, p.file);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.ok) files.push(parsed.value);
  }
  const vendors = vendorsFile ? parseVendors(vendorsFile.text, vendorsFile.file) : { ok: true as const, value: new Map() };
  if (!vendors.ok) diagnostics.push(...vendors.diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  if (policies.length === 0) return { ok: false, diagnostics: [diagnostic('check/empty-bundle', 'The bundle has no .policy files', fileSpan('(bundle)'), 'put at least one `name.policy` file in the bundle directory')] };
  const checked = checkBundle(files);
  diagnostics.push(...checked.diagnostics);
  if (checked.ok && vendors.ok) diagnostics.push(...checkPortalVendor(checked.value, vendors.value, Date.now()));
  if (!checked.ok || !vendors.ok || diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  const policy = checked.value;
  const classifier = classifierFor(policy);
  if (!classifier.ok) return { ok: false, diagnostics: [...diagnostics, ...classifier.diagnostics] };
  const sources = new Map(policies.map((p) => [p.file, p.text]));
  const digest = digestOf([...policies, ...(vendorsFile ? [vendorsFile] : [])]);
  return {
    ok: true,
    diagnostics,
    value: {
      name: policy.name,
      version: policy.version,
      digest,
      identity: Object.freeze({ name: policy.name, version: policy.version, digest }),
      loadedAt: new Date().toISOString(),
      settings: policy.settings,
      rules: compileRules(policy, (file) => sources.get(file) ?? ''),
      defaultOutcome: defaultOutcomeOf(policy.defaultEffect, policy.defaultReason),
      vendors: vendors.value,
      classifier: classifier.value,
      tierOf: policy.tierOf,
      scopeOf: policy.scopeOf,
      checked: policy,
      sources,
      diagnostics,
    },
  };
}

/**
 * The classifier with the policy's own terms and patterns. The checker refuses the terms it can tell the
 * classifier cannot match, but the classifier has the last word (a term mixing scripts, "HIV клиника",
 * has letters it cannot read as Latin): when it refuses the whole, each term and pattern is tried alone
 * so that every one it refuses is reported at its place.
 */
function classifierFor(policy: CheckedPolicy): Result<Classifier> {
  const terms = policy.terms.map((t) => ({ label: t.name.name, terms: t.terms.map((s) => s.value) }));
  const patterns = policy.patterns.map((p) => ({ label: p.name.name, source: p.pattern.source, flags: p.pattern.flags }));
  try {
    return { ok: true, value: createClassifier({ terms, patterns, ...foundPhoneExtensions(policy) }), diagnostics: [] };
  } catch (whole) {
    const refuses = (ext: Parameters<typeof createClassifier>[0]): boolean => {
      try {
        createClassifier(ext);
        return false;
      } catch {
        return true;
      }
    };
    const diagnostics: Diagnostic[] = [];
    for (const decl of policy.terms) {
      for (const t of decl.terms) {
        if (!refuses({ terms: [{ label: decl.name.name, terms: [t.value] }] })) continue;
        diagnostics.push(
          diagnostic(
            'check/invalid-term',
            `The classifier cannot match the term ${JSON.stringify(t.value)} (a term that mixes Latin letters with another script, for one)`,
            t.span,
            'write each term in one script, as it appears in messages: split "HIV клиника" into "HIV clinic" and "клиника"',
          ),
        );
      }
    }
    for (const p of policy.patterns) {
      if (refuses({ patterns: [{ label: p.name.name, source: p.pattern.source, flags: p.pattern.flags }] })) {
        diagnostics.push(diagnostic('parse/invalid-regex', `The classifier cannot use the pattern \`${p.name.name}\``, p.pattern.span, 'check the pattern with `phigate check`; simplify it if it is valid JavaScript'));
      }
    }
    if (diagnostics.length === 0) throw whole; // not a term or pattern of the policy: a fault, reported as one
    return { ok: false, diagnostics };
  }
}

/** Digest over file names (without directories) and contents, in name order. */
function digestOf(files: readonly SourceFile[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => baseName(a.file).localeCompare(baseName(b.file)))) {
    h.update(`${baseName(f.file)}\0${Buffer.byteLength(f.text)}\0`);
    h.update(f.text);
  }
  return `sha256:${h.digest('hex')}`;
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

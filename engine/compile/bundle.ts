// Loading a bundle: read the .policy files and vendors.json, parse, check, compile. A bundle with
// any error is rejected whole; nothing half-loaded is ever used.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePolicy } from '../../grammar/index.ts';
import type * as A from '../../grammar/ast.ts';
import { diagnostic, fileSpan, type Diagnostic, type Result } from '../../grammar/diagnostics.ts';
import { checkBundle, type CheckedPolicy, type Settings } from '../check/index.ts';
import { createClassifier, type Classifier } from '../classify/index.ts';
import { compileRules, defaultOutcomeOf, type CompiledRules, type Outcome } from './compiler.ts';

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
  try {
    const policies = await Promise.all(names.filter((n) => n.endsWith('.policy')).map(read));
    const vendors = names.includes(VENDORS_FILE) ? await read(VENDORS_FILE) : undefined;
    return compileBundle(policies, vendors);
  } catch (e) {
    return { ok: false, diagnostics: [diagnostic('load/io', `Cannot read the bundle ${dir}: ${(e as Error).message}`, fileSpan(dir))] };
  }
}

/** Compile a bundle given as texts (the playground and tests use this directly). */
export function compileBundle(policies: readonly SourceFile[], vendorsFile?: SourceFile): Result<CompiledPolicy> {
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
  if (!checked.ok || !vendors.ok) return { ok: false, diagnostics };
  const sources = new Map(policies.map((p) => [p.file, p.text]));
  const policy = checked.value;
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
      classifier: createClassifier({
        terms: policy.terms.map((t) => ({ label: t.name.name, terms: t.terms.map((s) => s.value) })),
        patterns: policy.patterns.map((p) => ({ label: p.name.name, source: p.pattern.source, flags: p.pattern.flags })),
      }),
      tierOf: policy.tierOf,
      scopeOf: policy.scopeOf,
      checked: policy,
      sources,
      diagnostics,
    },
  };
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

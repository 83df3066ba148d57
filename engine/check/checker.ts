// The checker: turns the parsed files of a bundle into one checked policy, or diagnostics. This file
// is the order of the work, declaration by declaration; the parts are beside it: names and lists
// (names.ts), condition types (typing.ts), rules (rules.ts), settings (settings.ts), the bundle's tests
// (policy-tests.ts), templates (templates.ts), rules that can never apply (satisfiability.ts), rules
// that deny when a fact is missing (optional-facts.ts), and the wording of hints (wording.ts).
import type * as A from '../../grammar/ast.ts';
import { fileSpan, hasErrors, type Diagnostic, type DiagnosticCode, type Span } from '../../grammar/diagnostics.ts';
import { BUILTIN_LABELS, type DayWindow, type ValueType } from '../contract/index.ts';
import { normalize } from '../classify/index.ts';
import { Names, NO_TIER } from './names.ts';
import { failClosedTraps } from './optional-facts.ts';
import { checkTests } from './policy-tests.ts';
import type { ListInfo, Resolution } from './resolution.ts';
import { checkRule, type CheckedRule } from './rules.ts';
import { checkSettings, deferZoneWarnings, noSettings, type Settings } from './settings.ts';
import { checkPracticeName, checkTemplate, checkVetted, templateReader } from './templates.ts';
import { Typer, unsafePattern } from './typing.ts';
import { Report } from './wording.ts';

export interface CheckedPolicy {
  name: string;
  version: string;
  defaultEffect: 'allow' | 'deny';
  defaultReason: string;
  settings: Settings;
  lists: ReadonlyMap<string, ListInfo>;
  tierOf: ReadonlyMap<string, string>; // category -> tier
  scopeOf: ReadonlyMap<string, string>; // category -> consent scope it needs
  labels: readonly string[];
  terms: readonly A.TermsDecl[];
  patterns: readonly A.PatternDecl[];
  /** Words and phrases the officer vetted for the found-phone test. */
  vetted: readonly A.VettedDecl[];
  /** Approved templates (their fixed text and placeholders checked). */
  templates: readonly A.TemplateDecl[];
  rules: readonly CheckedRule[];
  fixtures: ReadonlyMap<string, A.FixtureDecl>;
  tests: readonly A.TestDecl[];
  resolutions: ReadonlyMap<A.PathRef, Resolution>;
  types: ReadonlyMap<A.Operand, ValueType>;
  /** The quiet hours (`quiet_hours`, by default 21:00 to 08:00), in minutes after local midnight. */
  quietHours: DayWindow;
  /** Where each setting is given, for diagnostics about its value. */
  settingSpans: ReadonlyMap<string, Span>;
}

const DEFAULT_REASON = 'No rule allows this send';

/** Check the parsed files of one bundle (in bundle order: files sorted by name). */
export function checkBundle(files: readonly A.PolicyFile[]): { ok: true; value: CheckedPolicy; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] } {
  const report = new Report();
  const policy = check(files, report);
  const { diagnostics } = report;
  return hasErrors(diagnostics) || policy === undefined ? { ok: false, diagnostics } : { ok: true, value: policy, diagnostics };
}

function check(files: readonly A.PolicyFile[], report: Report): CheckedPolicy | undefined {
  const decls = files.flatMap((f) => f.declarations);
  if (decls.length === 0 || !decls.some((d) => d.kind === 'rule')) {
    report.error('check/empty-bundle', 'The bundle has no rules: every send would get the default decision', files[0] ? fileSpan(files[0].file) : fileSpan('(bundle)'), 'add a `rule name { when ... allow|downgrade|deny because "..." }` to a .policy file');
    return undefined;
  }
  const header = single(report, decls.filter((d): d is A.PolicyHeader => d.kind === 'policy'), 'policy', ['check/missing-header', 'check/duplicate-header'], files, 'add `policy "name" version "1"` at the top of one file');
  const dflt = single(report, decls.filter((d): d is A.DefaultDecl => d.kind === 'default'), 'default', ['check/missing-default', 'check/duplicate-default'], files, 'add `default deny "No rule allows this send"`');
  if (dflt?.effect === 'allow') report.warn('check/default-allow', 'The default is allow: any send no rule mentions would go out', dflt.span, 'write `default deny` so that only what a rule allows is sent');
  // Labels and tier names are declared anywhere in the bundle; lists are checked in order.
  const names = new Names(report, decls);
  const typer = new Typer(report, names);
  const found = noSettings();
  const rules: CheckedRule[] = [];
  const fixtures = new Map<string, A.FixtureDecl>();
  let order = 0; // declaration counter across the bundle
  // Words the officer vets on their own, in any list: a vetted name holding one of them says nothing new.
  const vettedAlone = new Set(decls.flatMap((d) => (d.kind === 'vetted' ? d.words.map((w) => w.value.toLowerCase()) : [])));
  for (const d of decls) {
    order++;
    switch (d.kind) {
      case 'settings':
        report.add(checkSettings(d, found));
        break;
      case 'list':
        names.declareList(d);
        break;
      case 'terms':
        for (const t of d.terms) if (!/[a-z0-9]/.test(normalize(t.value).text)) report.error('check/invalid-term', `The term ${JSON.stringify(t.value)} has no letters or digits the classifier can match`, t.span, 'write the word as it appears in messages, for example "HIV clinic"');
        names.declare(d.name, BUILTIN_LABELS.includes(d.name.name as never) ? 'a built-in label' : undefined);
        break;
      case 'pattern':
        report.add(unsafePattern(d.pattern));
        names.declare(d.name, BUILTIN_LABELS.includes(d.name.name as never) ? 'a built-in label' : undefined);
        break;
      case 'vetted':
        report.add(checkVetted(d, vettedAlone));
        names.declare(d.name);
        break;
      case 'template':
        names.declare(d.name);
        break;
      case 'rule': {
        const rule = checkRule(d, order, { report, names, typer });
        if (rule) rules.push(rule);
        break;
      }
      case 'fixture':
        names.declare(d.name);
        fixtures.set(d.name.name, d);
        break;
      default:
        break;
    }
  }
  const { settings } = found;
  const vetted = decls.filter((d): d is A.VettedDecl => d.kind === 'vetted');
  const templates = decls.filter((d): d is A.TemplateDecl => d.kind === 'template');
  let reader: ReturnType<typeof templateReader> | undefined;
  const read = (): ReturnType<typeof templateReader> => (reader ??= templateReader(vetted, settings.practice));
  for (const t of templates) report.add(checkTemplate(t, read));
  const practiceSpan = found.spans.get('practice');
  if (settings.practice !== undefined && practiceSpan !== undefined) report.add(checkPracticeName(settings.practice, practiceSpan, read()));
  const tests = decls.filter((d): d is A.TestDecl => d.kind === 'test');
  checkTests(report, names, tests, fixtures, new Set(rules.map((r) => r.name.name)));
  if (!hasErrors(report.diagnostics)) {
    report.add(failClosedTraps({ rules, resolutions: typer.resolutions, tierOf: names.tierOf, scopeOf: names.scopeOf, settings: settings as Record<string, string | undefined>, noTier: NO_TIER }));
    report.add(deferZoneWarnings(rules, settings));
  }
  if (!header || !dflt) return undefined;
  return {
    name: header.name,
    version: header.version,
    defaultEffect: dflt.effect,
    defaultReason: dflt.reason ?? DEFAULT_REASON,
    settings,
    lists: names.lists,
    tierOf: names.tierOf,
    scopeOf: names.scopeOf,
    labels: [...names.labels],
    terms: decls.filter((d): d is A.TermsDecl => d.kind === 'terms'),
    patterns: decls.filter((d): d is A.PatternDecl => d.kind === 'pattern'),
    vetted,
    templates,
    rules,
    fixtures,
    tests,
    resolutions: typer.resolutions,
    types: typer.types,
    quietHours: found.quietHours,
    settingSpans: found.spans,
  };
}

/** Exactly one header and one default per bundle. */
function single<T extends A.PolicyHeader | A.DefaultDecl>(
  report: Report,
  found: T[],
  kind: T['kind'],
  codes: [DiagnosticCode, DiagnosticCode],
  files: readonly A.PolicyFile[],
  hint: string,
): T | undefined {
  if (found.length === 0) report.error(codes[0], `The bundle has no \`${kind}\` line`, fileSpan(files[0]!.file), hint);
  const first = found[0];
  for (const extra of found.slice(1)) report.error(codes[1], `A second \`${kind}\` line; a bundle has exactly one`, extra.span, `the first is at ${first!.span.file}:${first!.span.line}`);
  return first;
}

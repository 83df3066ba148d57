// The checker: turns the parsed files of a bundle into one checked policy, or diagnostics. It
// resolves every name (fact, list, value), types every condition, and reports what a compliance
// officer would want to hear before a policy ships: unknown names, type mistakes, duplicates,
// rules without effect or reason, lists used before their definition, unreachable rules.
import type * as A from '../../grammar/ast.ts';
import { formatExpr } from '../../grammar/formatter.ts';
import { closest, diagnostic, didYouMean, fileSpan, type Diagnostic, type DiagnosticCode, type Span } from '../../grammar/diagnostics.ts';
import { BUILTIN_LABELS, CATEGORIES, CHANNELS, CONSENT_STATUSES, DEFAULT_QUIET_HOURS, DOMAIN_NAMES, FACT_PATHS, FACTS, isTimeZone, parseTimeOfDay, SCOPES, SECURE_CHANNELS, SENDER_KINDS, typeName, WEEKDAYS, type DayWindow, type Domain, type FactInfo, type ValueType } from '../contract/index.ts';
import { compilePolicyPattern } from '../contract/index.ts'; // what the linear-time pattern engine can run (contract/pattern.ts)
import { normalize } from '../classify/index.ts';
import { failClosedTraps } from './optional-facts.ts';
import { isContradiction } from './satisfiability.ts';
import type { ListInfo, Resolution } from './resolution.ts';
import { checkTemplate, checkVetted, templateReader } from './templates.ts';


export type CheckedRule = A.RuleDecl & { effect: A.Effect; because: A.StringLiteral; order: number };

export interface Settings {
  practice?: string;
  portal_vendor?: string;
  time_zone?: string;
  quiet_hours?: string;
  redaction_replacement?: string;
}

export const SETTINGS: Record<keyof Settings, string> = {
  practice: 'The practice name shown in alerts, as {practice}',
  portal_vendor: 'The vendor id of the patient portal, used when a downgrade routes content to the portal',
  time_zone: 'The practice\'s time zone (an IANA name such as "America/New_York"): the patient\'s clock when a request has no `patient.timeZone`',
  quiet_hours: 'When texts and emails must wait, on the patient\'s clock, such as "21:00-08:00" (the default): `local.quietHours`, `defer until quiet_hours_end`',
  redaction_replacement: 'Words a redaction puts where it removed the name of a place or service, such as "our office" (without it, the phrase is removed)',
};

/** The times of day a `defer until` may name. */
export const DEFER_TIMES: Record<string, string> = {
  quiet_hours_end: 'the end of the quiet hours (the `quiet_hours` setting; 08:00 by default)',
};

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

const LIST_ELEMENT: Record<A.ListKind, Domain> = {
  tier: 'category',
  scope: 'category',
  channels: 'channel',
  categories: 'category',
  scopes: 'scope',
  labels: 'label',
  fields: 'field',
};

const FACT_ROOTS = new Set(FACT_PATHS.map((p) => p.split('.')[0]!));
const GIVEN_ROOTS = ['message', 'channel', 'sender', 'patient', 'at'];
const DEFAULT_REASON = 'No rule allows this send';
/** Reasons the engine gives itself: the default decision, and a downgrade with no allowed form. */
const ENGINE_REASONS = ['default', 'no-safe-form'];
/** `message.tier` of a category that no `tier` list holds. */
export const NO_TIER = 'none';

const BOOL: ValueType = { t: 'bool' };
const STRING: ValueType = { t: 'string' };
const NUMBER: ValueType = { t: 'number' };
const DATE: ValueType = { t: 'date' };

/** Check the parsed files of one bundle (in bundle order: files sorted by name). */
export function checkBundle(files: readonly A.PolicyFile[]): { ok: true; value: CheckedPolicy; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] } {
  const c = new Checker();
  const policy = c.run(files);
  const errors = c.diagnostics.some((d) => d.severity === 'error');
  return errors || policy === undefined ? { ok: false, diagnostics: c.diagnostics } : { ok: true, value: policy, diagnostics: c.diagnostics };
}

class Checker {
  readonly diagnostics: Diagnostic[] = [];
  private readonly lists = new Map<string, ListInfo>();
  private readonly names = new Map<string, Span>(); // every declared name, for duplicates
  private readonly labels = new Set<string>(BUILTIN_LABELS);
  private readonly tierNames = new Set<string>();
  private readonly resolutions = new Map<A.PathRef, Resolution>();
  private readonly types = new Map<A.Operand, ValueType>();
  /** Every list declaration in the bundle, so "used before declared" can be told from "unknown". */
  private readonly pendingLists = new Map<string, A.ListDecl>();
  private readonly tierOf = new Map<string, string>(); // category -> tier, as declared so far
  private order = 0; // declaration counter across the bundle
  private currentOrder = 0;
  private readonly settingSpans = new Map<string, Span>();
  private quietHours: DayWindow = DEFAULT_QUIET_HOURS;

  private error(code: DiagnosticCode, message: string, span: Span, hint?: string): void {
    this.diagnostics.push(diagnostic(code, message, span, hint));
  }

  private warn(code: DiagnosticCode, message: string, span: Span, hint?: string): void {
    this.diagnostics.push(diagnostic(code, message, span, hint, 'warning'));
  }

  run(files: readonly A.PolicyFile[]): CheckedPolicy | undefined {
    const decls = files.flatMap((f) => f.declarations);
    for (const d of decls) if (d.kind === 'list' && d.listKind !== 'scope') this.pendingLists.set(d.name.name, d);
    if (decls.length === 0 || !decls.some((d) => d.kind === 'rule')) {
      this.error('check/empty-bundle', 'The bundle has no rules: every send would get the default decision', files[0] ? fileSpan(files[0].file) : fileSpan('(bundle)'), 'add a `rule name { when ... allow|downgrade|deny because "..." }` to a .policy file');
      return undefined;
    }
    const headers = decls.filter((d): d is A.PolicyHeader => d.kind === 'policy');
    const defaults = decls.filter((d): d is A.DefaultDecl => d.kind === 'default');
    const header = this.single(headers, 'policy', ['check/missing-header', 'check/duplicate-header'], files, 'add `policy "name" version "1"` at the top of one file');
    const dflt = this.single(defaults, 'default', ['check/missing-default', 'check/duplicate-default'], files, 'add `default deny "No rule allows this send"`');
    if (dflt?.effect === 'allow') this.warn('check/default-allow', 'The default is allow: any send no rule mentions would go out', dflt.span, 'write `default deny` so that only what a rule allows is sent');
    // Labels and tier names are declared anywhere in the bundle; lists are checked in order.
    for (const d of decls) if (d.kind === 'terms' || d.kind === 'pattern') this.labels.add(d.name.name);
    for (const d of decls) if (d.kind === 'list' && d.listKind === 'tier') this.tierNames.add(d.name.name);
    const settings: Settings = {};
    const rules: CheckedRule[] = [];
    const fixtures = new Map<string, A.FixtureDecl>();
    const tierOf = this.tierOf;
    const scopeOf = new Map<string, string>();
    for (const d of decls) {
      this.currentOrder = ++this.order;
      switch (d.kind) {
        case 'settings':
          this.checkSettings(d, settings);
          break;
        case 'list':
          this.declareList(d, tierOf, scopeOf);
          break;
        case 'terms':
          for (const t of d.terms) if (!/[a-z0-9]/.test(normalize(t.value).text)) this.error('check/invalid-term', `The term ${JSON.stringify(t.value)} has no letters or digits the classifier can match`, t.span, 'write the word as it appears in messages, for example "HIV clinic"');
          this.declareName(d.name, BUILTIN_LABELS.includes(d.name.name as never) ? 'a built-in label' : undefined);
          break;
        case 'pattern':
          this.checkPattern(d.pattern);
          this.declareName(d.name, BUILTIN_LABELS.includes(d.name.name as never) ? 'a built-in label' : undefined);
          break;
        case 'vetted':
          this.diagnostics.push(...checkVetted(d));
          this.declareName(d.name);
          break;
        case 'template':
          this.declareName(d.name);
          break;
        case 'rule': {
          const rule = this.checkRule(d);
          if (rule) rules.push(rule);
          break;
        }
        case 'fixture':
          this.declareName(d.name);
          fixtures.set(d.name.name, d);
          break;
        default:
          break;
      }
    }
    const vetted = decls.filter((d): d is A.VettedDecl => d.kind === 'vetted');
    const templates = decls.filter((d): d is A.TemplateDecl => d.kind === 'template');
    if (templates.length > 0) {
      let reader: ReturnType<typeof templateReader> | undefined;
      for (const t of templates) this.diagnostics.push(...checkTemplate(t, () => (reader ??= templateReader(vetted, settings.practice))));
    }
    const tests = decls.filter((d): d is A.TestDecl => d.kind === 'test');
    this.checkTests(tests, fixtures, new Set(rules.map((r) => r.name.name)));
    if (!this.diagnostics.some((d) => d.severity === 'error')) {
      this.diagnostics.push(...failClosedTraps({ rules, resolutions: this.resolutions, tierOf, scopeOf, settings: settings as Record<string, string | undefined>, noTier: NO_TIER }));
      this.checkDeferZone(rules, settings);
    }
    if (!header || !dflt) return undefined;
    return {
      name: header.name,
      version: header.version,
      defaultEffect: dflt.effect,
      defaultReason: dflt.reason ?? DEFAULT_REASON,
      settings,
      lists: this.lists,
      tierOf,
      scopeOf,
      labels: [...this.labels],
      terms: decls.filter((d): d is A.TermsDecl => d.kind === 'terms'),
      patterns: decls.filter((d): d is A.PatternDecl => d.kind === 'pattern'),
      vetted,
      templates,
      rules,
      fixtures,
      tests,
      resolutions: this.resolutions,
      types: this.types,
      quietHours: this.quietHours,
      settingSpans: this.settingSpans,
    };
  }

  /** A deferral needs the patient's clock: without a `time_zone` setting, a request without `patient.timeZone` has none. */
  private checkDeferZone(rules: readonly CheckedRule[], settings: Settings): void {
    if (settings.time_zone !== undefined) return;
    for (const r of rules) {
      const defer = r.effect.effect === 'downgrade' ? r.effect.strategies.find((s) => s.strategy === 'defer') : undefined;
      if (defer === undefined) continue;
      this.warn('check/optional-fact', `Rule \`${r.name.name}\` defers sends to a time on the patient's clock, but the bundle has no \`time_zone\` setting: a request without \`patient.timeZone\` cannot be deferred, and its send is denied`, defer.span, 'set the practice\'s time zone in the settings, for example `time_zone = "America/New_York"`');
    }
  }

  /** Exactly one header and one default per bundle. */
  private single<T extends A.PolicyHeader | A.DefaultDecl>(
    found: T[],
    kind: T['kind'],
    codes: [DiagnosticCode, DiagnosticCode],
    files: readonly A.PolicyFile[],
    hint: string,
  ): T | undefined {
    if (found.length === 0) this.error(codes[0], `The bundle has no \`${kind}\` line`, fileSpan(files[0]!.file), hint);
    const first = found[0];
    for (const extra of found.slice(1)) this.error(codes[1], `A second \`${kind}\` line; a bundle has exactly one`, extra.span, `the first is at ${first!.span.file}:${first!.span.line}`);
    return first;
  }

  private declareName(name: A.Name, clash?: string): void {
    const previous = this.names.get(name.name);
    if (previous) this.error('check/duplicate-name', `\`${name.name}\` is already declared`, name.span, `the first declaration is at ${previous.file}:${previous.line}; rename one of them`);
    else if (clash) this.error('check/duplicate-name', `\`${name.name}\` is ${clash}`, name.span, 'choose another name');
    else this.names.set(name.name, name.span);
  }

  private checkSettings(d: A.SettingsDecl, settings: Settings): void {
    for (const e of d.entries) {
      const key = e.key.name;
      const previous = this.settingSpans.get(key);
      if (!(key in SETTINGS)) {
        this.error('check/unknown-setting', `Unknown setting \`${key}\``, e.key.span, didYouMean(key, Object.keys(SETTINGS)) ?? `known settings: ${Object.keys(SETTINGS).join(', ')}`);
      } else if (previous !== undefined) {
        this.error('check/duplicate-name', `The setting \`${key}\` is already given`, e.key.span, `the first is at ${previous.file}:${previous.line}; keep one of them`);
      } else if (e.value.type !== 'string') {
        this.error('check/type-mismatch', `The setting \`${key}\` takes a text in quotes`, e.value.span, key === 'quiet_hours' ? 'for example `quiet_hours = "21:00-08:00"`' : undefined);
      } else if (this.validSetting(key, e.value)) {
        settings[key as keyof Settings] = e.value.value;
        this.settingSpans.set(key, e.span);
      }
    }
  }

  /** Settings whose text must mean something: a time zone, a window of the day. */
  private validSetting(key: string, value: A.StringLiteral): boolean {
    if (key === 'time_zone' && !isTimeZone(value.value)) {
      // A time zone name is short: a long text gets no "did you mean" (it would be compared with every zone).
      const zones = value.value.length > 64 ? [] : ((Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? []);
      const shown = value.value.length > 64 ? `${value.value.slice(0, 64)}…` : value.value;
      this.error('check/invalid-setting', `"${shown}" is not a time zone phigate knows`, value.span, didYouMean(value.value, zones) ?? 'write an IANA time zone name, such as "America/New_York", "America/Chicago" or "America/Los_Angeles"');
      return false;
    }
    if (key === 'quiet_hours') {
      const window = parseWindow(value.value);
      if (window === undefined) {
        this.error('check/invalid-setting', `"${value.value.length > 64 ? `${value.value.slice(0, 64)}…` : value.value}" is not a window of the day`, value.span, 'write the start and end on the patient\'s clock, 24-hour, such as "21:00-08:00" (from 9 in the evening to 8 in the morning)');
        return false;
      }
      this.quietHours = window;
    }
    return true;
  }

  private declareList(d: A.ListDecl, tierOf: Map<string, string>, scopeOf: Map<string, string>): void {
    const domain = LIST_ELEMENT[d.listKind];
    if (d.listKind === 'tier' && d.name.name === NO_TIER) {
      this.error('check/duplicate-name', `\`${NO_TIER}\` is the tier of categories in no tier; choose another name`, d.name.span);
    } else if (d.listKind === 'scope' && !SCOPES.includes(d.name.name as never)) {
      this.error('check/unknown-value', `\`${d.name.name}\` is not a consent scope`, d.name.span, didYouMean(d.name.name, SCOPES) ?? `scopes are: ${SCOPES.join(', ')}`);
    } else if (d.listKind !== 'scope') this.declareName(d.name);
    const values = d.items.filter((i) => this.checkValue(i.name, domain, i.span)).map((i) => i.name);
    if (d.listKind === 'tier' || d.listKind === 'scope') {
      const map = d.listKind === 'tier' ? tierOf : scopeOf;
      for (const v of values) {
        const previous = map.get(v);
        if (previous !== undefined && previous !== d.name.name) {
          const item = d.items.find((i) => i.name === v)!;
          this.error('check/duplicate-name', `\`${v}\` is already in ${d.listKind} \`${previous}\`; a category belongs to one ${d.listKind}`, item.span);
        } else map.set(v, d.name.name);
      }
    }
    if (d.listKind === 'scope') return; // scope mappings are not referable lists: the scope name is a value
    this.lists.set(d.name.name, { name: d.name.name, kind: d.listKind, type: { t: 'list', of: { t: 'enum', domain } }, values, decl: d });
  }

  /** Is `value` a member of `domain`? Reports unknown values with a "did you mean". */
  private checkValue(value: string, domain: Domain, span: Span): boolean {
    const known = this.domainValues(domain);
    if (known === undefined || known.includes(value)) return true;
    this.error('check/unknown-value', `\`${value}\` is not a known ${DOMAIN_NAMES[domain]}`, span, didYouMean(value, known) ?? this.unknownValueHint(value, domain, known));
    return false;
  }

  /** When no value is close: for labels, a list of labels that is (`heightend`), or what labels are; else the values. */
  private unknownValueHint(value: string, domain: Domain, known: readonly string[]): string {
    if (domain !== 'label') return `known ${DOMAIN_NAMES[domain]}s: ${known.join(', ')}`;
    const lists = [...this.lists.values()].filter((l) => l.kind === 'labels').map((l) => l.name);
    const list = closest(value, lists);
    if (list !== undefined) return `did you mean the list \`${list}\`? (write \`contains any ${list}\` to test for any of its labels)`;
    const own = known.filter((l) => !(BUILTIN_LABELS as readonly string[]).includes(l));
    return `a finding label is one the classifier knows (such as \`HIV\`, \`SSP\`, \`lab_value\`, \`ssn\`; see docs/language.md)${own.length > 0 ? ` or one of the bundle's \`terms\` and \`pattern\` names (${own.map((l) => `\`${l}\``).join(', ')})` : ''}; to look for words of your own, declare \`terms ${value} = ["..."]\``;
  }

  private domainValues(domain: Domain): readonly string[] | undefined {
    switch (domain) {
      case 'channel':
        return CHANNELS;
      case 'category':
        return CATEGORIES;
      case 'scope':
        return SCOPES;
      case 'senderKind':
        return SENDER_KINDS;
      case 'consentStatus':
        return CONSENT_STATUSES;
      case 'tier':
        return [...this.tierNames, NO_TIER];
      case 'label':
        return [...this.labels];
      case 'field':
        return undefined; // template fields are the app's own names
      case 'weekday':
        return WEEKDAYS;
    }
  }

  // ---- rules ----

  private checkRule(r: A.RuleDecl): CheckedRule | undefined {
    this.declareName(r.name);
    for (const dup of r.duplicates ?? []) this.error('check/duplicate-clause', `Rule \`${r.name.name}\` has this clause twice`, dup.span, 'keep one of them');
    if (r.effect === undefined) this.error('check/missing-effect', `Rule \`${r.name.name}\` says when it applies but not what to do`, r.name.span, 'add `allow`, `deny`, or `downgrade route portal alert "..."`');
    if (r.because === undefined) this.error('check/missing-reason', `Rule \`${r.name.name}\` has no reason`, r.name.span, 'add `because "..."`: the reason is shown to staff and auditors');
    const before = this.diagnostics.length;
    if (r.when) this.checkCondition(r.when);
    if (r.effect?.effect === 'downgrade') this.checkStrategies(r.effect);
    if (r.when && this.diagnostics.length === before && isContradiction(r.when, this.resolutions, this.lists, (t) => this.categoriesOfTier(t))) {
      this.error('check/unreachable-rule', `Rule \`${r.name.name}\` can never apply: its condition contradicts itself`, r.when.span, 'look for a fact compared with two different values joined by `and`');
    }
    if (r.effect === undefined || r.because === undefined) return undefined;
    return { ...r, effect: r.effect, because: r.because, order: this.currentOrder };
  }

  private categoriesOfTier(tier: string): string[] {
    return CATEGORIES.filter((c) => (this.tierOf.get(c) ?? NO_TIER) === tier);
  }

  private checkStrategies(e: A.DowngradeEffect): void {
    for (const s of e.strategies) {
      if (s.strategy === 'route') {
        if (this.checkValue(s.channel.name, 'channel', s.channel.span) && !(SECURE_CHANNELS as readonly string[]).includes(s.channel.name)) {
          this.error('check/invalid-route', `A downgrade can route content only to a secure channel, not \`${s.channel.name}\``, s.channel.span, `route to ${oneOf(SECURE_CHANNELS)}`);
        }
        if (s.alert) this.checkPlaceholders(s.alert);
      } else if (s.strategy === 'defer') {
        this.checkDeferTime(s.until);
      } else this.checkListRef(s.labels, 'label');
    }
    const defers = e.strategies.filter((s) => s.strategy === 'defer');
    for (const extra of defers.slice(1)) this.error('check/invalid-defer', 'A downgrade defers to one time only', extra.span, 'keep one `defer until ...`');
  }

  /** `defer until quiet_hours_end` or `defer until "08:30"`. */
  private checkDeferTime(until: A.Name | A.StringLiteral): void {
    if ('name' in until) {
      if (!(until.name in DEFER_TIMES)) this.error('check/invalid-defer', `\`${until.name}\` is not a time phigate knows`, until.span, `${didYouMean(until.name, Object.keys(DEFER_TIMES)) ?? 'write `defer until quiet_hours_end`'}, or a time of day in quotes such as \`defer until "08:30"\``);
    } else if (parseTimeOfDay(until.value) === undefined) {
      this.error('check/invalid-defer', `"${until.value.length > 64 ? `${until.value.slice(0, 64)}…` : until.value}" is not a time of day`, until.span, 'write the time on the patient\'s clock, 24-hour, such as `defer until "08:30"`');
    }
  }

  private checkPlaceholders(text: A.StringLiteral): void {
    for (const m of text.value.matchAll(/\{([^}]*)\}/g)) {
      if (!(m[1]! in SETTINGS)) this.error('check/unknown-setting', `The alert uses \`{${m[1]}}\`, which is not a setting`, text.span, didYouMean(m[1]!, Object.keys(SETTINGS)) ?? `placeholders: ${Object.keys(SETTINGS).map((k) => `{${k}}`).join(', ')}`);
    }
  }

  /** A list reference in `redact`: a labels list, one label, or an inline list of labels. */
  private checkListRef(ref: A.ListRef, domain: Domain): void {
    if (ref.type === 'list') {
      this.typeOf(ref, { t: 'list', of: { t: 'enum', domain } });
      return;
    }
    const list = this.lookupList(ref);
    if (list) {
      if (list.type.t === 'list' && list.type.of.t === 'enum' && list.type.of.domain === domain) this.resolutions.set(ref, { kind: 'list', list });
      else this.error('check/type-mismatch', `\`${list.name}\` is a list of ${typeName((list.type as { of: ValueType }).of)}s, not of ${DOMAIN_NAMES[domain]}s`, ref.span);
    } else if (ref.segments.length === 1 && this.checkValue(ref.segments[0]!, domain, ref.span)) {
      this.resolutions.set(ref, { kind: 'value', value: ref.segments[0]! });
    }
  }

  private checkCondition(e: A.Expr): void {
    const t = this.exprType(e);
    if (t && t.t !== 'bool') this.error('check/not-boolean', `\`${formatExpr(e)}\` is a ${typeName(t)}, not a condition`, e.span, 'compare it, for example `channel == sms` or `channel in unsecured`');
  }

  /** Types an expression; undefined when an error was already reported. */
  private exprType(e: A.Expr): ValueType | undefined {
    switch (e.type) {
      case 'and':
      case 'or':
        this.checkCondition(e.left);
        this.checkCondition(e.right);
        return BOOL;
      case 'not':
        this.checkCondition(e.operand);
        return BOOL;
      case 'compare':
        return this.checkCompare(e);
      case 'in':
        return this.checkIn(e);
      case 'contains':
        return this.checkContains(e);
      case 'matches':
        return this.checkMatches(e);
      case 'presence':
        return this.checkPresence(e.path);
      default:
        return this.typeOf(e);
    }
  }

  private checkCompare(e: Extract<A.Comparison, { type: 'compare' }>): ValueType | undefined {
    const [l, r] = this.pair(e.left, e.right);
    if (!l || !r) return undefined;
    if (e.op !== '==' && e.op !== '!=') {
      if (!((l.t === 'number' && r.t === 'number') || (l.t === 'date' && r.t === 'date'))) {
        const hint = l.t === 'date' || r.t === 'date' ? 'write dates without quotes, for example `at < 2026-02-16`' : undefined;
        this.error('check/type-mismatch', `\`${e.op}\` compares numbers or dates, not a ${typeName(l)} with a ${typeName(r)}`, e.span, hint);
        return undefined;
      }
      return BOOL;
    }
    if (l.t === 'list' && sameType(l.of, r)) {
      this.error('check/type-mismatch', `Cannot compare a ${typeName(l)} with one ${typeName(r)}`, e.span, `to test whether the list holds it, write \`${formatExpr(e.left)} contains ${formatExpr(e.right)}\``);
      return undefined;
    }
    return this.compatible(l, r, e.span) ? BOOL : undefined;
  }

  private checkIn(e: Extract<A.Comparison, { type: 'in' }>): ValueType | undefined {
    const [l, r] = this.pair(e.left, e.right, 'list-of');
    if (!l || !r) return undefined;
    if (r.t !== 'list') {
      this.error('check/invalid-operator', `\`in\` needs a list on its right, and \`${formatExpr(e.right)}\` is a ${typeName(r)}`, e.right.span, l.t === 'list' ? 'to test a list, write `list contains value`' : 'use `==` to compare two values');
      return undefined;
    }
    return this.compatible(l, r.of, e.span) ? BOOL : undefined;
  }

  private checkContains(e: Extract<A.Comparison, { type: 'contains' }>): ValueType | undefined {
    if (!this.isBareValue(e.left)) {
      const lt = this.typeOf(e.left);
      if (lt === undefined) return undefined;
      if (lt.t !== 'list' && lt.t !== 'string') {
        this.error('check/invalid-operator', `\`contains\` needs a list or a text on its left, and \`${formatExpr(e.left)}\` is a ${typeName(lt)}`, e.left.span, 'use `==` to compare two values, or `in` to test membership');
        return undefined;
      }
    }
    const [l, r] = this.pair(e.left, e.right, e.quantifier === 'one' ? 'element-of' : 'same');
    if (!l || !r) return undefined;
    if (l.t === 'string' && e.quantifier === 'one') return this.compatible(l, r, e.span) ? BOOL : undefined;
    if (l.t !== 'list') {
      this.error('check/invalid-operator', `\`contains\` needs a list or a text on its left, and \`${formatExpr(e.left)}\` is a ${typeName(l)}`, e.left.span, 'use `==` to compare two values, or `in` to test membership');
      return undefined;
    }
    if (e.quantifier === 'one') {
      if (r.t === 'list') {
        this.error('check/invalid-operator', `\`contains\` takes one value; \`${formatExpr(e.right)}\` is a list`, e.right.span, 'write `contains any` or `contains all`');
        return undefined;
      }
      return this.compatible(l.of, r, e.span) ? BOOL : undefined;
    }
    if (r.t !== 'list') {
      this.error('check/invalid-operator', `\`contains ${e.quantifier}\` needs a list on its right`, e.right.span, 'write `contains` for one value');
      return undefined;
    }
    return this.compatible(l.of, r.of, e.span) ? BOOL : undefined;
  }

  private checkMatches(e: Extract<A.Comparison, { type: 'matches' }>): ValueType | undefined {
    const l = this.typeOf(e.left);
    if (!l) return undefined;
    if (l.t !== 'string') {
      this.error('check/invalid-operator', `\`matches\` tests a text, and \`${formatExpr(e.left)}\` is a ${typeName(l)}`, e.left.span);
      return undefined;
    }
    if ('source' in e.pattern) this.checkPattern(e.pattern);
    else {
      // A named pattern is a classifier label; the condition to write is about findings.
      this.error('check/invalid-operator', `\`matches\` takes a pattern like /.../i`, e.pattern.span, `to use the pattern \`${e.pattern.name}\`, write \`message.findings contains ${e.pattern.name}\``);
      return undefined;
    }
    return BOOL;
  }

  /** Patterns run on every message: one that can backtrack exponentially would stall the service. */
  private checkPattern(re: A.RegexLiteral): void {
    // Patterns run on a linear-time engine (contract/pattern.ts), so a nested repetition such as (a+)+ is
    // harmless; what the engine cannot run (a lookahead, a backreference) would need a backtracking one.
    const linear = compilePolicyPattern(re.source, re.flags);
    if (!linear.ok) this.error('check/unsafe-pattern', linear.message, re.span, linear.hint);
  }

  private checkPresence(path: A.PathRef): ValueType | undefined {
    const fact = this.lookupFact(path);
    if (fact) this.resolutions.set(path, { kind: 'fact', path: path.segments.join('.'), info: fact });
    else this.unknownFact(path);
    return fact ? BOOL : undefined;
  }

  /**
   * Types two operands, letting a bare value borrow its domain from the other side. `relation` says
   * what the right side is expected to be given the left: the same type (`==`), a list of it (`in`),
   * an element of it (`contains`), or the same list type (`contains any`).
   */
  private pair(left: A.Operand, right: A.Operand, relation: 'same' | 'list-of' | 'element-of' = 'same'): [ValueType | undefined, ValueType | undefined] {
    const towardRight = (t: ValueType): ValueType | undefined =>
      relation === 'same' ? t : relation === 'list-of' ? (t.t === 'list' ? undefined : { t: 'list', of: t }) : t.t === 'list' ? t.of : undefined;
    const towardLeft = (t: ValueType): ValueType | undefined =>
      relation === 'same' ? t : relation === 'list-of' ? (t.t === 'list' ? t.of : undefined) : { t: 'list', of: t };
    const lt = this.isBareValue(left) ? undefined : this.typeOf(left);
    const rt = this.typeOf(right, lt && towardRight(lt));
    if (lt !== undefined || !this.isBareValue(left)) return [lt, rt];
    return [this.typeOf(left, rt && towardLeft(rt)), rt];
  }

  /** A one-word name that is neither a fact nor a list: a value like `sms` whose type comes from context. */
  private isBareValue(o: A.Operand): boolean {
    return o.type === 'path' && o.segments.length === 1 && !FACTS[o.segments[0]!] && !this.lists.has(o.segments[0]!);
  }

  private compatible(a: ValueType, b: ValueType, span: Span): boolean {
    if (sameType(a, b)) return true;
    const date = a.t === 'date' || b.t === 'date';
    const hint = date ? 'write dates without quotes, for example `2026-02-16`' : undefined;
    this.error('check/type-mismatch', `Cannot compare a ${typeName(a)} with a ${typeName(b)}`, span, hint);
    return false;
  }

  /** The type of an operand; `expected` lets bare names and quoted texts be values of a domain. */
  private typeOf(o: A.Operand, expected?: ValueType): ValueType | undefined {
    const t = this.operandType(o, expected);
    if (t) this.types.set(o, t);
    return t;
  }

  private operandType(o: A.Operand, expected?: ValueType): ValueType | undefined {
    switch (o.type) {
      case 'string':
        if (expected?.t === 'enum') return this.checkValue(o.value, expected.domain, o.span) ? expected : undefined;
        return STRING;
      case 'number':
        return NUMBER;
      case 'boolean':
        return BOOL;
      case 'date':
        return DATE;
      case 'list': {
        const of = expected?.t === 'list' ? expected.of : undefined;
        const items = o.items.map((i) => this.typeOf(i, of));
        if (items.some((t) => t === undefined)) return undefined;
        const first = items[0] ?? of ?? STRING;
        const odd = o.items.find((_, i) => !sameType(items[i]!, first));
        if (odd) {
          this.error('check/type-mismatch', `A list mixes kinds of values: \`${formatExpr(odd)}\` is a ${typeName(this.types.get(odd)!)}`, odd.span);
          return undefined;
        }
        return { t: 'list', of: first };
      }
      case 'path':
        return this.pathType(o, expected);
    }
  }

  private pathType(p: A.PathRef, expected?: ValueType): ValueType | undefined {
    const fact = this.lookupFact(p);
    if (fact) {
      this.resolutions.set(p, { kind: 'fact', path: p.segments.join('.'), info: fact });
      if (fact.type.t === 'object') {
        this.error('check/invalid-operator', `\`${p.segments.join('.')}\` is a record; test it with \`is present\` or \`is missing\`, or use one of its fields`, p.span, didYouMean(`${p.segments.join('.')}.`, FACT_PATHS.filter((f) => f.startsWith(`${p.segments[0]}.`))));
        return undefined;
      }
      return fact.type;
    }
    const name = p.segments[0]!;
    // A tier's name is both a list of categories and a value of `message.tier`: the context decides.
    const element = expected?.t === 'list' ? expected.of : expected;
    if (p.segments.length === 1 && element?.t === 'enum' && this.domainValues(element.domain)?.includes(name) && !(expected?.t === 'list' && this.lists.has(name))) {
      this.resolutions.set(p, { kind: 'value', value: name });
      return element;
    }
    const list = this.lookupList(p);
    if (list) {
      this.resolutions.set(p, { kind: 'list', list });
      return list.type;
    }
    if (p.segments.length > 1 || FACT_ROOTS.has(name) || this.laterList(name)) return this.unknownFact(p);
    if (expected?.t === 'enum') {
      if (!this.checkValue(name, expected.domain, p.span)) return undefined;
      this.resolutions.set(p, { kind: 'value', value: name });
      return expected;
    }
    if (expected?.t === 'string') {
      this.resolutions.set(p, { kind: 'value', value: name });
      return STRING;
    }
    const candidates = [...FACT_PATHS, ...this.lists.keys(), ...(element?.t === 'enum' ? (this.domainValues(element.domain) ?? []) : [])];
    const byLastWord = FACT_PATHS.find((f) => f.split('.').at(-1)!.toLowerCase() === name.toLowerCase());
    const hint = byLastWord !== undefined ? `did you mean \`${byLastWord}\`?` : didYouMean(name, candidates);
    this.error('check/unknown-value', `\`${name}\` is not a fact, a list or a value here`, p.span, hint ?? (expected ? `expected a ${typeName(expected)}` : 'put texts in quotes: "like this"'));
    return undefined;
  }

  private lookupFact(p: A.PathRef): FactInfo | undefined {
    return FACTS[p.segments.join('.')];
  }

  /** Lists are registered in bundle order, so only lists declared above this line are found. */
  private lookupList(p: A.PathRef): ListInfo | undefined {
    return p.segments.length === 1 ? this.lists.get(p.segments[0]!) : undefined;
  }

  private unknownFact(p: A.PathRef): undefined {
    const path = p.segments.join('.');
    const later = p.segments.length === 1 ? this.laterList(path) : undefined;
    if (later) {
      this.error('check/list-before-definition', `The list \`${path}\` is used before it is declared`, p.span, `move its declaration (${later.span.file}:${later.span.line}) above this line`);
      return undefined;
    }
    this.error('check/unknown-fact', `\`${path}\` is not a fact phigate knows`, p.span, unknownFactHint(p.segments));
    return undefined;
  }

  /** Lists are registered as they are declared; this finds one declared further down. */
  private laterList(name: string): A.ListDecl | undefined {
    return this.lists.has(name) ? undefined : this.pendingLists.get(name);
  }

  // ---- tests ----

  private checkTests(tests: readonly A.TestDecl[], fixtures: ReadonlyMap<string, A.FixtureDecl>, rules: ReadonlySet<string>): void {
    const titles = new Map<string, Span>();
    for (const f of fixtures.values()) f.givens.forEach((g) => this.checkGiven(g));
    for (const t of tests) {
      const previous = titles.get(t.title.value);
      if (previous) this.error('check/duplicate-name', `Another test is already called "${t.title.value}"`, t.title.span, `the first is at ${previous.file}:${previous.line}`);
      titles.set(t.title.value, t.title.span);
      for (const u of t.uses) if (!fixtures.has(u.name)) this.error('check/unknown-fixture', `No fixture is called \`${u.name}\``, u.span, didYouMean(u.name, fixtures.keys()));
      t.givens.forEach((g) => this.checkGiven(g));
      if (!t.expect) {
        this.error('check/invalid-test', `Test "${t.title.value}" expects nothing`, t.title.span, 'add `expect allow`, `expect downgrade` or `expect deny`');
        continue;
      }
      for (const r of t.expect.by) if (!rules.has(r.name) && !ENGINE_REASONS.includes(r.name)) this.error('check/invalid-test', `The test expects rule \`${r.name}\`, which does not exist`, r.span, didYouMean(r.name, rules));
      for (const l of t.expect.findings ?? []) this.checkValue(l.name, 'label', l.span);
      for (const ch of t.expect.actions ?? []) this.checkValue(ch.name, 'channel', ch.span);
    }
  }

  private checkGiven(g: A.Given): void {
    const root = g.path.segments[0]!;
    if (!GIVEN_ROOTS.includes(root)) this.error('check/invalid-test', `A test can give \`${GIVEN_ROOTS.join('`, `')}\`, not \`${g.path.segments.join('.')}\``, g.path.span, didYouMean(root, GIVEN_ROOTS));
  }

}

/** "HH:MM-HH:MM" (or with an en dash, or spaces) as a window of the day; undefined when it is not one, or is empty. */
function parseWindow(text: string): DayWindow | undefined {
  const [from, to, ...rest] = text.split(/\s*[-–]\s*/);
  if (from === undefined || to === undefined || rest.length > 0) return undefined;
  const start = parseTimeOfDay(from);
  const end = parseTimeOfDay(to);
  return start === undefined || end === undefined || start === end ? undefined : { start, end };
}

/**
 * What to say about a fact that does not exist: a close spelling among the facts about the same thing
 * (`consent.scope` → `consent.scopes`), else the facts that do exist about it, so an officer looking
 * for `patient.dob` is not sent to `patient.id`.
 */
function unknownFactHint(segments: readonly string[]): string {
  const root = segments[0]!;
  const about = FACT_PATHS.filter((f) => f.startsWith(`${root}.`));
  if (about.length === 0 || segments.length === 1) {
    const near = didYouMean(segments.join('.'), FACT_PATHS);
    return near ?? `the facts a rule can test are listed in docs/language.md ("The facts")`;
  }
  const rest = segments.slice(1).join('.');
  const near = closest(rest, about.map((f) => f.slice(root.length + 1)));
  if (near !== undefined) return `did you mean \`${root}.${near}\`?`;
  const whole = (FACT_PATHS.includes(root) ? [root, ...about] : about).map((f) => `\`${f}\``);
  return `the facts about \`${root}\` are ${whole.length === 1 ? whole[0] : `${whole.slice(0, -1).join(', ')} and ${whole.at(-1)}`}`;
}

function sameType(a: ValueType, b: ValueType): boolean {
  if (a.t !== b.t) return false;
  if (a.t === 'enum') return a.domain === (b as typeof a).domain;
  if (a.t === 'list') return sameType(a.of, (b as typeof a).of);
  return true;
}

/** "`a`, `b` or `c`": the values a hint offers. */
function oneOf(values: readonly string[]): string {
  const quoted = values.map((v) => `\`${v}\``);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

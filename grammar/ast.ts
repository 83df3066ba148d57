// The policy language's abstract syntax tree. Every node carries the span of the source it came
// from; equality of meaning (formatter round-trips, tests) ignores spans via `stripSpans`.
import type { Span } from './diagnostics.ts';

export interface Node {
  span: Span;
}

/** A name as written, with its own span so diagnostics can underline exactly it. */
export interface Name extends Node {
  name: string;
}

export interface Comment extends Node {
  text: string; // without the leading '#'
}

export interface PolicyFile {
  file: string;
  declarations: Declaration[];
  comments: Comment[];
}

export type Declaration =
  | PolicyHeader
  | DefaultDecl
  | SettingsDecl
  | ListDecl
  | TermsDecl
  | PatternDecl
  | VettedDecl
  | TemplateDecl
  | RuleDecl
  | FixtureDecl
  | TestDecl;

/** `policy "hipaa-messaging" version "2026.11.1"` */
export interface PolicyHeader extends Node {
  kind: 'policy';
  name: string;
  version: string;
}

/** `default deny "No rule allows this send"` */
export interface DefaultDecl extends Node {
  kind: 'default';
  effect: 'allow' | 'deny';
  reason?: string;
}

/** `settings { practice = "Riverside Family Practice" }` */
export interface SettingsDecl extends Node {
  kind: 'settings';
  entries: SettingEntry[];
}

export interface SettingEntry extends Node {
  key: Name;
  value: Literal;
}

/**
 * Named lists. `tier` and `scope` lists also classify categories: `tier clinical = [lab_result]`
 * makes `message.tier == clinical` true for lab results; `scope scheduling = [appointment_reminder]`
 * says a reminder needs the patient's `scheduling` consent (`message.scope`).
 */
export type ListKind = 'tier' | 'scope' | 'channels' | 'categories' | 'scopes' | 'labels' | 'fields';

export interface ListDecl extends Node {
  kind: 'list';
  listKind: ListKind;
  name: Name;
  description?: string;
  items: Name[];
}

/** `terms sensitive_clinic "Clinic names that reveal care" = ["HIV clinic", ...]`: a classifier label. */
export interface TermsDecl extends Node {
  kind: 'terms';
  name: Name;
  description?: string;
  terms: StringLiteral[];
}

/** `pattern room_code "Room codes" = /\bR-\d{3}\b/i`: a classifier label found by a regex. */
export interface PatternDecl extends Node {
  kind: 'pattern';
  name: Name;
  description?: string;
  pattern: RegexLiteral;
}

/** `vetted our_names "Words the officer checked" = ["Okafor", "Lakeview Commons"]`: the found-phone test vouches for them. */
export interface VettedDecl extends Node {
  kind: 'vetted';
  name: Name;
  description?: string;
  words: StringLiteral[];
}

/** `template reminder "Reminder" for appointment_reminder = "Hi {first_name}, ... on {date} at {time}."`: an approved template. */
export interface TemplateDecl extends Node {
  kind: 'template';
  name: Name;
  description?: string;
  category: Name;
  text: StringLiteral;
}

export interface RuleDecl extends Node {
  kind: 'rule';
  name: Name;
  when?: Expr;
  effect?: Effect;
  because?: StringLiteral;
  cite?: StringLiteral;
  /** Clauses written again after the first of their kind, in source order (absent when none): not a
   * parse error, so the checker can report `check/duplicate-clause` and the formatter keeps them. */
  duplicates?: RuleClause[];
}

/** One rule clause; its span covers the clause's keyword and content (`because "..."`). */
export type RuleClause =
  | { clause: 'when'; when: Expr; span: Span }
  | { clause: 'effect'; effect: Effect; span: Span }
  | { clause: 'because'; because: StringLiteral; span: Span }
  | { clause: 'cite'; cite: StringLiteral; span: Span };

export type Effect = AllowEffect | DenyEffect | DowngradeEffect;

export interface AllowEffect extends Node {
  effect: 'allow';
}
export interface DenyEffect extends Node {
  effect: 'deny';
}
/** `downgrade redact [SSP] else route portal alert "{practice}: ..."`: strategies tried in order. */
export interface DowngradeEffect extends Node {
  effect: 'downgrade';
  strategies: Strategy[];
}

export type Strategy = RedactStrategy | RouteStrategy | DeferStrategy;

/**
 * Remove the words the classifier labelled with any of these labels (a label or a labels list),
 * with the phrase around them that would be left dangling, or put `with` in their place.
 */
export interface RedactStrategy extends Node {
  strategy: 'redact';
  labels: ListRef;
  replacement?: StringLiteral;
}

/**
 * `defer until quiet_hours_end` or `defer until "08:30"`: the same sends, later, at the next time the
 * patient's clock reads that time of day (a setting's name, or a time in quotes).
 */
export interface DeferStrategy extends Node {
  strategy: 'defer';
  until: Name | StringLiteral;
}

/** Send the content on `channel` and, with `alert`, a generic alert on the requested channel. */
export interface RouteStrategy extends Node {
  strategy: 'route';
  channel: Name;
  alert?: StringLiteral;
}

// ---- expressions ----

export type Expr = BinaryLogic | NotExpr | Comparison | Operand;

export interface BinaryLogic extends Node {
  type: 'and' | 'or';
  left: Expr;
  right: Expr;
}

export interface NotExpr extends Node {
  type: 'not';
  operand: Expr;
}

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

export type Comparison =
  | { type: 'compare'; op: CompareOp; left: Operand; right: Operand; span: Span }
  | { type: 'in'; negated: boolean; left: Operand; right: Operand; span: Span }
  | { type: 'contains'; quantifier: 'one' | 'any' | 'all'; left: Operand; right: Operand; span: Span }
  | { type: 'matches'; left: Operand; pattern: RegexLiteral | Name; span: Span }
  | { type: 'presence'; present: boolean; path: PathRef; span: Span };

export type Operand = PathRef | Literal | ListLiteral;

/** A dotted name: a fact (`consent.scopes`), a value (`sms`), or a list (`unsecured`). */
export interface PathRef extends Node {
  type: 'path';
  segments: string[];
}

export type Literal = StringLiteral | NumberLiteral | BooleanLiteral | DateLiteral;

export interface StringLiteral extends Node {
  type: 'string';
  value: string;
}
export interface NumberLiteral extends Node {
  type: 'number';
  value: number;
}
export interface BooleanLiteral extends Node {
  type: 'boolean';
  value: boolean;
}
/** `2026-02-16` or `2026-02-16T00:00:00Z`; `value` is the text as written (ISO 8601). */
export interface DateLiteral extends Node {
  type: 'date';
  value: string;
}
export interface RegexLiteral extends Node {
  type: 'regex';
  source: string;
  flags: string;
}

export interface ListLiteral extends Node {
  type: 'list';
  items: (PathRef | Literal)[];
}

/** Where a list is expected: an inline `[a, b]` or the name of a declared list / single value. */
export type ListRef = ListLiteral | PathRef;

// ---- tests ----

/** `fixture sms_patient { given ... }`: givens shared by tests. */
export interface FixtureDecl extends Node {
  kind: 'fixture';
  name: Name;
  givens: Given[];
}

export interface TestDecl extends Node {
  kind: 'test';
  title: StringLiteral;
  uses: Name[];
  givens: Given[];
  expect?: Expectation;
}

/** `given channel sms`, `given message { category: lab_result, body: "..." }`. Objects merge. */
export interface Given extends Node {
  path: PathRef;
  value: Value;
}

export type Value = Literal | PathRef | ObjectValue | ArrayValue;

export interface ObjectValue extends Node {
  type: 'object';
  entries: { key: Name; value: Value }[];
}
export interface ArrayValue extends Node {
  type: 'array';
  items: Value[];
}

/**
 * `expect downgrade by clinical-on-unsecured findings [SSP] actions [portal, sms] body "..." not before
 * 2026-11-25T08:00:00-05:00`
 */
export interface Expectation extends Node {
  decision: 'allow' | 'downgrade' | 'deny';
  by: Name[];
  findings?: Name[];
  actions?: Name[];
  /** The exact text sent on the requested channel (for a route, its alert). */
  body?: StringLiteral;
  /** The earliest time the sends may go (a deferred downgrade's `notBefore`). */
  notBefore?: DateLiteral;
}

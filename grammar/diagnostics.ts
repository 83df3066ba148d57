// One diagnostic shape for every stage (parse, check, load, request validation), with stable codes
// kept in one registry so editors and CI can rely on them.

export interface Span {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
  endLine: number;
  endCol: number; // 1-based, inclusive of the last character
  offset: number; // 0-based character offset of the first character
  endOffset: number; // 0-based offset one past the last character
}

export type Severity = 'error' | 'warning';

export const DIAGNOSTIC_CODES = {
  'parse/invalid-character': 'A character the policy language does not use',
  'parse/unexpected-token': 'A word or symbol where the grammar expects something else',
  'parse/unterminated-string': 'A text in quotes that is not closed on the same line',
  'parse/invalid-regex': 'A pattern that is not a valid regular expression',
  'parse/invalid-date': 'A date that does not exist on the calendar',
  'parse/too-complex': 'Brackets nested more than 64 deep, or a condition with more than 256 `and`, `or` and `not`',
  'check/empty-bundle': 'A bundle with no .policy files or no rules',
  'check/missing-header': 'No `policy "name" version "x"` line in the bundle',
  'check/duplicate-header': 'More than one policy header in the bundle',
  'check/missing-default': 'No `default` line in the bundle',
  'check/duplicate-default': 'More than one `default` line',
  'check/default-allow': 'The default effect is allow: a send no rule matches would be allowed',
  'check/duplicate-name': 'Two lists, rules, tests or fixtures with the same name',
  'check/duplicate-clause': 'A rule clause given twice',
  'check/missing-effect': 'A rule with no allow, downgrade or deny',
  'check/missing-reason': 'A rule with no `because` reason',
  'check/unknown-fact': 'A fact name the engine does not provide',
  'check/unknown-value': 'A channel, category, scope, label or other value that does not exist',
  'check/unknown-list': 'A list name that is not declared',
  'check/list-before-definition': 'A list used before the line that declares it',
  'check/type-mismatch': 'Comparing values of different kinds, such as a date with a text',
  'check/invalid-operator': 'An operator that does not apply to this kind of value',
  'check/not-boolean': 'A condition that is not true or false on its own',
  'check/unreachable-rule': 'A rule whose condition can never be true',
  'check/unknown-setting': 'A setting the engine does not know',
  'check/unknown-fixture': 'A test uses a fixture that is not declared',
  'check/invalid-test': 'A test block that cannot run as written',
  'check/invalid-route': 'A downgrade route to a channel that cannot carry content',
  'check/invalid-term': 'A term the classifier cannot match (no letters or digits)',
  'check/vetted-names-care': 'A vetted name holds a word of care ("Linden Valley Urology"): the name is vouched for, that word is not',
  'check/practice-name-care': 'The practice\'s own name says care a sensitivity code protects ("Clearwater Recovery Services"): every text that names it is redacted or sent to the portal',
  'check/invalid-template': 'A template whose fixed text could reveal care, that pulls a clinical field, or whose placeholder phigate does not know',
  'check/unsafe-pattern': 'A pattern that could take exponential time on some texts',
  'check/invalid-setting': 'A setting whose value means nothing: a time zone phigate does not know, a window of the day that is not one',
  'check/invalid-defer': 'A `defer until` time that is neither a time of day nor a time phigate knows',
  'check/optional-fact': 'A deny or downgrade rule that reads a fact some requests lack without testing that it is present: it denies those requests (fail closed)',
  'check/portal-vendor': 'The `portal_vendor` setting names a vendor that is not in vendors.json, or whose BAA does not cover the portal',
  'load/io': 'A bundle file that cannot be read',
  'load/vendors': 'A malformed vendors.json register',
  // The service's reload guard (server/policy-holder.ts): a bundle that loads but would lose rules or fails its own tests.
  'reload/rules-lost': 'A reload refused: the new bundle has fewer rules than the serving policy, or lacks one of its rules',
  'reload/tests-failed': "A reload refused: the new bundle's own policy tests fail",
  'load/internal': 'The bundle could not be compiled because of a fault in phigate itself (a bug to report)',
  'request/invalid': 'A request that does not match the contract',
  'export/unsupported': 'A policy construct the export format cannot express faithfully',
  'lint/shadowed-rule': 'A rule that applies in some situations but never decides one: another rule always wins',
  'lint/never-applies': 'A rule that applies in none of the situations phigate tries',
  'lint/unmentioned-channel': 'A channel no rule mentions, directly or in a list',
  'lint/unmentioned-category': 'A message category no rule mentions, directly, in a list or through its tier',
  'lint/untested-rule': 'A rule no test block expects by name',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  span: Span;
  hint?: string;
}

export type Result<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export const ok = <T>(value: T, diagnostics: Diagnostic[] = []): Result<T> => ({ ok: true, value, diagnostics });
export const fail = <T>(diagnostics: Diagnostic[]): Result<T> => ({ ok: false, diagnostics });

export function diagnostic(
  code: DiagnosticCode,
  message: string,
  span: Span,
  hint?: string,
  severity: Severity = 'error',
): Diagnostic {
  return hint === undefined ? { code, severity, message, span } : { code, severity, message, span, hint };
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error');

/** `text` as a message quotes it: cut to `max` characters, with `…` when it is longer. */
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** A span covering a whole file's first line: for errors that belong to a file, not a place in it. */
export function fileSpan(file: string): Span {
  return { file, line: 1, col: 1, endLine: 1, endCol: 1, offset: 0, endOffset: 0 };
}

/**
 * Edit distance for "did you mean" hints: insertions, deletions, substitutions, and two neighbouring
 * letters swapped (`dney` for `deny`) each count one (optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** The closest candidate to `name`, if one is close enough to be a likely typo. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(name.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

export const didYouMean = (name: string, candidates: Iterable<string>): string | undefined => {
  const c = closest(name, candidates);
  return c === undefined ? undefined : `did you mean \`${c}\`?`;
};

/** The source lines of a span with the span underlined, as printed by the CLI. */
export function codeFrame(source: string, span: Span): string {
  const lines = source.split(/\r?\n/);
  const out: string[] = [];
  const width = String(span.endLine).length;
  for (let n = span.line; n <= Math.min(span.endLine, span.line + 4); n++) {
    const text = lines[n - 1] ?? '';
    out.push(`${String(n).padStart(width)} | ${text}`);
    const from = n === span.line ? span.col : 1;
    const to = n === span.endLine ? span.endCol : Math.max(text.length, from);
    out.push(`${' '.repeat(width)} | ${' '.repeat(Math.max(0, from - 1))}${'^'.repeat(Math.max(1, to - from + 1))}`);
  }
  return out.join('\n');
}

/** One diagnostic as a human reads it: location, message, code frame, hint. */
export function formatDiagnostic(d: Diagnostic, source: string | undefined): string {
  const where = `${d.span.file}:${d.span.line}:${d.span.col}`;
  const head = `${where} ${d.severity} ${d.code}: ${d.message}`;
  const frame = source === undefined ? '' : `\n${codeFrame(source, d.span)}`;
  const hint = d.hint === undefined ? '' : `\n  hint: ${d.hint}`;
  return `${head}${frame}${hint}`;
}

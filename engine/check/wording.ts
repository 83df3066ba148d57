// How the checker says what it finds: the list of diagnostics every part of it reports into, and the
// hints that name what the officer probably meant (a close spelling, the facts about the same thing,
// the values a place takes).
import { closest, diagnostic, didYouMean, type Diagnostic, type DiagnosticCode, type Span } from '../../grammar/diagnostics.ts';
import { BUILTIN_LABELS, DOMAIN_NAMES, FACT_PATHS, type Domain } from '../contract/index.ts';

/** The diagnostics of one check, in the order they were found. */
export class Report {
  readonly diagnostics: Diagnostic[] = [];

  error(code: DiagnosticCode, message: string, span: Span, hint?: string): void {
    this.diagnostics.push(diagnostic(code, message, span, hint));
  }

  warn(code: DiagnosticCode, message: string, span: Span, hint?: string): void {
    this.diagnostics.push(diagnostic(code, message, span, hint, 'warning'));
  }

  add(found: readonly Diagnostic[]): void {
    this.diagnostics.push(...found);
  }
}

/** "`a`, `b` or `c`": the values a hint offers. */
export function oneOf(values: readonly string[]): string {
  const quoted = values.map((v) => `\`${v}\``);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/**
 * What to say about a fact that does not exist: a close spelling among the facts about the same thing
 * (`consent.scope` → `consent.scopes`), else the facts that do exist about it, so an officer looking
 * for `patient.dob` is not sent to `patient.id`.
 */
export function unknownFactHint(segments: readonly string[]): string {
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

/**
 * When no value of `domain` is close to `value`: for labels, a list of labels that is (`heightend`),
 * or what labels are; else the values themselves.
 */
export function unknownValueHint(value: string, domain: Domain, known: readonly string[], labelLists: readonly string[]): string {
  if (domain !== 'label') return `known ${DOMAIN_NAMES[domain]}s: ${known.join(', ')}`;
  const list = closest(value, labelLists);
  if (list !== undefined) return `did you mean the list \`${list}\`? (write \`contains any ${list}\` to test for any of its labels)`;
  const own = known.filter((l) => !(BUILTIN_LABELS as readonly string[]).includes(l));
  return `a finding label is one the classifier knows (such as \`HIV\`, \`SSP\`, \`lab_value\`, \`ssn\`; see docs/language.md)${own.length > 0 ? ` or one of the bundle's \`terms\` and \`pattern\` names (${own.map((l) => `\`${l}\``).join(', ')})` : ''}; to look for words of your own, declare \`terms ${value} = ["..."]\``;
}

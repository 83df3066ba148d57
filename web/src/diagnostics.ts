// The checker's diagnostics as the editor shows them: squiggles (offsets into the file) and a
// plain list of problems under the editor.
import type { Diagnostic as CmDiagnostic } from '@codemirror/lint';
import type { Diagnostic } from '../../engine/index.ts';

/** A diagnostic over the editor's text; the span is clamped to the text the officer has now. */
export function squiggle(d: Diagnostic, docLength: number): Omit<CmDiagnostic, 'renderMessage'> {
  const from = Math.min(Math.max(0, d.span.offset), docLength);
  const to = Math.min(Math.max(d.span.endOffset, from), docLength);
  return { from, to, severity: d.severity, source: d.code, message: withHint(d) };
}

export const withHint = (d: Diagnostic): string => (d.hint === undefined ? d.message : `${d.message}. Hint: ${d.hint}`);

/** "Line 12, column 3" — where the list says a problem is. */
export const placeOf = (d: Diagnostic): string => `Line ${d.span.line}, column ${d.span.col}`;

/** "2 errors and 1 warning", or "No problems". */
export function problemCount(ds: readonly Diagnostic[]): string {
  const errors = ds.filter((d) => d.severity === 'error').length;
  const warnings = ds.length - errors;
  const part = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (ds.length === 0) return 'No problems';
  if (warnings === 0) return part(errors, 'error');
  if (errors === 0) return part(warnings, 'warning');
  return `${part(errors, 'error')} and ${part(warnings, 'warning')}`;
}

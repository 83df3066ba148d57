// Printing diagnostics: a code frame per problem for people, JSON for editors and CI.
import { readFileSync } from 'node:fs';
import { formatDiagnostic, loadBundle, type CompiledPolicy, type Diagnostic } from '../engine/index.ts';
import type { Io } from './io.ts';

export type Format = 'text' | 'json';

export function parseFormat(value: string): Format {
  if (value !== 'text' && value !== 'json') throw new Error(`--format takes "text" or "json", not "${value}"`);
  return value;
}

function sourceOf(file: string, cache: Map<string, string | undefined>): string | undefined {
  if (!cache.has(file)) {
    try {
      cache.set(file, readFileSync(file, 'utf8'));
    } catch {
      cache.set(file, undefined);
    }
  }
  return cache.get(file);
}

/** Diagnostics as text: each with its location, code frame and hint, then a count. */
export function diagnosticsText(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string> = new Map()): string {
  const cache = new Map<string, string | undefined>(sources);
  const body = diagnostics.map((d) => formatDiagnostic(d, d.span.line > 0 && !d.span.file.endsWith('.json') ? sourceOf(d.span.file, cache) : undefined));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return `${body.join('\n\n')}\n\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`;
}

export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length > 0) io.err(diagnosticsText(diagnostics));
}

/** Load a bundle, printing its diagnostics when it does not load. */
export async function loadOrReport(dir: string, io: Io, onFailure?: (diagnostics: readonly Diagnostic[]) => Promise<void>): Promise<CompiledPolicy | undefined> {
  const loaded = await loadBundle(dir);
  if (loaded.ok) return loaded.value;
  printDiagnostics(io, loaded.diagnostics);
  io.err(`phigate: the bundle ${dir} does not load; fix the errors above first (\`phigate check --bundle ${dir}\`)\n`);
  await onFailure?.(loaded.diagnostics);
  return undefined;
}

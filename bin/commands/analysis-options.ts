// Options and loading shared by the change-analysis commands (matrix, diff, lint).
import { InvalidArgumentError, Option } from 'commander';
import { loadBundle, type CompiledPolicy } from '../../engine/index.ts';
import type { Io } from '../io.ts';
import { printDiagnostics } from '../report.ts';

/** `--at TIME`: the analysis is decided as of this time (vendor BAAs expire), as ISO text. */
export const atOption = (): Option =>
  new Option('--at <time>', 'decide as of this time, e.g. 2026-11-24T15:00:00Z (default: now)').argParser((value: string) => {
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) throw new InvalidArgumentError('expected an ISO date or time such as 2026-11-24 or 2026-11-24T15:00:00Z');
    return new Date(ms).toISOString();
  });

/** Load a bundle, printing its diagnostics when it does not load. */
export async function loadOrReport(dir: string, io: Io): Promise<CompiledPolicy | undefined> {
  const loaded = await loadBundle(dir);
  if (loaded.ok) return loaded.value;
  printDiagnostics(io, loaded.diagnostics);
  io.err(`phigate: the bundle ${dir} has errors; fix them first (\`phigate check --bundle ${dir}\`)\n`);
  return undefined;
}

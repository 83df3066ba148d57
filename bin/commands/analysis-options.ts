// Options shared by the change-analysis commands (matrix, diff, lint).
import { InvalidArgumentError, Option } from 'commander';

/** `--at TIME`: the analysis is decided as of this time (vendor BAAs expire), as ISO text. */
export const atOption = (): Option =>
  new Option('--at <time>', 'decide as of this time, e.g. 2026-11-24T15:00:00Z (default: now)').argParser((value: string) => {
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) throw new InvalidArgumentError('expected an ISO date or time such as 2026-11-24 or 2026-11-24T15:00:00Z');
    return new Date(ms).toISOString();
  });

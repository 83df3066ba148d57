import { readFile } from 'node:fs/promises';
import { decide, explainText, parseRequest, parseStrictJson, PLAIN, TERMINAL, withCounterfactuals } from '../../engine/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import type { Io } from '../io.ts';
import { loadOrReport } from '../report.ts';

export const register: Register = (command, io, setCode) => {
  command
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--request <file>', 'the request JSON file (default: stdin)')
    .option('--json', 'print the response with its full trace and counterfactuals as JSON', false)
    .option('--trace', 'also list every rule with the value of each of its conditions', false)
    .action(async (opts: { bundle: string; request?: string; json: boolean; trace: boolean }) => {
      const policy = await loadOrReport(opts.bundle, io);
      if (!policy) return setCode(1);
      const input = await readJsonInput(io, opts.request);
      if (!input.ok) return setCode(1);
      const request = parseRequest(input.value);
      if (!request.ok) {
        io.err(`${request.error.message}\n`);
        return setCode(1);
      }
      const result = decide(policy, request.value, { trace: opts.trace || opts.json });
      if (!result.ok) {
        io.err(`${result.error.message}\n`);
        return setCode(1);
      }
      const explained = withCounterfactuals(policy, request.value, result.response);
      const timeZone = request.value.patient.timeZone ?? policy.settings.time_zone;
      if (opts.json) io.out(`${JSON.stringify(explained, null, 2)}\n`);
      else io.out(explainText(request.value, result.response, io.color ? TERMINAL : PLAIN, explained.trace?.counterfactuals, timeZone));
    });
};

/** The JSON document in FILE, or on stdin; a parse error is reported on stderr. */
export async function readJsonInput(io: Io, file: string | undefined): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = file ? await readFile(file, 'utf8') : await io.readAll();
  const read = parseStrictJson(text);
  if (read.ok) return read;
  io.err(`The request cannot be read: ${read.message}\n`);
  return { ok: false };
}

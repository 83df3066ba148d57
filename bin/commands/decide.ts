import { decide } from '../../engine/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import { loadOrReport } from '../report.ts';

export const register: Register = (command, io, setCode) => {
  command
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--trace', 'add the trace of every rule to each response', false)
    .action(async (opts: { bundle: string; trace: boolean }) => {
      const policy = await loadOrReport(opts.bundle, io);
      if (!policy) return setCode(1);
      let lineNo = 0;
      for await (const line of io.lines()) {
        lineNo++;
        if (line.trim() === '') continue;
        io.out(`${JSON.stringify(decideLine(policy, line, lineNo, opts.trace))}\n`);
      }
    });
};

/** One input line to one output line: a response, or `{"error": ...}` naming the line. */
function decideLine(policy: Parameters<typeof decide>[0], line: string, lineNo: number, trace: boolean): unknown {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return { error: { code: 'request/invalid-json', message: `line ${lineNo} is not valid JSON: ${(e as Error).message}`, line: lineNo } };
  }
  const result = decide(policy, input, { trace });
  return result.ok ? result.response : { error: { ...result.error, line: lineNo } };
}

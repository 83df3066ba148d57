import { decide, decideJson, parseStrictJson, requestFromFhir, withSecurityLabels, type CompiledPolicy } from '../../engine/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import type { Io } from '../io.ts';
import { loadOrReport } from '../report.ts';

export const register: Register = (command, io, setCode) => {
  command
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--trace', 'add the trace of every rule to each response', false)
    .option('--input <format>', 'request: decision requests (the contract); fhir: FHIR R4 Bundles (a CommunicationRequest and the patient\'s Consents), answered with the security labels too', 'request')
    .action(async (opts: { bundle: string; trace: boolean; input: string }) => {
      if (opts.input !== 'request' && opts.input !== 'fhir') throw new Error(`--input takes request or fhir, not "${opts.input}"`);
      const decideOne = opts.input === 'fhir' ? decideFhirLine : decideLine;
      const policy = await loadOrReport(opts.bundle, io);
      if (!policy) return setCode(1);
      const out = batchedOutput(io);
      let lineNo = 0;
      for await (const line of io.lines()) {
        lineNo++;
        if (line.trim() === '') continue;
        out.write(`${JSON.stringify(decideOne(policy, line, lineNo, opts.trace))}\n`);
      }
      out.flush();
    });
};

/** Output flushed when it grows past this, or once the lines already read are decided. */
const FLUSH_AT = 64 * 1024;

/**
 * Responses written a batch at a time: one write per line cost a third of a 20,000-line run. The batch
 * is written when the input read so far has been decided (setImmediate runs after the lines already
 * buffered), so an app that sends one request and waits for its answer still gets it at once.
 */
function batchedOutput(io: Io): { write: (text: string) => void; flush: () => void } {
  let pending = '';
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (pending === '') return;
    io.out(pending);
    pending = '';
  };
  return {
    write: (text) => {
      pending += text;
      if (pending.length >= FLUSH_AT) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}

/** One input line to one output line: a response, or `{"error": ...}` naming the line. */
function decideLine(policy: CompiledPolicy, line: string, lineNo: number, trace: boolean): unknown {
  const input = parseLine(line, lineNo);
  if (!input.ok) return input.error;
  const result = decideJson(policy, input.value, { trace });
  return result.ok ? result.response : { error: { ...result.error, line: lineNo } };
}

/** One FHIR Bundle line to its decision with the message's security labels, or `{"error": ...}` naming FHIR paths and the line. */
function decideFhirLine(policy: CompiledPolicy, line: string, lineNo: number, trace: boolean): unknown {
  const input = parseLine(line, lineNo);
  if (!input.ok) return input.error;
  const mapped = requestFromFhir(input.value);
  if (!mapped.ok) return { error: { ...mapped.error, line: lineNo } };
  const result = decide(policy, mapped.value, { trace });
  return result.ok ? withSecurityLabels(result.response) : { error: { ...result.error, line: lineNo } };
}

/** A line read as the service reads a body (a key twice, or `__proto__`, is refused); errors name the line, never quote it. */
function parseLine(line: string, lineNo: number): { ok: true; value: unknown } | { ok: false; error: unknown } {
  const read = parseStrictJson(line);
  if (read.ok) return read;
  const code = read.reason === 'invalid-json' ? 'request/invalid-json' : read.reason === 'duplicate-key' ? 'request/duplicate-key' : 'request/invalid';
  return { ok: false, error: { error: { code, message: `line ${lineNo}: ${read.message}`, ...(read.path === undefined ? {} : { path: read.path }), line: lineNo } } };
}

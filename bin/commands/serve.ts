import { InvalidArgumentError } from 'commander';
import { startServer } from '../../server/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import { printDiagnostics } from '../report.ts';

// No defaults here: a flag not given leaves the setting to the environment (PORT, HOST,
// PHIGATE_DRAIN_SECONDS), then to the default (server/settings.ts, the README's settings table).
const port = (v: string): number => {
  if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return Number(v);
};
const seconds = (v: string): number => {
  const n = v.trim() === '' ? Number.NaN : Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds, 0 or more');
  return n;
};

export const register: Register = (command, io, setCode) => {
  command
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--port <n>', 'the port to listen on (0: any free port, printed at start; default: PORT, else 8080)', port)
    .option('--host <address>', 'the address to listen on (0.0.0.0 for all interfaces; default: HOST, else 127.0.0.1)')
    .option('--drain-seconds <s>', 'on SIGTERM, how long /readyz answers 503 while requests are still served, before the listener closes (default: PHIGATE_DRAIN_SECONDS, else 0)', seconds)
    .option('--no-watch', 'do not reload when files in the bundle change')
    .action(async (opts: { bundle: string; port?: number; host?: string; drainSeconds?: number; watch: boolean }) => {
      const started = await startServer({ bundle: opts.bundle, port: opts.port, host: opts.host, drainSeconds: opts.drainSeconds, env: process.env, announce: io.err, watch: opts.watch });
      if (!started.ok) {
        printDiagnostics(io, started.diagnostics);
        io.err('phigate serve: the bundle has errors; not starting\n');
        return setCode(1);
      }
      // Graceful shutdown: /readyz answers 503 (and, with a drain time, everything else is still served
      // meanwhile), then stop accepting, finish in-flight requests, close the audit store. A second signal
      // while this runs gets Node's default behaviour: the process ends at once.
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        const stop = (s: NodeJS.Signals): void => {
          process.off('SIGTERM', stop);
          process.off('SIGINT', stop);
          resolve(s);
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
      });
      const drained = started.drain();
      if (started.drainSeconds > 0) io.err(`phigate serve: ${signal}: /readyz answers 503; stopping in ${started.drainSeconds} s\n`);
      await drained;
      io.err(`phigate serve: ${signal}: stopping; finishing requests in flight\n`);
      try {
        await started.close();
        io.err('phigate serve: stopped\n');
      } catch (e) {
        io.err(`phigate serve: could not stop cleanly: ${(e as Error).message}\n`);
        setCode(1);
      }
    });
};

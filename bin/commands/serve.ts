import { startServer } from '../../server/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import { printDiagnostics } from '../report.ts';

export const register: Register = (command, io, setCode) => {
  command
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--port <n>', 'the port to listen on (0: any free port, printed at start)', (v) => Number.parseInt(v, 10), 8080)
    .option('--host <address>', 'the address to listen on (0.0.0.0 for all interfaces)', '127.0.0.1')
    .option('--no-watch', 'do not reload when files in the bundle change')
    .action(async (opts: { bundle: string; port: number; host: string; watch: boolean }) => {
      const started = await startServer({ bundle: opts.bundle, port: opts.port, host: opts.host, env: process.env, announce: io.err, watch: opts.watch });
      if (!started.ok) {
        printDiagnostics(io, started.diagnostics);
        io.err('phigate serve: the bundle has errors; not starting\n');
        return setCode(1);
      }
      // Graceful shutdown: stop accepting, finish in-flight requests, close the audit store. A second
      // signal while this runs gets Node's default behaviour: the process ends at once.
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        const stop = (s: NodeJS.Signals): void => {
          process.off('SIGTERM', stop);
          process.off('SIGINT', stop);
          resolve(s);
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
      });
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

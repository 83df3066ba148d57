import { readFile } from 'node:fs/promises';
import { decide, loadBundle, parseRequest } from '../../engine/index.ts';
import { explainText, PLAIN, TERMINAL } from '../../engine/explain.ts';
import { DEFAULT_BUNDLE, type Register } from '../cli.ts';
import { printDiagnostics } from '../report.ts';

export const registerExplain: Register = (program, io, setCode) => {
  program
    .command('explain')
    .description('Decide one request (JSON, from --request FILE or stdin) and explain it in plain language')
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--request <file>', 'the request JSON file (default: stdin)')
    .option('--json', 'print the response with its full trace as JSON', false)
    .action(async (opts: { bundle: string; request?: string; json: boolean }) => {
      const loaded = await loadBundle(opts.bundle);
      if (!loaded.ok) {
        printDiagnostics(io, loaded.diagnostics);
        return setCode(1);
      }
      const text = opts.request ? await readFile(opts.request, 'utf8') : await io.readAll();
      let input: unknown;
      try {
        input = JSON.parse(text);
      } catch (e) {
        io.err(`The request is not valid JSON: ${(e as Error).message}\n`);
        return setCode(1);
      }
      const result = decide(loaded.value, input, { trace: true });
      if (!result.ok) {
        io.err(`${result.error.message}\n`);
        return setCode(1);
      }
      const request = parseRequest(input);
      if (opts.json) io.out(`${JSON.stringify(result.response, null, 2)}\n`);
      else if (request.ok) io.out(explainText(request.value, result.response, io.color ? TERMINAL : PLAIN));
    });
};

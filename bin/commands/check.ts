import { loadBundle } from '../../engine/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import { diagnosticsText, parseFormat } from '../report.ts';

export const register: Register = (command, io, setCode) => {
  command
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--format <format>', 'text (code frames) or json (for editors and CI)', 'text')
    .action(async (opts: { bundle: string; format: string }) => {
      const format = parseFormat(opts.format);
      const result = await loadBundle(opts.bundle);
      if (format === 'json') {
        const policy = result.ok ? { name: result.value.name, version: result.value.version, digest: result.value.digest, rules: result.value.rules.rules.length } : undefined;
        io.out(`${JSON.stringify({ ok: result.ok, ...(policy ? { policy } : {}), diagnostics: result.diagnostics }, null, 2)}\n`);
      } else {
        if (result.diagnostics.length > 0) io.err(diagnosticsText(result.diagnostics));
        if (result.ok) io.out(`ok: ${result.value.name} ${result.value.version}, ${result.value.rules.rules.length} rules, ${result.value.digest}\n`);
      }
      setCode(result.ok ? 0 : 1);
    });
};

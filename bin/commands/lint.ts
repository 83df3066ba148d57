import { Option } from 'commander';
import { lintPolicy } from '../../engine/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import { diagnosticsText, loadOrReport } from '../report.ts';
import { atOption } from './analysis-options.ts';

export const register: Register = (command, io, setCode) => {
  command
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--strict', 'exit 1 when there is any warning', false)
    .addOption(new Option('--format <format>', 'text (code frames) or json (for editors and CI)').choices(['text', 'json']).default('text'))
    .addOption(atOption())
    .action(async (opts: { bundle: string; strict: boolean; format: 'text' | 'json'; at?: string }) => {
      const policy = await loadOrReport(opts.bundle, io);
      if (!policy) return setCode(1);
      const warnings = lintPolicy(policy, opts.at === undefined ? {} : { at: opts.at });
      if (opts.format === 'json') io.out(`${JSON.stringify({ ok: warnings.length === 0, diagnostics: warnings }, null, 2)}\n`);
      else io.out(warnings.length === 0 ? `ok: no lint warnings for ${policy.name} ${policy.version}\n` : diagnosticsText(warnings, policy.sources));
      setCode(opts.strict && warnings.length > 0 ? 1 : 0);
    });
};

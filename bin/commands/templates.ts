import { templateChannels, templatesMarkdown } from '../../engine/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import { atOption } from './analysis-options.ts';
import { loadOrReport } from '../report.ts';

export const register: Register = (command, io, setCode) => {
  command
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--format <format>', 'md (a Markdown table) or json', 'md')
    .addOption(atOption())
    .action(async (opts: { bundle: string; format: string; at?: string }) => {
      const policy = await loadOrReport(opts.bundle, io);
      if (!policy) return setCode(1);
      const rows = templateChannels(policy, opts.at === undefined ? {} : { at: opts.at });
      io.out(opts.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : templatesMarkdown(rows));
    });
};

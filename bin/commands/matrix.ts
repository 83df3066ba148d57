import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, Option } from 'commander';
import { decisionMatrix, didYouMean, matrixHtml, matrixMarkdown, PROFILE_NAMES, profileNamed, PROFILES, type Profile } from '../../engine/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import { atOption } from './analysis-options.ts';
import { loadOrReport } from '../report.ts';

/** `--profile NAME`, repeatable: each name must be a known profile. */
function collectProfile(name: string, previous: Profile[]): Profile[] {
  const profile = profileNamed(name);
  if (!profile) throw new InvalidArgumentError(`no profile is called "${name}"; ${didYouMean(name, PROFILE_NAMES) ?? `profiles: ${PROFILE_NAMES.join(', ')}`}`);
  return [...previous, profile];
}

export const register: Register = (command, io, setCode) => {
  command
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--profile <name>', `a profile to show; repeat for several (default: all of ${PROFILE_NAMES.join(', ')})`, collectProfile, [])
    .addOption(new Option('--format <format>', 'md (Markdown) or html (a self-contained page)').choices(['md', 'html']).default('md'))
    .option('--output <file>', 'write to this file instead of standard output')
    .addOption(atOption())
    .action(async (opts: { bundle: string; profile: Profile[]; format: 'md' | 'html'; output?: string; at?: string }) => {
      const policy = await loadOrReport(opts.bundle, io);
      if (!policy) return setCode(1);
      const matrix = decisionMatrix(policy, opts.profile.length > 0 ? opts.profile : PROFILES, opts.at === undefined ? {} : { at: opts.at });
      const text = opts.format === 'html' ? matrixHtml(matrix) : matrixMarkdown(matrix);
      if (opts.output === undefined) return io.out(text);
      await writeFile(opts.output, text);
      io.err(`wrote ${opts.output}\n`);
    });
};

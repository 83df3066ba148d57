import { readFile } from 'node:fs/promises';
import { Option } from 'commander';
import { decisionDiff, diffMarkdown, diffText, parseCorpus, type CorpusEntry, type DecisionDiff } from '../../engine/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import type { Io } from '../io.ts';
import { atOption } from './analysis-options.ts';
import { loadOrReport } from '../report.ts';

interface DiffOpts {
  base: string;
  bundle: string;
  corpus?: string;
  failOn?: 'loosen' | 'any';
  format: 'text' | 'json' | 'md';
  at?: string;
}

/** Exit codes: 0 no failing change, 1 a change `--fail-on` names, 2 the comparison could not run. */
export const register: Register = (command, io, setCode) => {
  command
    .requiredOption('--base <dir>', 'the bundle before the change')
    .option('--bundle <dir>', 'the bundle after the change', DEFAULT_BUNDLE)
    .option('--corpus <file>', 'JSON Lines requests to decide under both bundles as well')
    .addOption(new Option('--fail-on <change>', 'exit 1 when any decision loosens (moves toward allow), or on any change').choices(['loosen', 'any']))
    .addOption(new Option('--format <format>', 'text, json or md').choices(['text', 'json', 'md']).default('text'))
    .addOption(atOption())
    .action(async (opts: DiffOpts) => {
      const base = await loadOrReport(opts.base, io);
      const next = base && (await loadOrReport(opts.bundle, io));
      const corpus = next && (await readCorpus(opts.corpus, io));
      if (!base || !next || !corpus) return setCode(2);
      const diff = decisionDiff(base, next, { corpus, ...(opts.at === undefined ? {} : { at: opts.at }) });
      io.out(opts.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : opts.format === 'md' ? diffMarkdown(diff) : diffText(diff));
      if (opts.format === 'json') for (const w of diff.warnings) io.err(`warning: ${w}\n`);
      setCode(fails(diff, opts.failOn) ? 1 : 0);
    });
};

function fails(diff: DecisionDiff, failOn: DiffOpts['failOn']): boolean {
  return failOn === 'any' ? diff.changed > 0 : failOn === 'loosen' ? diff.loosened > 0 : false;
}

/** The corpus requests; a bad line stops the run, naming the line (a silently skipped request would hide a change). */
async function readCorpus(file: string | undefined, io: Io): Promise<CorpusEntry[] | undefined> {
  if (file === undefined) return [];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    io.err(`phigate: cannot read the corpus ${file}: ${(e as Error).message}\n`);
    return undefined;
  }
  const { entries, problems } = parseCorpus(text);
  for (const p of problems) io.err(`${file}:${p.line}: ${p.message}\n`);
  if (problems.length === 0) return entries;
  io.err(`phigate: ${problems.length} line${problems.length === 1 ? '' : 's'} of ${file} ${problems.length === 1 ? 'is' : 'are'} not a valid request; fix or remove ${problems.length === 1 ? 'it' : 'them'}\n`);
  return undefined;
}

// The phigate command line. `phigate --help` lists the commands from the table below without loading
// any of them; a command's module, and the engine or the service with it, loads only when it runs.
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import type { Register } from './command.ts';
import { processIo, type Io } from './io.ts';

interface CommandEntry {
  name: string;
  description: string;
  load: () => Promise<{ register: Register }>;
}

const COMMANDS: readonly CommandEntry[] = [
  { name: 'check', description: 'Check a policy bundle: syntax, names, types, duplicates, unreachable rules', load: () => import('./commands/check.ts') },
  { name: 'fmt', description: 'Rewrite .policy files in the canonical style (files or directories; default: the bundle)', load: () => import('./commands/fmt.ts') },
  { name: 'test', description: "Run the bundle's test blocks: each builds a request, decides it, and compares the decision with its expect line", load: () => import('./commands/test.ts') },
  { name: 'decide', description: 'Decide requests read as JSON Lines on stdin; writes one response per line, in order', load: () => import('./commands/decide.ts') },
  { name: 'explain', description: 'Decide one request (JSON, from --request FILE or stdin), explain it in plain language, and say how it could be sent', load: () => import('./commands/explain.ts') },
  { name: 'route', description: 'Plan how to reach a patient with a message ({message, patient, at?, senders?} as JSON, from --request FILE or stdin)', load: () => import('./commands/route.ts') },
  { name: 'serve', description: 'Run the decision API (POST /v1/decide) on a bundle; reloads when the bundle changes or on SIGHUP', load: () => import('./commands/serve.ts') },
  { name: 'audit', description: 'Work with the audit trail in PHIGATE_DATA_DIR (default data/)', load: () => import('./commands/audit.ts') },
  { name: 'matrix', description: 'Show the decision for every channel and message category under named patient profiles', load: () => import('./commands/matrix.ts') },
  { name: 'templates', description: "List the bundle's approved templates and the channels each may be sent on", load: () => import('./commands/templates.ts') },
  { name: 'diff', description: 'Compare the decisions of two bundles over every channel, category, consent, vendor and sample text (and a corpus)', load: () => import('./commands/diff.ts') },
  { name: 'lint', description: 'Warn about rules that never apply or never decide, channels and categories no rule mentions, untested rules', load: () => import('./commands/lint.ts') },
  { name: 'export', description: 'Write the policy for another rules engine (json-rules-engine); constructs it cannot express are reported', load: () => import('./commands/export.ts') },
];

/** The package's version, read by the package's own name so it resolves from the sources and from dist/ alike. */
const VERSION = (createRequire(import.meta.url)('phigate/package.json') as { version: string }).version;

/** Run the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const setCode = (c: number): void => {
    code = Math.max(code, c);
  };
  const program = new Command('phigate')
    .description('Decide whether a healthcare practice may send a patient message over a channel')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  try {
    // Commands inherit exitOverride and the output of `program` (commander copies them on creation).
    for (const entry of COMMANDS) {
      const command = program.command(entry.name).description(entry.description);
      if (entry.name === argv[2]) (await entry.load()).register(command, io, setCode);
    }
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    io.err(`phigate: ${(e as Error).message}\n`);
    return 2;
  }
  return code;
}

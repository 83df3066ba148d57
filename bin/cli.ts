// The phigate command line: one file per command under commands/, all built on the library API.
import { Command, CommanderError } from 'commander';
import { ENGINE_VERSION } from '../engine/index.ts';
import { registerAudit } from './commands/audit.ts';
import { registerCheck } from './commands/check.ts';
import { registerDecide } from './commands/decide.ts';
import { registerDiff } from './commands/diff.ts';
import { registerExplain } from './commands/explain.ts';
import { registerRoute } from './commands/route.ts';
import { registerExport } from './commands/export.ts';
import { registerFmt } from './commands/fmt.ts';
import { registerLint } from './commands/lint.ts';
import { registerMatrix } from './commands/matrix.ts';
import { registerServe } from './commands/serve.ts';
import { registerTest } from './commands/test.ts';
import { processIo, type Io } from './io.ts';

export const DEFAULT_BUNDLE = 'policies';

/** Run the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const setCode = (c: number): void => {
    code = Math.max(code, c);
  };
  const program = new Command('phigate')
    .description('Decide whether a healthcare practice may send a patient message over a channel')
    .version(ENGINE_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  for (const register of [registerCheck, registerFmt, registerTest, registerDecide, registerExplain, registerRoute, registerServe, registerAudit, registerMatrix, registerDiff, registerLint, registerExport]) register(program, io, setCode);
  for (const c of program.commands) c.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    io.err(`phigate: ${(e as Error).message}\n`);
    return 2;
  }
  return code;
}

export type Register = (program: Command, io: Io, setCode: (code: number) => void) => void;

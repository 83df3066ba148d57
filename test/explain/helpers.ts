// Shared by the explain-mode tests: the default bundle, and the CLI run in-process with stdin.
import { main } from '../../bin/cli.ts';
import type { Io } from '../../bin/io.ts';
import { loadBundle, type CompiledPolicy } from '../../engine/index.ts';

/** The default bundle `policies/` with its own vendor register (acme-sms, riverside-ehr, blastly ...). */
export async function defaultBundle(): Promise<CompiledPolicy> {
  const loaded = await loadBundle('policies');
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return loaded.value;
}

/** `phigate ...args` with `stdin` as standard input, stdout and stderr captured. */
export async function phigate(args: readonly string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    lines: async function* () {
      yield* stdin.split('\n');
    },
    readAll: async () => stdin,
    color: false,
  };
  const code = await main(['node', 'phigate', ...args], io);
  return { code, out, err };
}

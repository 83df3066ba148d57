import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatSource } from '../../engine/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import { printDiagnostics } from '../report.ts';

export const register: Register = (command, io, setCode) => {
  command
    .argument('[paths...]', '.policy files or bundle directories')
    .option('--bundle <dir>', 'the bundle directory, when no paths are given', DEFAULT_BUNDLE)
    .option('--check', 'change nothing; list the files that would change and exit 1 if any', false)
    .action(async (paths: string[], opts: { bundle: string; check: boolean }) => {
      const files = await policyFiles(paths.length > 0 ? paths : [opts.bundle]);
      let changed = 0;
      for (const file of files) {
        const text = await readFile(file, 'utf8');
        const formatted = formatSource(text, file);
        if (!formatted.ok) {
          printDiagnostics(io, formatted.diagnostics);
          setCode(1);
          continue;
        }
        if (formatted.value === text) continue;
        changed++;
        if (opts.check) io.out(`would reformat ${file}\n`);
        else {
          await writeFile(file, formatted.value);
          io.out(`formatted ${file}\n`);
        }
      }
      if (opts.check && changed > 0) setCode(1);
    });
};

async function policyFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) out.push(...(await readdir(p)).filter((n) => n.endsWith('.policy')).sort().map((n) => join(p, n)));
    else out.push(p);
  }
  return out;
}

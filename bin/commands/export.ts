import { writeFile } from 'node:fs/promises';
import { loadBundle } from '../../engine/index.ts';
import { exportJsonRulesEngine, JSON_RULES_ENGINE } from '../../engine/export/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../cli.ts';
import { printDiagnostics } from '../report.ts';

export const registerExport: Register = (program, io, setCode) => {
  program
    .command('export')
    .description('Write the policy for another rules engine (json-rules-engine); constructs it cannot express are reported')
    .option('--format <format>', `the target: ${JSON_RULES_ENGINE}`, JSON_RULES_ENGINE)
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--output <file>', 'the file to write (default: stdout)')
    .action(async (opts: { format: string; bundle: string; output?: string }) => {
      if (opts.format !== JSON_RULES_ENGINE) throw new Error(`--format takes "${JSON_RULES_ENGINE}", not "${opts.format}"`);
      const loaded = await loadBundle(opts.bundle);
      if (!loaded.ok) {
        printDiagnostics(io, loaded.diagnostics);
        return setCode(1);
      }
      const exported = exportJsonRulesEngine(loaded.value);
      printDiagnostics(io, exported.diagnostics);
      if (!exported.ok) {
        io.err('phigate export: nothing written; change the rules above or decide them with phigate\n');
        return setCode(1);
      }
      const json = `${JSON.stringify(exported.value, null, 2)}\n`;
      if (opts.output === undefined) io.out(json);
      else {
        await writeFile(opts.output, json);
        io.err(`wrote ${exported.value.rules.length} json-rules-engine rules for ${loaded.value.checked.rules.length} policy rules to ${opts.output}\n`);
      }
    });
};

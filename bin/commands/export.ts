import { writeFile } from 'node:fs/promises';
import { exportJsonRulesEngine, JSON_RULES_ENGINE } from '../../engine/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import { loadOrReport, printDiagnostics } from '../report.ts';

export const register: Register = (command, io, setCode) => {
  command
    .option('--format <format>', `the target: ${JSON_RULES_ENGINE}`, JSON_RULES_ENGINE)
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--output <file>', 'the file to write (default: stdout)')
    .action(async (opts: { format: string; bundle: string; output?: string }) => {
      if (opts.format !== JSON_RULES_ENGINE) throw new Error(`--format takes "${JSON_RULES_ENGINE}", not "${opts.format}"`);
      const policy = await loadOrReport(opts.bundle, io);
      if (!policy) return setCode(1);
      const exported = exportJsonRulesEngine(policy);
      printDiagnostics(io, exported.diagnostics);
      if (!exported.ok) {
        io.err('phigate export: nothing written; change the rules above or decide them with phigate\n');
        return setCode(1);
      }
      const json = `${JSON.stringify(exported.value, null, 2)}\n`;
      if (opts.output === undefined) io.out(json);
      else {
        await writeFile(opts.output, json);
        io.err(`wrote ${exported.value.rules.length} json-rules-engine rules for ${policy.checked.rules.length} policy rules to ${opts.output}\n`);
      }
    });
};

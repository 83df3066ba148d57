// (f) The command line as an officer and a batch job meet it: process start included. `phigate --help`
// and `check` timed against a bare `node -e 0`, and `phigate decide` of 20,000 SMS-sized requests (JSON
// Lines in and out, classification included) against json-rules-engine and Cedar deciding the bench
// policy in-process (section c's deciders). Runs the built CLI (`npm run build`), as `npx phigate` does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decideWithJsonRulesEngine } from '../engine/index.ts';
import { benchPolicy } from './bundles.ts';
import { median, rate, rateAsync } from './measure.ts';
import { cedarDecider, exported, jreFactsOf } from './peers.ts';
import { count, ms, perSecond, rateWithSpread, times, type Section } from './report.ts';
import { rawRequests, validRequests } from './requests.ts';
import { SMS_160 } from './texts.ts';


const RUNS = 7;
const DECIDE_REQUESTS = 20_000;

/** Median wall time of `runs` runs of a command, in ms; throws if it fails. */
function wallMs(args: readonly string[], input?: string, runs = RUNS): { ms: number; stdout: string } {
  const times: number[] = [];
  let stdout = '';
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    const p = spawnSync(process.execPath, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (p.status !== 0) throw new Error(`${args.join(' ')} exited ${p.status}: ${p.stderr}`);
    stdout = p.stdout;
  }
  return { ms: median(times), stdout };
}

export async function cli(): Promise<Section> {
  const node = wallMs(['-e', '0']);
  const help = wallMs(['bin/phigate.js', '--help']);
  const check = wallMs(['bin/phigate.js', 'check']);

  const input = `${rawRequests(DECIDE_REQUESTS, 42, SMS_160).map((r) => JSON.stringify(r)).join('\n')}\n`;
  const dir = mkdtempSync(join(tmpdir(), 'phigate-bench-cli-'));
  writeFileSync(join(dir, 'requests.jsonl'), input);
  const decide = wallMs(['bin/phigate.js', 'decide'], input, 3);
  rmSync(dir, { recursive: true, force: true });
  const lines = decide.stdout.trimEnd().split('\n');
  const errors = lines.filter((l) => l.startsWith('{"error"')).length;
  if (lines.length !== DECIDE_REQUESTS || errors > 0) throw new Error(`phigate decide answered ${lines.length} lines, ${errors} errors`);
  const cliRate = DECIDE_REQUESTS / (decide.ms / 1000);

  const policy = benchPolicy();
  const out = exported(policy);
  const requests = validRequests(1_000);
  const cedarDecide = cedarDecider(policy, out);
  const jre = await rateAsync(async (i) => (await decideWithJsonRulesEngine(out, jreFactsOf(policy, out, requests[i % requests.length]!))).decision);
  const ced = rate((i) => cedarDecide(requests[i % requests.length]!).decision);

  return {
    title: 'Command line: start, check, and a batch of decisions',
    intro:
      `\`node bin/phigate.js …\` (the built CLI in \`dist/cli/\`) started ${RUNS} times each; the median wall time. ` +
      `\`decide\` reads ${count(DECIDE_REQUESTS)} SMS-sized requests (160-character bodies, classified) as JSON Lines on stdin and writes ${count(DECIDE_REQUESTS)} responses; its rate counts the whole process, start and bundle load included (median of 3 runs). ` +
      'The peers decide the bench policy in-process, as in section c, with no start and no text.',
    tables: [
      {
        headers: ['command', 'wall time', 'compared with'],
        rows: [
          ['node -e 0', ms(node.ms), ''],
          ['phigate --help', ms(help.ms), `${times(help.ms / node.ms)} node -e 0`],
          ['phigate check (default bundle)', ms(check.ms), ''],
          [`phigate decide, ${count(DECIDE_REQUESTS)} SMS requests`, ms(decide.ms), `${perSecond(cliRate)} including start`],
        ],
      },
      {
        headers: ['deciding', 'decisions/s', 'phigate decide (CLI) ÷ it'],
        rows: [
          ['phigate decide (CLI, process start, JSON in and out, classification)', perSecond(cliRate), ''],
          ['json-rules-engine 7, in-process (exported bench policy, no text)', rateWithSpread(jre), times(cliRate / jre.perSecond)],
          ['Cedar 4, in-process (translated bench policy, no text)', rateWithSpread(ced), times(cliRate / ced.perSecond)],
        ],
      },
    ],
    targets: [
      { what: 'phigate --help ÷ node -e 0', target: '≤ 3×', measured: times(help.ms / node.ms), met: help.ms <= 3 * node.ms },
      { what: 'phigate check, default bundle', target: '< 500 ms', measured: ms(check.ms), met: check.ms < 500 },
      { what: 'phigate decide (CLI) ÷ json-rules-engine in-process', target: '≥ 5×', measured: times(cliRate / jre.perSecond), met: cliRate >= 5 * jre.perSecond },
      { what: 'phigate decide (CLI) ÷ Cedar in-process', target: '≥ 5×', measured: times(cliRate / ced.perSecond), met: cliRate >= 5 * ced.perSecond },
    ],
    notes: [],
  };
}

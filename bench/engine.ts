// (a) Engine core: decisions per second on the ~30-rule bench policy over already-validated requests
// without message text (no classifier), trace off and on, through decideValid and through the bare
// buildFacts + evaluate path; request validation on its own; loading a generated 1,000-rule bundle.
import { compileBundle, decideValid, parseRequest } from '../engine/index.ts';
import { buildFacts } from '../engine/decide/decide.ts';
import { evaluate, evaluateTraced } from '../engine/decide/evaluator.ts';
import { Tracer } from '../engine/compile/trace.ts';
import { benchPolicy, generatedBundle, VENDORS } from './bundles.ts';
import { duration, rate } from './measure.ts';
import { count, micro, ms, perSecond, rateWithSpread, times, type Section } from './report.ts';
import { rawRequests, validRequests } from './requests.ts';

const REQUESTS = 1_000;
const LOAD_RULES = 1_000;

export function engineCore(): Section {
  const policy = benchPolicy();
  const requests = validRequests(REQUESTS);
  const raw = rawRequests(REQUESTS);
  const n = requests.length;
  const at = (i: number): number => Date.parse(requests[i % n]!.at!);

  const decisions = rate((i) => decideValid(policy, requests[i % n]!).decision);
  const traced = rate((i) => decideValid(policy, requests[i % n]!, { trace: true }).decision);
  const bare = rate((i) => evaluate(policy.rules, policy.defaultOutcome, buildFacts(policy, requests[i % n]!, at(i), [])).effect);
  const bareTraced = rate((i) => evaluateTraced(policy.rules, policy.defaultOutcome, buildFacts(policy, requests[i % n]!, at(i), []), new Tracer()).effect);
  const validation = rate((i) => parseRequest(raw[i % n]).ok);

  const files = generatedBundle(LOAD_RULES);
  const compileOnce = (): unknown => {
    const r = compileBundle(files, VENDORS);
    if (!r.ok) throw new Error('the generated bundle does not compile');
    return r.value;
  };
  const coldStart = process.hrtime.bigint();
  compileOnce();
  const cold = Number(process.hrtime.bigint() - coldStart) / 1e6;
  const load = duration(compileOnce, 7);

  const mix = new Map<string, number>();
  for (const r of requests) {
    const d = decideValid(policy, r).decision;
    mix.set(d, (mix.get(d) ?? 0) + 1);
  }
  const share = (d: string): string => `${Math.round((100 * (mix.get(d) ?? 0)) / n)}%`;

  return {
    title: 'Engine core',
    intro:
      `The bench policy (${policy.rules.rules.length} rules: the default bundle plus \`bench/fixtures/extra.policy\`) deciding ${count(n)} seeded, ` +
      `already-validated requests without message text (so no classifier), cycled; their decisions are ${share('allow')} allow, ${share('downgrade')} downgrade, ${share('deny')} deny. ` +
      '`decideValid` is the whole decision (facts, rules, downgrade planning with its re-decisions, the response with a fresh ULID); ' +
      'the bare path is `buildFacts` + `evaluate` (the outcome before planning). Median of 5 runs after warm-up, slowest–fastest run in brackets.',
    tables: [
      {
        headers: ['what', 'trace off', 'trace on'],
        rows: [
          ['decideValid', rateWithSpread(decisions), rateWithSpread(traced)],
          ['buildFacts + evaluate', rateWithSpread(bare), rateWithSpread(bareTraced)],
          ['parseRequest (validation only)', rateWithSpread(validation), ''],
        ],
      },
      {
        headers: ['load and compile', 'time'],
        rows: [
          [`generated bundle of ${count(LOAD_RULES)} rules, first load in the process`, ms(cold)],
          [`generated bundle of ${count(LOAD_RULES)} rules, median of 7 (${ms(load.min)}–${ms(load.max)})`, ms(load.ms)],
        ],
      },
    ],
    targets: [
      { what: 'decisions/s, trace off (decideValid)', target: '≥ 1,000,000/s', measured: perSecond(decisions), met: decisions.perSecond >= 1_000_000 },
      { what: `load + compile ${count(LOAD_RULES)} rules`, target: '< 250 ms', measured: ms(load.ms), met: load.ms < 250 },
    ],
    notes: [
      `Per request: validation ${micro(validation)}, a whole decision ${micro(decisions)}, the bare evaluation ${micro(bare)}. A service that validates every request (as \`decide\` and the API do) pays both.`,
      `Trace on runs every rule (no index, no short cut) and records every condition: ${times(decisions.perSecond / traced.perSecond)} slower than trace off, which is why explain mode is asked for per request.`,
    ],
  };
}

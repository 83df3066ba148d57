// (c) Peers: the same policy and the same requests decided by phigate, by json-rules-engine running
// the exported rules, and by Cedar (cedar-wasm, nodejs build) running a translation of the same
// rules. All three must agree on every request (decision and determining rules) before any timing.
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { decideValid, type CompiledPolicy, type DecisionRequest } from '../engine/index.ts';
import { buildFacts } from '../engine/decide/decide.ts';
import { evaluate } from '../engine/decide/evaluator.ts';
import { combineFirings, decideWithJsonRulesEngine, exportJsonRulesEngine, jsonRulesEngineFacts, ruleBookOf, type CombinedDecision, type ExportedPolicy } from '../engine/export/index.ts';
import { benchPolicy } from './bundles.ts';
import { cedarContext, cedarPolicies, cedarText, firingOf } from './cedar/translate.ts';
import { rate, rateAsync, type Rate } from './measure.ts';
import { count, rateWithSpread, times, type Section } from './report.ts';
import { validRequests } from './requests.ts';

const REQUESTS = 1_000;
const POLICY_SET = 'phigate-bench';
const CEDAR_FILE = 'bench/cedar/policy.cedar';

export function exported(policy: CompiledPolicy): ExportedPolicy {
  const r = exportJsonRulesEngine(policy);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.value;
}

export const jreFactsOf = (policy: CompiledPolicy, out: ExportedPolicy, req: DecisionRequest) => jsonRulesEngineFacts(buildFacts(policy, req, Date.parse(req.at!), []), out.facts);

/** A Cedar authorizer over a preparsed policy set, answering with phigate's combined decision. */
export function cedarDecider(policy: CompiledPolicy, out: ExportedPolicy): (req: DecisionRequest) => CombinedDecision {
  const parsed = cedar.preparsePolicySet(POLICY_SET, { staticPolicies: cedarPolicies(policy) });
  if (parsed.type !== 'success') throw new Error(`Cedar rejected the translation: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const book = ruleBookOf(out);
  const principal = { type: 'App', id: 'bench' };
  const action = { type: 'Action', id: 'send' };
  const resource = { type: 'Message', id: 'm' };
  return (req) => {
    const context = cedarContext(jreFactsOf(policy, out, req)) as cedar.Context;
    const answer = cedar.statefulIsAuthorized({ principal, action, resource, context, preparsedPolicySetId: POLICY_SET, entities: [] });
    // Fail closed, as phigate does: a Cedar failure or a policy that errored denies.
    if (answer.type !== 'success' || answer.response.diagnostics.errors.length > 0) return { decision: 'deny', reasons: [], downgrades: [] };
    return combineFirings(answer.response.diagnostics.reason.map(firingOf), book);
  };
}

const summary = (d: { decision: string; reasons: readonly { rule: string }[] }): string => `${d.decision} ${d.reasons.map((r) => r.rule).join(',')}`;

/** Every request decided alike by the three engines, or the first disagreement. */
async function checkAgreement(policy: CompiledPolicy, out: ExportedPolicy, requests: readonly DecisionRequest[], cedarDecide: (r: DecisionRequest) => CombinedDecision): Promise<void> {
  for (const [i, req] of requests.entries()) {
    const phigate = evaluate(policy.rules, policy.defaultOutcome, buildFacts(policy, req, Date.parse(req.at!), []));
    const expected = summary({ decision: phigate.effect, reasons: phigate.reasons });
    const jre = summary(await decideWithJsonRulesEngine(out, jreFactsOf(policy, out, req)));
    const ced = summary(cedarDecide(req));
    if (jre !== expected || ced !== expected) throw new Error(`the engines disagree on bench request ${i}: phigate "${expected}", json-rules-engine "${jre}", Cedar "${ced}"`);
  }
}

export async function peers(): Promise<Section> {
  const policy = benchPolicy();
  const out = exported(policy);
  const requests = validRequests(REQUESTS);
  const n = requests.length;
  const cedarDecide = cedarDecider(policy, out);
  await checkAgreement(policy, out, requests, cedarDecide);

  const phigateOff = rate((i) => decideValid(policy, requests[i % n]!).decision);
  const phigateOn = rate((i) => decideValid(policy, requests[i % n]!, { trace: true }).decision);
  const phigateBare = rate((i) => {
    const req = requests[i % n]!;
    return evaluate(policy.rules, policy.defaultOutcome, buildFacts(policy, req, Date.parse(req.at!), [])).effect;
  });
  const jre = await rateAsync(async (i) => (await decideWithJsonRulesEngine(out, jreFactsOf(policy, out, requests[i % n]!))).decision);
  const ced = rate((i) => cedarDecide(requests[i % n]!).decision);
  const ratio = (peer: Rate): string => times(phigateOff.perSecond / peer.perSecond);

  const cedarRules = Object.keys(cedarPolicies(policy)).length;
  return {
    title: 'Peers: phigate, json-rules-engine, Cedar',
    intro:
      `The bench policy (${policy.rules.rules.length} rules) and the same ${count(n)} requests. json-rules-engine runs the export (\`phigate export\`: ${out.rules.length} rules, indeterminate twins included) ` +
      'through `decideWithJsonRulesEngine`; Cedar (cedar-wasm, nodejs build) runs a translation of the same lowering ' +
      `(${cedarRules} policies, regenerated into \`${CEDAR_FILE}\` by this run) with \`preparsePolicySet\` once and \`statefulIsAuthorized\` per request. ` +
      'Both peers are given facts built by `buildFacts` and flattened, and their answers go through phigate\'s combining, so all three compute the same thing. ' +
      'phigate is measured again here, next to its peers, rather than taken from section a; it runs slower here than in section a because this process has by now also decided texts (see the discussion). ' +
      `Before timing, the three engines were checked to give the same decision and the same determining rules on all ${count(n)} requests (phigate before downgrade planning).`,
    tables: [
      {
        headers: ['engine', 'trace off', 'trace on', 'phigate decideValid ÷ engine, trace off'],
        rows: [
          ['phigate decideValid (full response, downgrade plans)', rateWithSpread(phigateOff), rateWithSpread(phigateOn), ''],
          ['phigate buildFacts + evaluate (outcome only, like the peers)', rateWithSpread(phigateBare), '', ''],
          ['json-rules-engine 7 (exported rules)', rateWithSpread(jre), 'always on: every run records each condition\'s fact value and result', ratio(jre)],
          ['Cedar 4 (cedar-wasm, translated rules)', rateWithSpread(ced), 'none: Cedar reports only the determining policies', ratio(ced)],
        ],
      },
    ],
    targets: [
      { what: 'phigate ÷ json-rules-engine, trace off', target: '≥ 30×', measured: ratio(jre), met: phigateOff.perSecond >= 30 * jre.perSecond },
      { what: 'phigate ÷ Cedar, trace off', target: '≥ 30×', measured: ratio(ced), met: phigateOff.perSecond >= 30 * ced.perSecond },
    ],
    notes: [
      'json-rules-engine evaluates through promises (one per condition and fact) and deep-copies each rule\'s conditions into its result on every run; ' +
        'Cedar pays for crossing into WebAssembly and for converting the context on each call. phigate runs one generated function per channel × category cell of its rule index.',
    ],
    files: [{ path: CEDAR_FILE, text: `// Generated by \`npm run bench\` (bench/cedar/translate.ts) from the bench policy: do not edit.\n\n${cedarText(cedarPolicies(policy))}` }],
  };
}

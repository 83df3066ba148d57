// (d) Scaling: decisions per second and load time as a generated bundle grows from 10 to 10,000
// rules, phigate against json-rules-engine running the export of the same bundle. Generated rules
// are pinned to channels and categories like real ones, so phigate's rule index decides how many
// rules a request runs; json-rules-engine runs them all.
import { Engine } from 'json-rules-engine';
import { compileBundle, decideValid, type CompiledPolicy } from '../engine/index.ts';
import { buildFacts } from '../engine/decide/decide.ts';
import { addPhigateOperators, decideWithJsonRulesEngine, jsonRulesEngineFacts, type ExportedPolicy } from '../engine/export/index.ts';
import { generatedBundle, VENDORS } from './bundles.ts';
import { duration, rate, rateAsync, type Rate } from './measure.ts';
import { exported } from './peers.ts';
import { count, ms, rateWithSpread, times, type Section } from './report.ts';
import { validRequests } from './requests.ts';
import { logLogChart } from './svg.ts';

const SIZES = [10, 100, 1_000, 10_000];
const REQUESTS = 500;
const SVG = 'bench/scaling.svg';
/** Shorter runs than the other sections: eight engines × sizes must fit the time budget. */
const QUICK = { warmup: 0.3, runSeconds: 0.3, runs: 3 };

interface Point {
  rules: number;
  phigate: { load: number; rate: Rate };
  jre: { load: number; rate: Rate };
}

async function point(size: number): Promise<Point> {
  const files = generatedBundle(size);
  const compileOnce = (): CompiledPolicy => {
    const r = compileBundle(files, VENDORS);
    if (!r.ok) throw new Error(`the generated ${size}-rule bundle does not compile`);
    return r.value;
  };
  const loadRuns = size >= 10_000 ? 1 : 5;
  const policy = compileOnce(); // also the warm-up of the timed loads
  const load = duration(compileOnce, loadRuns);
  const requests = validRequests(REQUESTS);
  const n = requests.length;
  const phigate = rate((i) => decideValid(policy, requests[i % n]!).decision, QUICK);

  const out = exported(policy);
  const text = JSON.stringify(out);
  // json-rules-engine's load: the exported JSON parsed and turned into an Engine with the operators.
  const jreEngine = (): Engine => addPhigateOperators(new Engine((JSON.parse(text) as ExportedPolicy).rules));
  jreEngine();
  const jreLoad = duration(jreEngine, loadRuns);
  const facts = requests.map((req) => jsonRulesEngineFacts(buildFacts(policy, req, Date.parse(req.at!), []), out.facts));
  const jre = await rateAsync(async (i) => (await decideWithJsonRulesEngine(out, facts[i % n]!)).decision, QUICK);
  return { rules: size, phigate: { load: load.ms, rate: phigate }, jre: { load: jreLoad.ms, rate: jre } };
}

export async function scaling(): Promise<Section> {
  const points: Point[] = [];
  for (const size of SIZES) points.push(await point(size));
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const svg = logLogChart({
    title: 'Decisions per second as the bundle grows',
    xLabel: 'rules in the bundle (log scale)',
    yLabel: 'decisions per second (log scale)',
    series: [
      { name: 'phigate (decideValid, trace off)', color: '#1f77b4', points: points.map((p) => [p.rules, p.phigate.rate.perSecond]) },
      { name: 'json-rules-engine (exported rules)', color: '#d62728', points: points.map((p) => [p.rules, p.jre.rate.perSecond]) },
    ],
  });
  return {
    title: 'Scaling with the number of rules',
    intro:
      `Generated bundles of ${SIZES.map(count).join(', ')} rules, each rule pinned to one or two channels and one to three categories with one more condition (consent, vendor, findings, template fields) and an effect ` +
      `(half allow, 30% deny, 20% downgrade); ${count(REQUESTS)} requests of the engine-core mix. Load is \`compileBundle\` (parse, check, compile, index) for phigate, and JSON.parse + \`new Engine\` + the operators for json-rules-engine (the export itself is not counted). ` +
      'Shorter runs than the other sections (median of 3), so the spread is wider.',
    tables: [
      {
        headers: ['rules', 'phigate decisions/s', 'json-rules-engine decisions/s', 'ratio', 'phigate load', 'json-rules-engine load'],
        rows: points.map((p) => [count(p.rules), rateWithSpread(p.phigate.rate), rateWithSpread(p.jre.rate), times(p.phigate.rate.perSecond / p.jre.rate.perSecond), ms(p.phigate.load), ms(p.jre.load)]),
      },
    ],
    targets: [],
    notes: [
      `From ${count(first.rules)} to ${count(last.rules)} rules phigate's rate falls ${times(first.phigate.rate.perSecond / last.phigate.rate.perSecond)} and json-rules-engine's ${times(first.jre.rate.perSecond / last.jre.rate.perSecond)}: ` +
        'the index runs only the rules pinned to the request\'s channel and category, while json-rules-engine evaluates every rule of each priority.',
    ],
    after: `![Decisions per second as the bundle grows](${SVG})`,
    files: [{ path: SVG, text: svg }],
  };
}

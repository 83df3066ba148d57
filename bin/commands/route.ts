import { planRoute, requestError, RouteRequestSchema, routeText } from '../../engine/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import { loadOrReport } from '../report.ts';
import { readJsonInput } from './explain.ts';

export const register: Register = (command, io, setCode) => {
  command
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--request <file>', 'the JSON file (default: stdin)')
    .option('--json', 'print the plan as JSON', false)
    .action(async (opts: { bundle: string; request?: string; json: boolean }) => {
      const policy = await loadOrReport(opts.bundle, io);
      if (!policy) return setCode(1);
      const input = await readJsonInput(io, opts.request);
      if (!input.ok) return setCode(1);
      const parsed = RouteRequestSchema.safeParse(input.value);
      if (!parsed.success) {
        io.err(`${requestError(parsed.error).message}\n`);
        return setCode(1);
      }
      const route = planRoute(policy, parsed.data);
      io.out(opts.json ? `${JSON.stringify(route, null, 2)}\n` : routeText(route, parsed.data.patient.timeZone ?? policy.settings.time_zone));
    });
};

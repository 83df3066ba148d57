// The library API: load a bundle, decide one request, decide many. The CLI and the server use
// only what is exported here.
export { loadBundle, compileBundle, type CompiledPolicy, type SourceFile } from './bundle.ts';
export { decide, decideMany, decideValid, type DecideOptions, type DecideResult, type DecisionError, type DecisionResponse } from './decide.ts';
export { parseRequest, requestError, DecisionRequestSchema, type DecisionRequest } from './request.ts';
export type { Action } from './actions.ts';
export type { Reason } from './compiler.ts';
export type { Finding } from './classify/index.ts';
export type { TracedRule, TracedCondition } from './trace.ts';
export { formatDiagnostic, type Diagnostic } from '../grammar/diagnostics.ts';
export { ENGINE_VERSION } from './version.ts';
// Explain mode, the route planner, policy tests, change analysis and export, for embedding apps.
export { withCounterfactuals, counterfactualsFor } from './counterfactuals.ts';
export { planRoute, RouteRequestSchema } from './route-planner.ts';
export { explainText } from './explain.ts';
export { runTests, coverageOf } from './testing/index.ts';
export { decisionMatrix, decisionDiff, lintPolicy } from './analysis/index.ts';
export { exportJsonRulesEngine, decideWithJsonRulesEngine } from './export/index.ts';

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

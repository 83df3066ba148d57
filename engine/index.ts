// The library API, and the only engine file that bin/, server/, web/ and audit/ import. The stages,
// each importing only the ones before it (a dependency rule in CI keeps it so):
//   contract → classify → check → compile → decide → explain, with analysis, testing and export above.
export * from './contract/index.ts';
export * from './classify/index.ts';
export * from './check/index.ts';
export * from './compile/index.ts';
export * from './decide/index.ts';
export * from './explain/index.ts';
export * from './analysis/index.ts';
export * from './testing/index.ts';
export * from './export/index.ts';
export { formatDiagnostic, didYouMean, type Diagnostic, type Span } from '../grammar/diagnostics.ts';
export { formatSource } from '../grammar/index.ts';

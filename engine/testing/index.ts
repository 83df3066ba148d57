// Policy unit tests: run a bundle's `test` blocks, measure decision coverage, and report the run.
// The CLI (`phigate test`) and test/policies/bundle.test.ts use only what is exported here; the
// vitest helper for embedding applications is `./vitest.ts` (`phigate/testing`).
export { runTests, compareDecision, summarize, locationOf, type DecisionSummary, type ExpectedDecision, type TestResult, type TestRun } from './runner.ts';
export { coverageOf, percentText, type Coverage, type EffectCoverage, type RuleCoverage } from './coverage.ts';
export { report, summaryLine, failureLines, junitLoadFailure, REPORTERS, type ReporterName } from './reporters.ts';

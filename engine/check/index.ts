// Checking a parsed bundle: names resolved against the fact catalog, types, lists, settings, and
// rules that can never apply. Produces the checked policy the compiler reads.
export { checkBundle, type CheckedPolicy } from './checker.ts';
export type { CheckedRule } from './rules.ts';
export { DEFER_TIMES, SETTINGS, type Settings } from './settings.ts';
export { NO_TIER } from './names.ts';
export * from './resolution.ts';
export * from './satisfiability.ts';
export * from './settings-vendors.ts';
export { failClosedTraps, missingClass } from './optional-facts.ts';

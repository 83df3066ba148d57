// Checking a parsed bundle: names resolved against the fact catalog, types, lists, settings, and
// rules that can never apply. Produces the checked policy the compiler reads.
export * from './checker.ts';
export * from './resolution.ts';
export * from './satisfiability.ts';
export * from './settings-vendors.ts';
export { failClosedTraps, missingClass } from './optional-facts.ts';

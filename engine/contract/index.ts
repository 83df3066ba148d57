// The decision contract (../shared/contract.md): the closed vocabularies, the request schema and its
// fast validation, vendor registers, dates, the facts a rule can read, and JSON written canonically.
// Every other stage reads the contract from here.
export * from './vocabulary.ts';
export * from './dates.ts';
export * from './json.ts';
export * from './strict-json.ts';
export * from './canonical.ts';
export * from './request.ts';
export * from './quick-check.ts';
export * from './vendors.ts';
export * from './local-time.ts';
export * from './facts.ts';
export * from './package.ts';
export * from './pattern.ts';
export * from './codes.ts';
export * from './fhir.ts';

// Shared by the FHIR tests: the fixtures (realistic R4 bundles written for phigate), and the mapping's
// result or its issues in a form short enough to compare.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle } from 'fhir/r4.js';
import { requestFromFhir, type DecisionRequest } from '../../engine/index.ts';

export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');
export const FIXTURES = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.json')).sort();

/** A fixture, fresh (callers may change it). */
export function fixture(name: string): Bundle {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, name), 'utf8')) as Bundle;
}

/** The clock of the tests that give no time in the bundle. */
export const NOW = Date.parse('2026-11-24T15:00:00Z');

/** The mapped request; throws with the issues when the bundle does not map. */
export function mapped(bundle: unknown): DecisionRequest {
  const r = requestFromFhir(bundle, { now: () => NOW });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The mapping's issues as "path: message"; empty when it maps. */
export function issuesOf(bundle: unknown): string[] {
  const r = requestFromFhir(bundle, { now: () => NOW });
  return r.ok ? [] : r.error.issues.map((i) => `${i.path}: ${i.message}`);
}

/** The paths of the mapping's issues. */
export function pathsOf(bundle: unknown): string[] {
  const r = requestFromFhir(bundle, { now: () => NOW });
  return r.ok ? [] : r.error.issues.map((i) => i.path);
}

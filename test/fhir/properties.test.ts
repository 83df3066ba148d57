// Properties of the FHIR mapping: a request written as a FHIR Bundle, in any of the forms the mapping
// reads, maps back to itself (for the fields FHIR carries), and that Bundle is valid R4; and no input,
// however broken, makes the mapping throw, name anything but a FHIR path, or quote a value back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CHANNELS, requestFromFhir, SCOPES, type Consent, type DecisionRequest } from '../../engine/index.ts';
import { BODIES, VENDOR_IDS } from '../arbitraries.ts';
import { bundleOf, type BuildStyle } from './build.ts';
import { NOW } from './helpers.ts';
import { r4Errors } from './r4-schema.ts';

/** A FHIR string: never empty, and (as the R4 JSON schema reads it) no whitespace but space, tab, CR and LF. */
const FHIR_STRING = /^[ \r\n\t\S]+$/;
const fhirString = fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }).filter((s) => FHIR_STRING.test(s));

const consentArb: fc.Arbitrary<Consent> = fc.oneof(
  fc.record(
    {
      channel: fc.constantFrom(...CHANNELS),
      scopes: fc.subarray([...SCOPES], { minLength: 1 }),
      status: fc.constant('active' as const),
      riskAcknowledged: fc.boolean(),
      unencryptedRequested: fc.boolean(),
      recordedAt: fc.constantFrom('2025-01-01', '2026-01-05T09:30:00Z', '2026-06-30T12:00:00-05:00'),
    },
    { requiredKeys: ['channel', 'scopes', 'status'] },
  ),
  // A revocation is of the whole channel: its scopes are not carried (the contract's rules never read them).
  fc.record({ channel: fc.constantFrom(...CHANNELS), scopes: fc.constant<Consent['scopes']>([]), status: fc.constant('revoked' as const), recordedAt: fc.constantFrom('2025-06-01', '2026-07-04T00:00:00Z') }, { requiredKeys: ['channel', 'scopes', 'status'] }),
);

/** Requests with only the fields FHIR carries: what the round trip must give back unchanged. */
const supportedRequest: fc.Arbitrary<DecisionRequest> = fc.record(
  {
    message: fc.record(
      {
        id: fc.stringMatching(/^[A-Za-z0-9\-.]{1,64}$/),
        category: fc.constantFrom(...CATEGORIES),
        body: fc.oneof(fc.constantFrom(...BODIES.filter((b) => b !== '')), fhirString),
        subject: fhirString,
      },
      { requiredKeys: ['category', 'body'] },
    ),
    channel: fc.constantFrom(...CHANNELS),
    sender: fc.record({ kind: fc.constant('platform' as const), vendor: fc.constantFrom(...VENDOR_IDS) }),
    patient: fc.record({ consents: fc.array(consentArb, { maxLength: 4 }), portalActive: fc.boolean(), doNotContact: fc.constant(true) }, { requiredKeys: ['consents'] }),
    at: fc.constantFrom('2026-11-24T15:00:00Z', '2024-03-01', '2029-01-01T12:00:00.250+01:00'),
  },
  { requiredKeys: ['message', 'channel', 'sender', 'patient'] },
);

const styleArb: fc.Arbitrary<BuildStyle> = fc.record({
  v3Codes: fc.boolean(),
  translations: fc.boolean(),
  atAs: fc.constantFrom('occurrenceDateTime' as const, 'authoredOn' as const),
  patientAs: fc.constantFrom('reference' as const, 'identifier' as const),
  activeAs: fc.constantFrom('permit' as const, 'opt-in' as const, 'narrowed' as const),
  revokedAs: fc.constantFrom('deny' as const, 'inactive' as const),
  period: fc.boolean(),
});

const map = (bundle: unknown) => requestFromFhir(bundle, { now: () => NOW });

describe('FHIR round trip', () => {
  it('request → FHIR Bundle → request is the identity, in every form the mapping reads, and the Bundle is valid R4', () => {
    fc.assert(
      fc.property(supportedRequest, styleArb, (request, style) => {
        const bundle = bundleOf(request, style);
        expect(r4Errors(bundle)).toEqual([]);
        const back = map(JSON.parse(JSON.stringify(bundle)));
        if (!back.ok) throw new Error(back.error.message);
        expect(back.value).toEqual(request);
      }),
      { numRuns: 300 },
    );
  });
});

/** Every path in a JSON value, as the keys and indexes leading to it. */
function pathsIn(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => pathsIn(v, [...at, i]))];
  if (typeof value === 'object' && value !== null) return [at, ...Object.entries(value).flatMap(([k, v]) => pathsIn(v, [...at, k]))];
  return [at];
}

/** The value with the element at `path` replaced (or deleted, for `undefined`). */
function mutate(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...(value as unknown[])];
    if (rest.length === 0 && replacement === undefined) copy.splice(head as number, 1);
    else copy[head as number] = mutate(copy[head as number], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && replacement === undefined) delete copy[head as string];
  else copy[head as string] = mutate(copy[head as string], rest, replacement);
  return copy;
}

const MARKER = 'Maria-Lopez-7Q';

describe('FHIR mapping on broken input', () => {
  it('never throws on any JSON value, and names FHIR paths', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = map(value);
        expect(r.ok).toBe(false);
        if (!r.ok) for (const issue of r.error.issues) expect(issue.path).toMatch(/^Bundle/);
      }),
      { numRuns: 300 },
    );
  });

  it('on a valid bundle with one element deleted or replaced: maps or fails with FHIR paths, never throws, never quotes the value', () => {
    const replacement = fc.oneof(
      fc.constant(undefined),
      fc.constant(MARKER),
      fc.constant({ [MARKER]: MARKER }),
      fc.constant([MARKER]),
      fc.constantFrom(0, -1, 1e308, true, false, null, '', '2026', 'SMSWRIT', 'permit', 'deny', 'inactive', 'urn:phigate:channel'),
      fc.jsonValue().map((v) => ({ note: MARKER, v })),
    );
    const mutated = fc
      .tuple(supportedRequest, styleArb)
      .map(([request, style]) => JSON.parse(JSON.stringify(bundleOf(request, style))) as unknown)
      .chain((bundle) => fc.tuple(fc.constantFrom(...pathsIn(bundle)), replacement).map(([path, value]) => mutate(bundle, path, value)));
    const seen = new Set<string>();
    fc.assert(
      fc.property(mutated, (bundle) => {
        const r = map(bundle);
        seen.add(r.ok ? 'mapped' : 'refused');
        if (r.ok) return;
        expect(r.error.issues.length).toBeGreaterThan(0);
        for (const issue of r.error.issues) expect(issue.path).toMatch(/^Bundle(\.|\[|$)/);
        expect(JSON.stringify(r.error)).not.toContain('Maria');
      }),
      { numRuns: 500 },
    );
    expect([...seen].sort()).toEqual(['mapped', 'refused']);
  });
});

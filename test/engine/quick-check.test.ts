// The compiled fast path of validation may only ever say yes to what zod accepts unchanged: a request
// it passes is used as it is, without zod seeing it. Inputs are JSON values, as the service receives them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { canonicalJson } from '../../engine/index.ts';
import { quickCheck } from '../../engine/contract/quick-check.ts';
import { DecisionRequestSchema, parseJsonRequest, parseRequest } from '../../engine/contract/request.ts';
import { BatchRequestSchema, ExplainQuery } from '../../server/schemas.ts';
import { requestArb } from '../arbitraries.ts';

const isQuickValid = quickCheck(DecisionRequestSchema)!;

type Path = (string | number)[];

/** Every place in a JSON value: the root, each object property and each array item. */
function places(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const children = Array.isArray(value) ? value.map((v, i) => places(v, [...at, i])) : Object.entries(value).map(([k, v]) => places(v, [...at, k]));
  return [at, ...children.flat()];
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };

function mutated(request: unknown, at: Path, m: Mutation): unknown {
  const root = { value: structuredClone(request) } as Record<string | number, unknown>;
  const path: Path = ['value', ...at];
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, root);
  const key = path[path.length - 1]!;
  // Own properties, as JSON.parse makes them: a key named __proto__ is data, not the prototype.
  const put = (o: object, k: string | number, value: unknown): void => void Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
  if (m.kind === 'set') put(parent, key, m.value);
  else if (m.kind === 'delete') delete parent[key];
  else if (typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key])) put(parent[key], m.key, m.value); // JSON arrays have no named keys
  return root.value;
}

/** Strings at and around every length limit of the contract, in plain, accented and astral characters and lone surrogates. */
const nearLimit = fc
  .tuple(fc.constantFrom('a', 'é', '😀', '\uD83D', '\uDE00', '"'), fc.constantFrom(0, 1, 99, 100, 101, 199, 200, 201, 1000, 1001, 2000, 2001, 100_001))
  .map(([c, n]) => c.repeat(n));
const dates = fc.constantFrom('2026-11-24', '2026-11-24T15:00:00Z', '2026-13-01', '2026-02-30', 'soon', '2026-11-24T25:00:00Z', '2026-11-24T15:00:00+0200', '');
const words = fc.constantFrom('sms', 'email', 'portal', 'active', 'revoked', 'platform', 'billing', 'lab_result', 'SMS', 'full');
const jsonValue = fc.oneof(nearLimit, dates, words, fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(words, { maxLength: 3 }), fc.dictionary(words, words, { maxKeys: 2 }));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  jsonValue.map((value) => ({ kind: 'set' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  fc.tuple(fc.constantFrom('extra', 'body', 'id', '__proto__', 'constructor'), jsonValue).map(([key, value]) => ({ kind: 'add' as const, key, value })),
);

describe('quickCheck (compiled validation)', () => {
  it('passes every valid request, so the fast path is the one taken', () => {
    fc.assert(fc.property(requestArb, (request) => isQuickValid(request)));
  });

  it('says yes only to requests zod accepts and returns unchanged; parseJsonRequest answers as parseRequest does', () => {
    fc.assert(
      fc.property(requestArb, fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (request, pick, mutations) => {
        let input: unknown = request;
        for (const [i, m] of mutations.entries()) {
          const all = places(input);
          input = mutated(input, all[(pick + i * 7) % all.length]!, m);
        }
        const [fast, zod] = [parseJsonRequest(input), parseRequest(input)];
        if (fast.ok && zod.ok) expect(canonicalJson(fast.value)).toBe(canonicalJson(zod.value));
        else expect(fast).toEqual(zod); // the same error, field by field
        if (isQuickValid(input)) {
          const parsed = DecisionRequestSchema.safeParse(input);
          expect(parsed.success).toBe(true);
          expect(canonicalJson(parsed.data)).toBe(canonicalJson(input));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('counts string lengths in code points, as zod does', () => {
    const request = fc.sample(requestArb, { numRuns: 1, seed: 7 })[0]!;
    for (const [id, valid] of [['😀'.repeat(200), true], ['😀'.repeat(201), false], ['a'.repeat(200), true], ['a'.repeat(201), false]] as const) {
      const input = { ...request, message: { ...request.message, id } };
      expect([isQuickValid(input), parseRequest(input).ok]).toEqual([valid, valid]);
    }
  });

  it('hands refinements back to zod: an impossible date fails the fast path', () => {
    const request = fc.sample(requestArb, { numRuns: 1, seed: 7 })[0]!;
    expect(isQuickValid({ ...request, at: '2026-13-01' })).toBe(false);
    expect(parseRequest({ ...request, at: '2026-13-01' }).ok).toBe(false);
  });

  it('refuses keys zod would strip from a plain object, so the value it passes is exactly what zod returns', () => {
    const check = quickCheck(z.object({ a: z.string() }))!;
    expect(check({ a: 'x' })).toBe(true);
    expect(check({ a: 'x', b: 1 })).toBe(false);
    expect(z.object({ a: z.string() }).parse({ a: 'x', b: 1 })).toEqual({ a: 'x' });
  });

  it('compiles the service routes’ schemas', () => {
    expect(quickCheck(ExplainQuery)?.({ explain: 'full' })).toBe(true);
    expect(quickCheck(ExplainQuery)?.({ explain: 'some' })).toBe(false);
    expect(quickCheck(BatchRequestSchema)?.({ requests: [1, 'x', {}] })).toBe(true);
  });

  it('keeps the fast path for number fields, bounds and integers included, and agrees with zod on every number', () => {
    // A number field added to the contract (patient.age, say) must not turn the fast path off.
    const schema = z.strictObject({ age: z.number().int().min(0).max(150), score: z.number().gt(-1).lt(1).optional(), any: z.number().optional() });
    const check = quickCheck(schema)!;
    expect(check).toBeDefined();
    const number = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.5, -0, 150, 151, 1, -1, 2 ** 53, '3', null, true));
    fc.assert(
      fc.property(fc.record({ age: number, score: number, any: number }, { requiredKeys: ['age'] }), (input) => {
        const parsed = schema.safeParse(input);
        expect(check(input)).toBe(parsed.success);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves schemas it cannot vouch for to zod alone', () => {
    for (const schema of [
      z.string().regex(/^a/),
      z.object({ a: z.string().default('x') }),
      z.string().transform((s) => s.length),
      z.union([z.string(), z.boolean()]),
      z.string().nullable(),
      z.number().multipleOf(5),
    ]) {
      expect(quickCheck(schema)).toBeUndefined();
    }
  });
});

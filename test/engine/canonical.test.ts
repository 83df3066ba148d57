// The request hash is taken over canonicalWriter's text: it must be canonicalJson's for every value a
// schema accepts, for each kind of field a contract may grow, and refuse kinds it cannot write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { canonicalJson, canonicalWriter } from '../../engine/index.ts';

const Item = z.strictObject({ n: z.number(), flag: z.boolean().optional(), tags: z.array(z.enum(['a', 'b'])) });
const Schema = z.strictObject({
  zeta: z.string(),
  alpha: z.string().optional(),
  count: z.number().int().min(0).optional(),
  on: z.boolean(),
  items: z.array(Item).max(3),
  nested: z.strictObject({ 'key with "quotes"': z.string().optional(), b: z.array(z.number()).optional() }).optional(),
});

const text = fc.string({ maxLength: 20, unit: 'binary' });
const item = fc.record({ n: fc.double({ noNaN: true, noDefaultInfinity: true }), flag: fc.boolean(), tags: fc.array(fc.constantFrom('a' as const, 'b' as const), { maxLength: 3 }) }, { requiredKeys: ['n', 'tags'] });
const value = fc.record(
  {
    zeta: text,
    alpha: text,
    count: fc.nat(),
    on: fc.boolean(),
    items: fc.array(item, { maxLength: 3 }),
    nested: fc.record({ 'key with "quotes"': text, b: fc.array(fc.integer(), { maxLength: 3 }) }, { requiredKeys: [] }),
  },
  { requiredKeys: ['zeta', 'on', 'items'] },
);

describe('canonicalWriter (the canonical text of a validated value, written from its schema)', () => {
  const write = canonicalWriter(Schema);

  it("is canonicalJson's text for any value the schema accepts: optional fields absent or present, nested objects, lists, numbers", () => {
    fc.assert(
      fc.property(value, (input) => {
        const parsed = Schema.parse(input);
        expect(write(parsed)).toBe(canonicalJson(input));
      }),
      { numRuns: 500 },
    );
  });

  it('writes an object whose first fields are all absent without a leading comma', () => {
    expect(write(Schema.parse({ zeta: 'z', on: true, items: [] }))).toBe('{"items":[],"on":true,"zeta":"z"}');
  });

  it('refuses, when it is built, a kind of field it cannot write, so a contract change cannot hash the wrong text', () => {
    const unsupported: z.ZodType[] = [z.strictObject({ u: z.union([z.string(), z.number()]) }), z.strictObject({ n: z.string().nullable() }), z.strictObject({ r: z.record(z.string(), z.string()) })];
    for (const schema of unsupported) {
      expect(() => canonicalWriter(schema)).toThrow(/not supported/);
    }
  });
});

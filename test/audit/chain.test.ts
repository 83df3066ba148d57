import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordBodyJson } from '../../audit/chain.ts';
import { chainRecord, GENESIS_HASH, recordHash, verifyRecords, type ChainedRecord } from '../../audit/index.ts';
import { canonicalJson } from '../../engine/index.ts';
import { entry } from './helpers.ts';

function chain(n: number): ChainedRecord[] {
  const out: ChainedRecord[] = [];
  let prev = { seq: 0, hash: GENESIS_HASH };
  for (let i = 0; i < n; i++) {
    prev = chainRecord(entry(), prev);
    out.push(prev as ChainedRecord);
  }
  return out;
}

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });

  it('follows JSON.stringify for undefined, toJSON and escapes', () => {
    expect(canonicalJson({ a: undefined, b: [undefined], c: new Date(0), d: 'é"\n' })).toBe(
      '{"b":[null],"c":"1970-01-01T00:00:00.000Z","d":"é\\"\\n"}',
    );
  });

  it('refuses values with no unambiguous JSON form', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/circular/);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  it('repeats shared (non-circular) references', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });
});

describe('record hash', () => {
  it("is 'sha256:' + hex(sha256(prevHash + '\\n' + canonicalJson(fields except hash)))", () => {
    const [r] = chain(1);
    const { hash, ...body } = r!;
    const expected = `sha256:${createHash('sha256').update(`${GENESIS_HASH}\n${canonicalJson(body)}`).digest('hex')}`;
    expect(hash).toBe(expected);
    expect(r!.prevHash).toBe(`sha256:${'0'.repeat(64)}`);
    expect(r!.seq).toBe(1);
  });

  it('the fast serializer equals canonicalJson for any record', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.:/+@-]{0,20}$/);
    // Printable text and any UTF-16 at all: quotes, backslashes, control characters, lone surrogates.
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), token);
    const record = fc.record({
      seq: fc.integer({ min: 1, max: 2 ** 40 }),
      decisionId: token,
      time: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      policy: fc.record({ name: text, version: text, digest: text }),
      engineVersion: text,
      requestHash: text,
      decision: fc.constantFrom('allow' as const, 'downgrade' as const, 'deny' as const),
      rules: fc.array(text),
      labels: fc.array(text),
      channel: text,
      category: text,
      prevHash: text,
    });
    fc.assert(fc.property(record, (r) => recordBodyJson(r) === canonicalJson(r)));
  });

  it('extra properties on an entry are neither stored nor hashed', () => {
    const e = entry();
    const withExtra = { ...e, patientId: 'P-123' } as typeof e;
    const a = chainRecord(e, { seq: 0, hash: GENESIS_HASH });
    const b = chainRecord(withExtra, { seq: 0, hash: GENESIS_HASH });
    expect(b.hash).toBe(a.hash);
    expect(JSON.stringify(b)).not.toContain('P-123');
  });
});

describe('verifyRecords (pure)', () => {
  it('accepts an empty chain and an intact chain', () => {
    expect(verifyRecords([])).toEqual({ ok: true, checked: 0 });
    expect(verifyRecords(chain(5))).toEqual({ ok: true, checked: 5 });
  });

  it('requires the chain to start at seq 1 after the genesis hash unless told where it starts', () => {
    const records = chain(6);
    const tail = records.slice(3);
    expect(verifyRecords(tail).firstBroken).toMatchObject({ seq: 1, reason: expect.stringMatching(/seq gap/) });
    expect(verifyRecords(tail, { start: { seq: 4, prevHash: records[2]!.hash } })).toEqual({ ok: true, checked: 3 });
    expect(verifyRecords(tail, { start: { seq: 4, prevHash: GENESIS_HASH } }).firstBroken).toMatchObject({
      seq: 4,
      reason: expect.stringMatching(/prevHash mismatch/),
    });
  });

  it('reports records out of order', () => {
    const records = chain(4);
    const shuffled = [records[0]!, records[2]!, records[1]!, records[3]!];
    expect(verifyRecords(shuffled).firstBroken).toMatchObject({ seq: 2, reason: expect.stringMatching(/seq gap/) });
    const dup = [records[0]!, records[1]!, records[1]!];
    expect(verifyRecords(dup).firstBroken).toMatchObject({ seq: 2, reason: expect.stringMatching(/out of order/) });
  });

  it('with a head, catches a truncated tail and a tail rewritten with recomputed hashes', () => {
    const records = chain(5);
    const head = { seq: 5, hash: records[4]!.hash };
    expect(verifyRecords(records, { head })).toEqual({ ok: true, checked: 5 });
    expect(verifyRecords(records.slice(0, 4), { head })).toMatchObject({
      ok: false,
      checked: 4,
      firstBroken: { seq: 5, reason: expect.stringMatching(/truncated/) },
    });
    const forged = { ...records[4]!, decision: 'allow' as const };
    forged.hash = recordHash(forged);
    expect(verifyRecords([...records.slice(0, 4), forged])).toEqual({ ok: true, checked: 5 });
    expect(verifyRecords([...records.slice(0, 4), forged], { head }).firstBroken).toMatchObject({
      seq: 5,
      reason: expect.stringMatching(/head mismatch/),
    });
  });

  it('reports records that do not have the record shape (an untrusted export)', () => {
    const records = chain(3);
    const bad = { ...records[1]!, rules: 'clinical' } as unknown as ChainedRecord;
    expect(verifyRecords([records[0]!, bad, records[2]!])).toMatchObject({
      ok: false,
      checked: 1,
      firstBroken: { seq: 2, reason: expect.stringMatching(/malformed record: rules/) },
    });
    const noPolicy = { ...records[0]!, policy: null } as unknown as ChainedRecord;
    expect(verifyRecords([noPolicy]).firstBroken).toMatchObject({ seq: 1, reason: expect.stringMatching(/policy/) });
  });
});

import fc from 'fast-check';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../engine/index.ts';
import { AUDIT_KEY_FILE, loadOrCreateAuditKey, requestHash, requestHasher } from '../../audit/index.ts';
import { hmacSha256 } from '../../audit/key.ts';
import { canonicalRequestJson, ConsentSchema, DecisionRequestSchema, MessageSchema, parseRequest, PatientSchema, SenderSchema, type DecisionRequest } from '../../engine/contract/request.ts';
import { CATEGORIES, CHANNELS, CONSENT_STATUSES, SCOPES, SENDER_KINDS } from '../../engine/contract/vocabulary.ts';
import { tempDir } from './helpers.ts';

const request = {
  message: { category: 'lab_result', body: 'Your HIV viral load came back at 40 copies/mL', id: 'c-123' },
  channel: 'sms',
  sender: { kind: 'platform', vendor: 'twilio' },
  patient: { id: 'PAT-778812', consents: [{ channel: 'sms', scopes: ['clinical'], status: 'active' }] },
};

// The same request with every object's keys in a different order.
const reordered = {
  patient: { consents: [{ status: 'active', scopes: ['clinical'], channel: 'sms' }], id: 'PAT-778812' },
  sender: { vendor: 'twilio', kind: 'platform' },
  channel: 'sms',
  message: { id: 'c-123', body: 'Your HIV viral load came back at 40 copies/mL', category: 'lab_result' },
};

describe('requestHash', () => {
  const key = randomBytes(32);

  it('is an HMAC-SHA256 over the canonical JSON of the request', () => {
    const h = requestHash(key, { b: [1, 2], a: 'x' });
    expect(h).toBe(`hmac-sha256:${createHmac('sha256', key).update('{"a":"x","b":[1,2]}').digest('hex')}`);
    expect(h).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
  });

  it('does not depend on key order', () => {
    expect(requestHash(key, reordered)).toBe(requestHash(key, request));
  });

  it('depends on the key, and on content and array order', () => {
    expect(requestHash(randomBytes(32), request)).not.toBe(requestHash(key, request));
    expect(requestHash(key, { ...request, channel: 'email' })).not.toBe(requestHash(key, request));
    expect(requestHash(key, { a: [1, 2] })).not.toBe(requestHash(key, { a: [2, 1] }));
  });

  it('contains none of the request text', () => {
    const h = requestHash(key, request);
    for (const s of ['HIV', 'PAT-778812', 'viral', 'c-123', 'twilio', 'lab_result']) expect(h).not.toContain(s);
  });

  it('refuses a missing or short key', () => {
    expect(() => requestHash(Buffer.alloc(0), request)).toThrow(TypeError);
    expect(() => requestHash(randomBytes(16), request)).toThrow(TypeError);
  });
});

describe('hmacSha256', () => {
  it('is the HMAC-SHA256 of createHmac for any key and any text, short, at the end of its buffer, and longer', () => {
    const key = fc.uint8Array({ minLength: 1, maxLength: 130 }).map((b) => Buffer.from(b)); // over 64 bytes a key is hashed first
    const nearEnd = fc
      .tuple(fc.constantFrom('a', 'é', '€', '😀', '\uD83D'), fc.integer({ min: -6, max: 6 }))
      .map(([c, d]) => c.repeat(Math.floor(16 * 1024 / Buffer.byteLength(c)) + d)); // around the 16 KB of room
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), nearEnd, fc.string().map((s) => s.repeat(2000)));
    fc.assert(
      fc.property(key, fc.array(text, { minLength: 1, maxLength: 4 }), (k, texts) => {
        const hmac = hmacSha256(k);
        for (const t of texts) expect(hmac(t)).toBe(createHmac('sha256', k).update(t, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('requestHasher', () => {
  it('is requestHash under the same key, with the general serializer or a faster one for the request shape', () => {
    const key = randomBytes(32);
    expect(requestHasher(key)(reordered)).toBe(requestHash(key, request));
    const parsed = parseRequest(request);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(requestHasher(key, canonicalRequestJson)(parsed.value)).toBe(requestHash(key, request));
  });

  it('refuses a missing or short key', () => {
    expect(() => requestHasher(randomBytes(16))).toThrow(TypeError);
  });
});

describe('canonicalRequestJson (the service hashes requests with it)', () => {
  const full: DecisionRequest = {
    at: '2026-11-24T15:00:00Z',
    channel: 'email',
    message: { body: 'Your HIV result: "negative"\n', category: 'lab_result', id: 'm-1', language: 'fr', subject: 'Résultat', templateFields: ['b', 'a'] },
    patient: {
      avoidChannels: ['sms'],
      consents: [{ channel: 'email', method: 'portal', recordedAt: '2026-01-05', riskAcknowledged: true, scopes: ['clinical', 'billing'], status: 'active', unencryptedRequested: false }],
      id: 'PAT-1',
      portalActive: true,
      timeZone: 'America/Chicago',
      age: 42,
      doNotContact: false,
    },
    sender: { kind: 'platform', vendor: 'postbox-mail' },
  };

  it('writes every field of the request schema', () => {
    const keys = (o: object): string[] => Object.keys(o).sort();
    expect(keys(full)).toEqual(keys(DecisionRequestSchema.shape));
    expect(keys(full.message)).toEqual(keys(MessageSchema.shape));
    expect(keys(full.sender)).toEqual(keys(SenderSchema.shape));
    expect(keys(full.patient)).toEqual(keys(PatientSchema.shape));
    expect(keys(full.patient.consents[0]!)).toEqual(keys(ConsentSchema.shape));
    expect(canonicalRequestJson(full)).toBe(canonicalJson(full));
  });

  it('is canonicalJson of any valid request, whatever its key order and whichever optional fields it has', () => {
    const text = fc.string({ maxLength: 40, unit: 'binary' });
    const consent = fc.record(
      {
        unencryptedRequested: fc.boolean(),
        status: fc.constantFrom(...CONSENT_STATUSES),
        scopes: fc.array(fc.constantFrom(...SCOPES), { maxLength: 3 }),
        riskAcknowledged: fc.boolean(),
        recordedAt: fc.constantFrom('2026-01-05', '2026-01-05T10:00:00.5+02:00'),
        method: text,
        channel: fc.constantFrom(...CHANNELS),
      },
      { requiredKeys: ['channel', 'scopes', 'status'] },
    );
    const raw = fc.record(
      {
        sender: fc.record({ vendor: text, kind: fc.constantFrom(...SENDER_KINDS) }, { requiredKeys: ['kind'] }),
        patient: fc.record(
          { portalActive: fc.boolean(), id: text, consents: fc.array(consent, { maxLength: 3 }), avoidChannels: fc.array(fc.constantFrom(...CHANNELS), { maxLength: 2 }), timeZone: fc.constantFrom('America/Chicago', 'UTC'), age: fc.nat({ max: 150 }), doNotContact: fc.boolean() },
          { requiredKeys: ['consents'] },
        ),
        message: fc.record(
          { templateFields: fc.array(text, { maxLength: 3 }), subject: text, id: text, category: fc.constantFrom(...CATEGORIES), body: text, language: fc.constantFrom('en', 'es-MX', 'zh-Hant') },
          { requiredKeys: ['category', 'body'] },
        ),
        channel: fc.constantFrom(...CHANNELS),
        at: fc.constantFrom('2026-11-24', '2026-11-24T15:00:00Z'),
      },
      { requiredKeys: ['message', 'channel', 'sender', 'patient'] },
    );
    fc.assert(
      fc.property(raw, (input) => {
        const parsed = parseRequest(input);
        if (!parsed.ok) throw new Error(parsed.error.message);
        expect(canonicalRequestJson(parsed.value)).toBe(canonicalJson(input));
      }),
    );
  });
});

describe('loadOrCreateAuditKey', () => {
  it('creates 32 random bytes with mode 0600 (and the data directory) on first use, then reuses them', () => {
    const dir = tempDir('nested/data');
    expect(existsSync(dir)).toBe(false);
    const key = loadOrCreateAuditKey(dir);
    expect(key.length).toBe(32);
    const file = join(dir, AUDIT_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file).equals(key)).toBe(true);
    expect(readdirSync(dir)).toEqual([AUDIT_KEY_FILE]); // no temporary file left behind
    expect(loadOrCreateAuditKey(dir).equals(key)).toBe(true);
    expect(loadOrCreateAuditKey(tempDir()).equals(key)).toBe(false);
  });

  it('refuses to use or replace a key file of the wrong length', () => {
    const dir = tempDir();
    writeFileSync(join(dir, AUDIT_KEY_FILE), 'short');
    expect(() => loadOrCreateAuditKey(dir)).toThrow(/expected 32/);
    expect(readFileSync(join(dir, AUDIT_KEY_FILE), 'utf8')).toBe('short');
  });
});

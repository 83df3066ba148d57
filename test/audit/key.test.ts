import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_KEY_FILE, loadOrCreateAuditKey, requestHash } from '../../engine/audit/index.ts';
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

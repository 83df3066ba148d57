// API key checks: only the exact key passes, with its role; near misses do not.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keysFromList } from '../../server/keys.ts';

describe('API keys', () => {
  const keys = keysFromList(['client-key-0001', 'shared-key'], ['admin-key-0001', 'shared-key']);

  it('gives each exact key its role, admin when a key is in both lists', () => {
    expect(['client-key-0001', 'admin-key-0001', 'shared-key'].map((k) => keys.verify(k))).toEqual(['client', 'admin', 'admin']);
  });

  it('refuses near misses: another last character, a prefix, one more character, another case, the stored hash, nothing', () => {
    const digest = createHash('sha256').update('client-key-0001').digest('hex');
    for (const k of ['client-key-0002', 'client-key-000', 'client-key-00011', 'CLIENT-KEY-0001', digest, '', undefined]) {
      expect(keys.verify(k)).toBeUndefined();
    }
  });
});

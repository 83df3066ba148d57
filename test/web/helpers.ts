// Shared by the playground tests: the service on the default bundle, with one client key, a pinned
// clock and a fresh audit store; and the requests the officer tries.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openSqliteAuditStore, type AuditStore } from '../../audit/index.ts';
import type { DecisionRequest } from '../../engine/index.ts';
import { buildApp, type AppOptions } from '../../server/app.ts';
import { keysFromList } from '../../server/keys.ts';
import { PolicyHolder } from '../../server/policy-holder.ts';
import type { PlaygroundFile } from '../../server/routes/playground.ts';
import { testKey } from '../audit/helpers.ts';
import { defaultBundle } from '../explain/helpers.ts';

export const KEY = 'playground-client-key';
export const AUTH = { authorization: `Bearer ${KEY}` };
export const NOW = Date.parse('2026-11-24T15:00:00.000Z');

export const HIV_REMINDER_TEXT = 'Reminder: your HIV clinic appointment is Thu 3/5 at 10:15 AM.';

/** An SMS to a patient who consented to scheduling texts and uses the portal, sent at 10:00 in New York (outside the quiet hours). */
export function smsRequest(body: string, patch: Partial<DecisionRequest> = {}): DecisionRequest {
  return {
    message: { category: 'appointment_reminder', body },
    channel: 'sms',
    sender: { kind: 'platform', vendor: 'acme-sms' },
    patient: { consents: [{ channel: 'sms', scopes: ['scheduling', 'notifications'], status: 'active', riskAcknowledged: true }], portalActive: true },
    at: '2026-11-24T15:00:00Z',
    ...patch,
  };
}

/** The default bundle's .policy files as the playground's editor holds them. */
export function defaultFiles(): PlaygroundFile[] {
  return readdirSync('policies')
    .filter((n) => n.endsWith('.policy'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join('policies', name), 'utf8') }));
}

export interface Playground {
  app: FastifyInstance;
  audit: AuditStore;
  /** Close the app and the audit store, and remove the data directory. */
  close: () => Promise<void>;
}

/** The service on the default bundle, for a whole test file (beforeAll / afterAll). */
export async function playgroundApp(options: Partial<AppOptions> = {}): Promise<Playground> {
  const dataDir = mkdtempSync(join(tmpdir(), 'phigate-playground-'));
  const audit = openSqliteAuditStore(dataDir);
  const app = await buildApp({ holder: new PolicyHolder('policies', await defaultBundle()), audit, auditKey: testKey, keys: keysFromList([KEY]), logger: false, now: () => NOW, ...options });
  return {
    app,
    audit,
    close: async () => {
      await app.close();
      await audit.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

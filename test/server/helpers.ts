// Shared fixtures for the decision service tests: a small bundle on disk (so reloads can edit it),
// an app on a real SQLite audit store with a pinned clock, keys, and request shortcuts.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterEach } from 'vitest';
import { openSqliteAuditStore, type AuditStore } from '../../audit/index.ts';
import { buildApp, type AppOptions } from '../../server/app.ts';
import { keysFromList } from '../../server/keys.ts';
import { PolicyHolder } from '../../server/policy-holder.ts';
import { closeLater, tempDir, testKey } from '../audit/helpers.ts';
import { VENDORS } from '../helpers.ts';

export const CLIENT_KEY = 'client-key-0123456789';
export const ADMIN_KEY = 'admin-key-0123456789';
export const AS_CLIENT = { authorization: `Bearer ${CLIENT_KEY}` };
export const AS_ADMIN = { authorization: `Bearer ${ADMIN_KEY}` };
/** The server's clock in these tests: requests without `at` and audit records use it. */
export const NOW = Date.parse('2026-11-24T15:00:00.000Z');
export const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export const REMINDER_REASON = 'Reminders may go by text with consent';

/** The service tests' policy: small enough that whole response bodies stay readable. */
export const SERVICE_POLICY = `policy "service-test" version "1.0.0"
default deny "No rule allows this send"

settings {
  practice = "Riverside"
  portal_vendor = "ehr"
}

tier administrative = [appointment_reminder]
scope scheduling = [appointment_reminder]
channels unsecured = [sms, email]
labels care_revealing = [HIV, SSP]

rule no-baa {
  when sender.kind == platform and not vendor.covers
  deny
  because "Every vendor that carries patient messages must have a signed, current BAA"
  cite "45 CFR 164.502(e)"
}

rule care-revealing-by-text {
  when channel in unsecured and message.findings contains any care_revealing
  downgrade redact care_revealing
  because "Found-phone test: the text reveals the kind of care"
  cite "45 CFR 164.530(c)"
}

rule reminders {
  when message.tier == administrative and consent.status == active and consent.scopes contains message.scope
  allow
  because "${REMINDER_REASON}"
}
`;

export const POLICY_FILE = 'rules.policy';

/** Write (atomically, as an editor's save-and-rename would) the bundle's policy file. */
export function writePolicy(bundle: string, text: string): void {
  const partial = join(bundle, `.${POLICY_FILE}.tmp`);
  writeFileSync(partial, text);
  renameSync(partial, join(bundle, POLICY_FILE));
}

/** A fresh bundle directory holding SERVICE_POLICY and the shared test vendors. */
export function bundleDir(policy: string = SERVICE_POLICY): string {
  const dir = tempDir('bundle');
  mkdirSync(dir);
  writeFileSync(join(dir, 'vendors.json'), VENDORS);
  writePolicy(dir, policy);
  return dir;
}

export interface Service {
  app: FastifyInstance;
  holder: PolicyHolder;
  audit: AuditStore;
  dataDir: string;
  bundle: string;
}

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});

/** The service on a fresh bundle and audit store; options replace the defaults. */
export async function service(options: Partial<AppOptions> = {}): Promise<Service> {
  const bundle = bundleDir();
  const opened = await PolicyHolder.open(bundle);
  if (!opened.ok) throw new Error(opened.diagnostics.map((d) => d.message).join('\n'));
  const dataDir = tempDir('data');
  const audit = options.audit ?? closeLater(openSqliteAuditStore(dataDir));
  const holder = closeLater(options.holder ?? opened.holder);
  const app = await buildApp({ holder, audit, auditKey: testKey, keys: keysFromList([CLIENT_KEY], [ADMIN_KEY]), now: () => NOW, ...options });
  apps.push(app);
  return { app, holder, audit, dataDir, bundle };
}

/** POST a JSON body (as a client unless other headers are given). */
export function post(app: FastifyInstance, url: string, body: unknown, headers: InjectOptions['headers'] = AS_CLIENT): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url, payload: body as InjectOptions['payload'], headers });
}

export function get(app: FastifyInstance, url: string, headers: InjectOptions['headers'] = AS_CLIENT): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url, headers });
}

/** A pino destination that keeps every log line, for reading back what the service logged. */
export function memoryLog(): { stream: { write: (line: string) => void }; text: () => string; entries: () => Record<string, unknown>[] } {
  const lines: string[] = [];
  return {
    stream: { write: (line) => void lines.push(line) },
    text: () => lines.join(''),
    entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** A raw TCP connection to a listening server: write any bytes, read everything it answers until it closes. */
export function rawConnection(url: string): { write: (bytes: string) => void; answer: Promise<string> } {
  const socket = connect(Number(new URL(url).port), '127.0.0.1');
  socket.setEncoding('utf8');
  let text = '';
  socket.on('data', (d: string) => (text += d));
  const answer = new Promise<string>((resolve, reject) => {
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
  return { write: (bytes) => void socket.write(bytes), answer };
}

/** The HTTP/1.1 responses in what a raw connection read (bodies delimited by Content-Length): each status line and JSON body. */
export function responsesIn(text: string): { status: string; body: unknown }[] {
  const responses: { status: string; body: unknown }[] = [];
  let rest = Buffer.from(text);
  while (rest.length > 0) {
    const headEnd = rest.indexOf('\r\n\r\n');
    const head = rest.subarray(0, headEnd).toString();
    const length = Number(/^content-length: *(\d+)$/im.exec(head)?.[1]);
    const start = headEnd + 4;
    responses.push({ status: head.slice(0, head.indexOf('\r\n')), body: JSON.parse(rest.subarray(start, start + length).toString()) as unknown });
    rest = rest.subarray(start + length);
  }
  return responses;
}

/** The head of a POST /v1/decide with this body, as a client key would send it. */
export const decideHead = (body: string): string =>
  `POST /v1/decide HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${CLIENT_KEY}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;

// The bundle on disk under faults: a partial bundle (files deleted or half-copied), a bundle whose own
// tests fail, the folder replaced (`mv new live`) or deleted and re-created. The service keeps serving the
// last good policy, says why in the reload's answer, GET /v1/policy, /readyz and /metrics, and follows the
// path (not the folder's inode) so a replaced folder is reloaded.
import { mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyHolder, type ReloadResult } from '../../server/policy-holder.ts';
import { tempDir } from '../audit/helpers.ts';
import { request, VENDORS } from '../helpers.ts';
import { AS_ADMIN, get, post, REMINDER_REASON, SERVICE_POLICY, service } from '../server/helpers.ts';
import { eventually } from './helpers.ts';

const TESTS = `
test "a reminder by SMS with consent is allowed" {
  given channel sms
  given sender { kind: platform, vendor: "acme-sms" }
  given patient { consents: [{ channel: sms, scopes: [scheduling], status: active }], portalActive: true }
  given message { category: appointment_reminder, body: "Reminder: your appointment is Thu at 10:15 AM." }
  given at 2026-11-24T15:00:00Z
  expect allow by reminders
}
`;
// The service policy split in two files, as a real bundle is: the header and two rules, then the allow rule.
const [HEAD, ALLOW] = [SERVICE_POLICY.slice(0, SERVICE_POLICY.indexOf('rule reminders')), SERVICE_POLICY.slice(SERVICE_POLICY.indexOf('rule reminders'))];

function writeBundle(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'vendors.json'), VENDORS);
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, `.${name}.tmp`), text);
    renameSync(join(dir, `.${name}.tmp`), join(dir, name));
  }
}

async function served(files: Record<string, string> = { '10-rules.policy': HEAD, '40-allow.policy': ALLOW, '90-tests.policy': TESTS }) {
  const root = tempDir();
  const bundle = join(root, 'live');
  writeBundle(bundle, files);
  const opened = await PolicyHolder.open(bundle);
  if (!opened.ok) throw new Error(opened.diagnostics.map((d) => d.message).join('\n'));
  const s = await service({ holder: opened.holder });
  const results: ReloadResult[] = [];
  opened.holder.onReloadHooks.push((r) => results.push(r));
  return { ...s, root, bundle, results };
}

const reasonOf = async (app: Awaited<ReturnType<typeof service>>['app']): Promise<string> => post(app, '/v1/decide', request()).then((r) => r.json().reasons[0]?.text as string);
const metric = (text: string, name: string): number => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);

describe('a partial bundle', () => {
  it('is refused when it loses rules: the last good policy keeps serving, and the answer, /v1/policy, /readyz and /metrics say why', async () => {
    const { app, holder, bundle, results } = await served();
    const digest = holder.current.digest;
    holder.watch(10, 50);
    unlinkSync(join(bundle, '40-allow.policy'));
    unlinkSync(join(bundle, '90-tests.policy'));
    await eventually(() => results.some((r) => !r.ok));
    expect(holder.current.digest).toBe(digest);
    expect(await reasonOf(app)).toBe(REMINDER_REASON); // still allowed by the rule the partial bundle lost

    const policy = (await get(app, '/v1/policy')).json();
    expect(policy.lastReloadError).toMatchObject({ refused: true, diagnostics: [{ code: 'reload/rules-lost', message: expect.stringMatching(/has 2 rules where the serving policy has 3; not in it: reminders/) }] });
    const ready = await get(app, '/readyz', {});
    expect(ready.statusCode).toBe(200); // the last good policy serves
    expect(ready.json().bundle).toMatchObject({ inSync: false, watching: true, changedAt: expect.any(String), lastReload: { refused: true, codes: ['reload/rules-lost'] } });
    const metrics = (await get(app, '/metrics', {})).body;
    expect(metric(metrics, 'phigate_policy_files_differ')).toBe(1);
    expect(metric(metrics, 'phigate_policy_last_reload_failed')).toBe(1);
    expect(metric(metrics, 'phigate_policy_stale_seconds')).toBeGreaterThanOrEqual(0);

    const reload = await post(app, '/v1/policy/reload', undefined, AS_ADMIN);
    expect(reload.statusCode).toBe(422);
    expect(reload.json()).toMatchObject({ ok: false, message: expect.stringMatching(/refused.*force=true/), diagnostics: [{ code: 'reload/rules-lost' }] });

    // The operator meant it: forced, the smaller bundle serves.
    const forced = await post(app, '/v1/policy/reload?force=true', undefined, AS_ADMIN);
    expect(forced.json()).toMatchObject({ ok: true, changed: true });
    expect((await post(app, '/v1/decide', request())).json().decision).toBe('deny');
    expect((await get(app, '/readyz', {})).json().bundle).toEqual({ inSync: true, staleSeconds: 0, watching: true });
    expect(metric((await get(app, '/metrics', {})).body, 'phigate_policy_files_differ')).toBe(0);
  });

  it('is refused when a rule is renamed away, even with as many rules', async () => {
    const { holder, bundle } = await served();
    writeBundle(bundle, { '40-allow.policy': ALLOW.replace('rule reminders', 'rule reminder-v2'), '90-tests.policy': TESTS.replace('by reminders', 'by reminder-v2') });
    const r = await holder.reload();
    expect(r).toMatchObject({ ok: false, error: { refused: true, diagnostics: [{ code: 'reload/rules-lost', message: expect.stringMatching(/not in it: reminders/) }] } });
  });

  it("is refused when the bundle's own tests fail, unless forced", async () => {
    const { app, holder, bundle } = await served();
    writeBundle(bundle, { '40-allow.policy': ALLOW.replace('consent.status == active', 'consent.status == revoked') });
    const r = await holder.reload();
    expect(r).toMatchObject({ ok: false, error: { refused: true, diagnostics: [{ code: 'reload/tests-failed', message: expect.stringMatching(/"a reminder by SMS with consent is allowed" fails/), span: { line: 2 } }] } });
    expect(await reasonOf(app)).toBe(REMINDER_REASON);
    expect((await holder.reload({ force: true })).ok).toBe(true);
  });

  it('a bundle with errors is still rejected when forced', async () => {
    const { holder, bundle } = await served();
    writeBundle(bundle, { '40-allow.policy': 'rule broken {' });
    expect(await holder.reload({ force: true })).toMatchObject({ ok: false, error: { diagnostics: [{ code: expect.stringMatching(/^parse\//) }] } });
  });
});

describe('the bundle folder replaced or re-created', () => {
  it('reloads after `mv new live`, and again after the folder is deleted and re-created', async () => {
    const { app, holder, root, bundle } = await served();
    holder.watch(10, 50);
    await eventually(() => holder.freshness().watching);

    const next = join(root, 'next');
    writeBundle(next, { '10-rules.policy': HEAD, '40-allow.policy': ALLOW.replace(REMINDER_REASON, 'Replaced folder'), '90-tests.policy': TESTS });
    renameSync(bundle, join(root, 'old'));
    renameSync(next, bundle);
    await eventually(async () => (await reasonOf(app)) === 'Replaced folder');
    await eventually(() => !holder.freshness().differ); // the poll compares the new folder's files with the serving policy's
    expect(holder.freshness()).toMatchObject({ differ: false, staleSeconds: 0 });

    rmSync(bundle, { recursive: true });
    await eventually(() => holder.freshness().differ); // gone: the files differ from the serving policy's
    expect(await reasonOf(app)).toBe('Replaced folder'); // and the last good policy serves
    const ready = (await get(app, '/readyz', {})).json();
    expect(ready).toMatchObject({ status: 'ready', bundle: { inSync: false, lastReload: { refused: false, codes: ['load/io'] } } });

    writeBundle(bundle, { '10-rules.policy': HEAD, '40-allow.policy': ALLOW.replace(REMINDER_REASON, 'Re-created folder'), '90-tests.policy': TESTS });
    await eventually(async () => (await reasonOf(app)) === 'Re-created folder');
    // And the new folder is watched: an edit in it is reloaded too.
    writeBundle(bundle, { '40-allow.policy': ALLOW.replace(REMINDER_REASON, 'Edited in the new folder') });
    await eventually(async () => (await reasonOf(app)) === 'Edited in the new folder');
    await eventually(() => !holder.freshness().differ);
    expect((await get(app, '/readyz', {})).json().bundle).toEqual({ inSync: true, staleSeconds: 0, watching: true });
  });

  it('reports how long the serving policy has been older than its files', async () => {
    const { app, holder, bundle } = await served();
    holder.watch(10, 50);
    writeBundle(bundle, { '40-allow.policy': 'rule broken {' });
    await eventually(() => holder.lastError);
    const first = holder.freshness();
    expect(first).toMatchObject({ differ: true, changedAt: expect.any(String) });
    await eventually(() => holder.freshness().staleSeconds > first.staleSeconds);
    const ready = (await get(app, '/readyz', {})).json();
    expect(ready.bundle).toMatchObject({ inSync: false, changedAt: first.changedAt, lastReload: { refused: false } });
    expect(ready.bundle.staleSeconds).toBeGreaterThanOrEqual(0);
  });
});

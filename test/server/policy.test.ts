// GET /v1/policy and hot reload: a good bundle swaps in whole, a bad one is rejected with its
// diagnostics while the previous policy keeps serving, and reloads racing with decisions never
// produce an error or a decision from a half-loaded policy.
import { describe, expect, it } from 'vitest';
import type { DecisionResponse } from '../../engine/index.ts';
import { PolicyHolder, type ReloadResult } from '../../server/policy-holder.ts';
import { all } from '../audit/helpers.ts';
import { request } from '../helpers.ts';
import { AS_ADMIN, bundleDir, get, memoryLog, POLICY_FILE, post, REMINDER_REASON, SERVICE_POLICY, service, writePolicy } from './helpers.ts';

const REVISED_REASON = 'Reminders may go by text with consent (revised)';
const REVISED_POLICY = SERVICE_POLICY.replace(REMINDER_REASON, REVISED_REASON);
const BROKEN_POLICY = `${SERVICE_POLICY}
rule broken {
  when channel in nowhere
  allow
  because "A list that does not exist"
}
`;

async function digestOf(policy: string): Promise<string> {
  const opened = await PolicyHolder.open(bundleDir(policy));
  if (!opened.ok) throw new Error('test bundle does not load');
  return opened.holder.current.digest;
}

const decide = async (app: Awaited<ReturnType<typeof service>>['app']): Promise<DecisionResponse> => (await post(app, '/v1/decide', request())).json();

const RULES = [
  { name: 'no-baa', effect: 'deny', reason: 'Every vendor that carries patient messages must have a signed, current BAA', citation: '45 CFR 164.502(e)' },
  { name: 'care-revealing-by-text', effect: 'downgrade', reason: 'Found-phone test: the text reveals the kind of care', citation: '45 CFR 164.530(c)' },
  { name: 'reminders', effect: 'allow', reason: REMINDER_REASON },
];

describe('GET /v1/policy', () => {
  it('names the policy that is serving, its digest, and its rules with reasons and citations', async () => {
    const { app, holder } = await service();
    const res = await get(app, '/v1/policy');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ name: 'service-test', version: '1.0.0', digest: holder.current.digest, loadedAt: holder.current.loadedAt, rules: RULES });
  });

  it('needs a key', async () => {
    const { app } = await service();
    expect((await get(app, '/v1/policy', {})).statusCode).toBe(401);
  });
});

describe('POST /v1/policy/reload', () => {
  it('swaps in an edited bundle: new digest, new reasons in decisions', async () => {
    const { app, holder, bundle } = await service();
    const before = holder.current.digest;
    writePolicy(bundle, REVISED_POLICY);
    const res = await post(app, '/v1/policy/reload', undefined, AS_ADMIN);
    const after = await digestOf(REVISED_POLICY);
    expect(after).not.toBe(before);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, changed: true, digest: after });
    const decision = await decide(app);
    expect([decision.policy.digest, decision.reasons[0]?.text]).toEqual([after, REVISED_REASON]);
    expect((await post(app, '/v1/policy/reload', undefined, AS_ADMIN)).json()).toEqual({ ok: true, changed: false, digest: after });
  });

  it('rejects a bundle with errors (422), keeps the previous policy serving, and reports the diagnostics in GET /v1/policy and the log', async () => {
    const log = memoryLog();
    const { app, holder, bundle } = await service({ logger: { level: 'info', stream: log.stream } });
    const serving = holder.current;
    writePolicy(bundle, BROKEN_POLICY);
    const res = await post(app, '/v1/policy/reload', undefined, AS_ADMIN);
    const diagnostics = holder.lastError?.diagnostics;
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'check/unknown-value', severity: 'error', span: expect.objectContaining({ file: `${bundle}/${POLICY_FILE}`, line: 35 }) })]);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({ ok: false, message: 'The new bundle has errors; the previous policy keeps serving', diagnostics });

    expect(holder.current).toBe(serving);
    expect((await decide(app)).policy.digest).toBe(serving.digest);
    expect((await get(app, '/v1/policy')).json()).toEqual({
      name: 'service-test',
      version: '1.0.0',
      digest: serving.digest,
      loadedAt: serving.loadedAt,
      rules: RULES,
      lastReloadError: { at: holder.lastError?.at, diagnostics },
    });
    const logged = log.entries().find((e) => e.msg === 'policy reload rejected; the previous policy keeps serving');
    expect(logged).toMatchObject({ level: 50, diagnostics: [expect.stringMatching(new RegExp(`${POLICY_FILE}:35:19 check/unknown-value `))] });

    // Fixing the bundle clears the error.
    writePolicy(bundle, SERVICE_POLICY);
    expect((await post(app, '/v1/policy/reload', undefined, AS_ADMIN)).json()).toEqual({ ok: true, changed: false, digest: serving.digest });
    expect((await get(app, '/v1/policy')).json()).not.toHaveProperty('lastReloadError');
  });

  it('needs an admin key: a client key gets 403, no key 401', async () => {
    const { app } = await service();
    const res = await post(app, '/v1/policy/reload', undefined);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ statusCode: 403, code: 'FORBIDDEN', error: 'Forbidden', message: 'This endpoint needs an admin key' });
    expect((await post(app, '/v1/policy/reload', undefined, {})).statusCode).toBe(401);
  });

  it('under concurrent reloads and decisions: no errors, each decision from one whole policy, recorded with its digest', async () => {
    const { app, bundle, audit } = await service();
    const reasonOf = new Map([
      [await digestOf(SERVICE_POLICY), REMINDER_REASON],
      [await digestOf(REVISED_POLICY), REVISED_REASON],
    ]);
    const variants = [SERVICE_POLICY, REVISED_POLICY];
    const inFlight: Promise<DecisionResponse>[] = [];
    for (let round = 0; round < 10; round++) {
      const written = variants[round % 2]!;
      writePolicy(bundle, written);
      const reloads = [1, 2].map(() => post(app, '/v1/policy/reload', undefined, AS_ADMIN));
      for (let i = 0; i < 8; i++) inFlight.push(decide(app));
      // A reload asked for after the files changed reports the files as written, even while an earlier load runs.
      for (const r of await Promise.all(reloads)) expect(r.json()).toMatchObject({ ok: true, digest: await digestOf(written) });
      expect((await decide(app)).reasons[0]?.text).toBe(reasonOf.get(await digestOf(written)));
    }
    const decisions = await Promise.all(inFlight);
    for (const d of decisions) expect(d.reasons[0]?.text).toBe(reasonOf.get(d.policy.digest));
    const recorded = new Map((await all(audit.records())).map((r) => [r.decisionId, r.policy.digest]));
    for (const d of decisions) expect(recorded.get(d.decisionId)).toBe(d.policy.digest);
  });
});

describe('watching the bundle', () => {
  it('reloads when a file in the bundle changes', async () => {
    const { app, holder, bundle } = await service();
    const reloaded = new Promise<ReloadResult>((resolve) => holder.onReloadHooks.push((r) => r.ok && r.changed && resolve(r)));
    holder.watch(10);
    writePolicy(bundle, REVISED_POLICY);
    expect(await reloaded).toMatchObject({ ok: true, changed: true });
    expect((await decide(app)).reasons[0]?.text).toBe(REVISED_REASON);
  });
});

// The audit trail behind the service: every answered decision is recorded, under the digest that
// made it, before the answer leaves; `phigate audit verify` and `export` work on what it wrote.
import { describe, expect, it } from 'vitest';
import { requestHash } from '../../audit/index.ts';
import type { DecisionResponse } from '../../engine/index.ts';
import { all, rawDb, testKey } from '../audit/helpers.ts';
import { phigate } from '../explain/helpers.ts';
import { request } from '../helpers.ts';
import { NOW, post, service } from './helpers.ts';

const BODY = 'Reminder: your HIV clinic appointment is Thu 3/5 at 10:15 AM.';

describe('audit records', () => {
  it('hold every answered decision, with its id, digest, outcome, rules and labels, and nothing of the text', async () => {
    const { app, audit } = await service();
    const hiv = request({ message: { body: BODY }, patient: { id: 'p-42' } });
    const singles = [await post(app, '/v1/decide', request()), await post(app, '/v1/decide?explain=full', hiv), await post(app, '/v1/decide', request({ sender: { vendor: 'blastly' } }))];
    const batch = await post(app, '/v1/decide/batch', { requests: [request(), { channel: 'fax' }, hiv] });
    await post(app, '/v1/decide', { channel: 'fax' });
    await post(app, '/v1/decide', request(), {});

    const answered: DecisionResponse[] = [...singles.map((r) => r.json()), ...batch.json().results.filter((r: object) => !('error' in r))];
    expect(answered).toHaveLength(5);
    const records = await all(audit.records());
    expect(records.map((r) => ({ decisionId: r.decisionId, policy: r.policy, decision: r.decision, rules: r.rules }))).toEqual(
      answered.map((a) => ({ decisionId: a.decisionId, policy: a.policy, decision: a.decision, rules: a.reasons.map((x) => x.rule) })),
    );
    expect(records[1]).toMatchObject({
      time: new Date(NOW).toISOString(),
      requestHash: requestHash(testKey, hiv),
      labels: ['HIV', 'SSP', 'diagnosis'],
      channel: 'sms',
      category: 'appointment_reminder',
    });
    const stored = JSON.stringify(records);
    for (const phi of ['HIV clinic', 'p-42', 'Maria']) expect(stored).not.toContain(phi);
    expect(await audit.verify()).toEqual({ ok: true, checked: 5 });
  });
});

describe('phigate audit', () => {
  it('verify exits 0 on the store the service wrote, and 1 naming the first altered record', async () => {
    const { app, audit, dataDir } = await service();
    for (const vendor of ['acme-sms', 'blastly', 'acme-sms']) await post(app, '/v1/decide', request({ sender: { vendor } }));
    await audit.close();

    expect(await phigate(['audit', 'verify', '--data-dir', dataDir])).toEqual({ code: 0, out: 'ok: 3 records, chain intact\n', err: '' });

    rawDb(dataDir).prepare("UPDATE audit_log SET decision = 'allow' WHERE seq = 2").run();
    const tampered = await phigate(['audit', 'verify', '--data-dir', dataDir]);
    expect(tampered.code).toBe(1);
    expect(tampered.out).toMatch(/^BROKEN at record 2: hash mismatch.*\. The 1 record before it is intact\.\n$/);
  });

  it('export --since writes the records from that time on as JSON Lines', async () => {
    let clock = Date.parse('2026-11-01T09:00:00Z');
    const { app, audit, dataDir } = await service({ now: () => clock });
    const decide = async (): Promise<string> => (await post(app, '/v1/decide', request())).json().decisionId;
    await decide();
    await decide();
    clock = Date.parse('2026-11-20T09:00:00Z');
    const later = [await decide(), await decide()];
    await audit.close();

    const run = await phigate(['audit', 'export', '--since', '2026-11-15', '--data-dir', dataDir]);
    expect([run.code, run.err]).toEqual([0, '2 records\n']);
    const lines = run.out.split('\n');
    expect(lines.pop()).toBe('');
    const exported = lines.map((l) => JSON.parse(l));
    expect(exported.map((r) => [r.seq, r.decisionId, r.time])).toEqual([
      [3, later[0], '2026-11-20T09:00:00.000Z'],
      [4, later[1], '2026-11-20T09:00:00.000Z'],
    ]);
    expect(exported[0]).toMatchObject({ prevHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
  });
});

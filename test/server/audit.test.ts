// The audit trail behind the service: every answered decision is recorded, under the digest that
// made it, before the answer leaves; `phigate audit verify` and `export` work on what it wrote.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestHash } from '../../audit/index.ts';
import type { DecisionResponse } from '../../engine/index.ts';
import { all, rawDb, tempDir, testKey } from '../audit/helpers.ts';
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
      labels: ['HIV', 'SSP', 'diagnosis', 'unvetted'],
      channel: 'sms',
      category: 'appointment_reminder',
    });
    const stored = JSON.stringify(records);
    for (const phi of ['HIV clinic', 'p-42', 'Maria']) expect(stored).not.toContain(phi);
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 5 });
  });
});

describe('phigate audit', () => {
  it('verify exits 0 on the log the service wrote, and 1 naming the first altered record', async () => {
    const { app, audit, dataDir } = await service();
    for (const vendor of ['acme-sms', 'blastly', 'acme-sms']) await post(app, '/v1/decide', request({ sender: { vendor } }));
    await audit.close();

    expect(await phigate(['audit', 'verify', '--data-dir', dataDir])).toEqual({ code: 0, out: 'ok: 3 records, 3 signed tree heads: every leaf, subtree, root and signature checks\n', err: '' });

    const db = rawDb(dataDir);
    const leaf = db.prepare('SELECT leaf FROM audit_leaf WHERE seq = 2').pluck().get() as string;
    const changed = leaf.replace('"channel":"sms"', '"channel":"email"');
    expect(changed).not.toBe(leaf);
    db.prepare('UPDATE audit_leaf SET leaf = ? WHERE seq = 2').run(changed);
    const tampered = await phigate(['audit', 'verify', '--data-dir', dataDir]);
    expect(tampered.code).toBe(1);
    expect(tampered.out).toMatch(/^BROKEN at record 2 of log [0-9a-f]{64}: leaf hash mismatch.*\. The 1 record before it is intact\.\n$/);
  });

  it('prove writes an inclusion proof that check-proof verifies with only the public key; a changed proof fails', async () => {
    const { app, audit, dataDir } = await service();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await post(app, '/v1/decide', request())).json().decisionId);
    await audit.close();
    const dir = tempDir();
    const [proofFile, keyFile] = [join(dir, 'proof.json'), join(dir, 'public.pem')];

    const key = await phigate(['audit', 'public-key', '--data-dir', dataDir, '--output', keyFile]);
    expect(key).toMatchObject({ code: 0, err: expect.stringMatching(/^log [0-9a-f]{64}\n$/) });
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(await phigate(['audit', 'prove', ids[2]!, '--data-dir', dataDir, '--output', proofFile])).toMatchObject({ code: 0 });
    const proof = JSON.parse(readFileSync(proofFile, 'utf8'));
    expect(proof).toMatchObject({ type: 'phigate inclusion proof v1', index: 2, head: { size: 5 } });
    expect(JSON.parse(proof.leaf)).toMatchObject({ decisionId: ids[2] });

    const checked = await phigate(['audit', 'check-proof', proofFile, '--public-key', keyFile]);
    expect(checked).toMatchObject({ code: 0, out: expect.stringMatching(new RegExp(`^ok: decision ${ids[2]} \\(allow, .*\\) is leaf 2 of log [0-9a-f]{64}, in the tree of 5 leaves signed at `)) });

    writeFileSync(proofFile, JSON.stringify({ ...proof, leaf: proof.leaf.replace('"allow"', '"deny"') }));
    expect(await phigate(['audit', 'check-proof', proofFile, '--public-key', keyFile])).toMatchObject({ code: 1, out: expect.stringMatching(/^FAILED: the inclusion proof does not lead to the root/) });
    expect(await phigate(['audit', 'prove', '01NOSUCHDECISION0000000000', '--data-dir', dataDir])).toMatchObject({ code: 1, err: 'No decision 01NOSUCHDECISION0000000000 in the audit log\n' });
  });

  it('publish appends new heads to a witness file; verify --from checks the log against it; consistency proofs check', async () => {
    const { app, audit, dataDir } = await service();
    await post(app, '/v1/decide', request());
    await post(app, '/v1/decide', request());
    const witness = join(tempDir(), 'witness.jsonl');
    expect(await phigate(['audit', 'publish', '--to', witness, '--data-dir', dataDir])).toMatchObject({ code: 0, err: '1 head published\n' });
    expect(await phigate(['audit', 'publish', '--to', witness, '--data-dir', dataDir])).toMatchObject({ code: 0, err: '0 heads published\n' });
    await post(app, '/v1/decide', request());
    expect(await phigate(['audit', 'publish', '--to', witness, '--data-dir', dataDir])).toMatchObject({ code: 0, err: '1 head published\n' });
    expect(readFileSync(witness, 'utf8').trim().split('\n').map((l) => JSON.parse(l).size)).toEqual([2, 3]);
    await audit.close();

    expect(await phigate(['audit', 'verify', '--from', witness, '--data-dir', dataDir])).toMatchObject({ code: 0, out: expect.stringMatching(/, 2 published heads consistent with the log\n$/) });
    const dir = tempDir();
    await phigate(['audit', 'public-key', '--data-dir', dataDir, '--output', join(dir, 'key.pem')]);
    expect(await phigate(['audit', 'consistency', '--from', '2', '--data-dir', dataDir, '--output', join(dir, 'c.json')])).toMatchObject({ code: 0 });
    expect(await phigate(['audit', 'check-proof', join(dir, 'c.json'), '--public-key', join(dir, 'key.pem')])).toMatchObject({ code: 0, out: expect.stringMatching(/^ok: the tree head of 2 leaves .* is a prefix of the tree head of 3 leaves/) });

    // The last record deleted, with its head: alone it verifies; against the witness it is truncated.
    const db = rawDb(dataDir);
    db.prepare('DELETE FROM audit_leaf WHERE seq = 3').run();
    db.prepare('DELETE FROM audit_head WHERE size = 3').run();
    expect((await phigate(['audit', 'verify', '--data-dir', dataDir])).code).toBe(0);
    const caught = await phigate(['audit', 'verify', '--from', witness, '--data-dir', dataDir]);
    expect(caught).toMatchObject({ code: 1, out: expect.stringMatching(/^BROKEN at record 3 of log [0-9a-f]{64}: truncated: a published head of size 3/) });
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
    expect(exported[0]).toMatchObject({ log: expect.stringMatching(/^[0-9a-f]{64}$/), leafHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});

// Health, readiness, metrics, and the API's own documentation: all open, none needs a key.
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { request } from '../helpers.ts';
import { READINESS_CACHE_MS } from '../../server/routes/operations.ts';
import type { AuditStore } from '../../audit/index.ts';
import { AS_ADMIN, get, post, service, writePolicy } from './helpers.ts';

describe('health', () => {
  it('/healthz answers without a key', async () => {
    const { app } = await service();
    const res = await get(app, '/healthz', {});
    expect([res.statusCode, res.json()]).toEqual([200, { status: 'ok' }]);
  });

  it('/readyz is ready when a policy serves and the audit store writes', async () => {
    const { app, holder } = await service();
    const res = await get(app, '/readyz', {});
    expect([res.statusCode, res.json()]).toEqual([200, { status: 'ready', policy: holder.current.digest, audit: 'writable', bundle: { inSync: true, staleSeconds: 0, watching: false } }]);
  });

  it('/readyz probes the audit store at most once per interval, however many calls arrive (a flood cannot cut decide throughput)', async () => {
    const plain = await service();
    let probes = 0;
    const inner = plain.audit;
    const counting: AuditStore = {
      append: (e) => inner.append(e),
      appendMany: (es) => inner.appendMany(es),
      verify: () => inner.verify(),
      records: (o) => inner.records(o),
      healthy: () => (probes++, inner.healthy()),
      close: () => inner.close(),
    };
    const { app } = await service({ audit: counting });
    const started = performance.now();
    const answers = [...(await Promise.all(Array.from({ length: 50 }, () => get(app, '/readyz', {}))))];
    for (let i = 0; i < 50; i++) answers.push(await get(app, '/readyz', {}));
    const intervals = Math.ceil((performance.now() - started) / READINESS_CACHE_MS);
    expect(answers.every((a) => a.statusCode === 200)).toBe(true);
    expect(probes).toBeGreaterThanOrEqual(1);
    expect(probes).toBeLessThanOrEqual(intervals + 1);
  });

  it('/readyz answers 503 at once when the store knows it cannot record, without waiting for the next probe', async () => {
    const { app, audit } = await service();
    expect((await get(app, '/readyz', {})).statusCode).toBe(200);
    await audit.close();
    const res = await get(app, '/readyz', {});
    expect([res.statusCode, res.json()]).toMatchObject([503, { status: 'unavailable', audit: 'unavailable', auditReason: 'audit store is closed' }]);
  });

  it('an unknown path is 404 in the error shape, key or not', async () => {
    const { app } = await service();
    const res = await get(app, '/v1/nothing-here', {});
    expect([res.statusCode, res.json()]).toEqual([404, { statusCode: 404, code: 'NOT_FOUND', error: 'Not Found', message: 'No such endpoint' }]);
  });
});

describe('/metrics', () => {
  it('counts decisions by outcome, the rules that determined them, their latency, reloads and errors', async () => {
    const { app, bundle } = await service();
    await post(app, '/v1/decide', request());
    await post(app, '/v1/decide', request());
    await post(app, '/v1/decide', request({ sender: { vendor: 'blastly' } }));
    await post(app, '/v1/decide/batch', { requests: [request({ message: { body: 'Your HIV clinic visit is Monday.' } })] });
    await post(app, '/v1/decide', { channel: 'fax' });
    await post(app, '/v1/decide', request(), {});
    await post(app, '/v1/policy/reload', undefined, AS_ADMIN);
    writePolicy(bundle, 'rule broken {');
    await post(app, '/v1/policy/reload', undefined, AS_ADMIN);

    const res = await get(app, '/metrics', {});
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const lines = res.body.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'phigate_decisions_total{decision="allow"} 2',
        'phigate_decisions_total{decision="deny"} 1',
        'phigate_decisions_total{decision="downgrade"} 1',
        'phigate_rule_matches_total{decision="allow",rule="reminders"} 2',
        'phigate_rule_matches_total{decision="deny",rule="no-baa"} 1',
        'phigate_rule_matches_total{decision="downgrade",rule="care-revealing-by-text"} 1',
        'phigate_decision_duration_seconds_count{endpoint="decide"} 3',
        'phigate_decision_duration_seconds_count{endpoint="batch"} 1',
        'phigate_policy_reloads_total{result="ok"} 1',
        'phigate_policy_reloads_total{result="rejected"} 1',
        'phigate_errors_total{code="INVALID_REQUEST"} 1',
        'phigate_errors_total{code="UNAUTHORIZED"} 1',
      ]),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^phigate_decision_duration_seconds_bucket\{le="\+Inf",endpoint="decide"\} 3$/));
  });
});

type Operation = { summary?: string; security?: unknown[]; requestBody?: { content: Record<string, { schema: object }> }; responses: Record<string, { description: string }> };

describe('/openapi.json and /docs', () => {
  it('is an OpenAPI 3 document listing the endpoints, with request schemas generated from the zod schemas', async () => {
    const { app } = await service();
    const res = await get(app, '/openapi.json', {});
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>>; components: { securitySchemes: object } };
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: 'phigate decision API', version: expect.any(String) });
    expect(doc.components.securitySchemes).toEqual({ apiKey: { type: 'http', scheme: 'bearer' } });
    const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })));
    expect(operations.map((o) => o.route)).toEqual(
      expect.arrayContaining(['POST /v1/decide', 'POST /v1/decide/batch', 'GET /v1/policy', 'POST /v1/policy/reload', 'GET /healthz', 'GET /readyz', 'GET /metrics']),
    );
    for (const { route, op } of operations) {
      expect(op.summary, route).toEqual(expect.any(String));
      expect(Object.keys(op.responses).length, route).toBeGreaterThan(0);
      for (const r of Object.values(op.responses)) expect(r.description, route).toEqual(expect.any(String));
    }
    const open = operations.filter((o) => o.op.security?.length === 0).map((o) => o.route);
    expect(open.sort()).toEqual(['GET /healthz', 'GET /metrics', 'GET /readyz']);

    // The request is a named component (its schema generated from DecisionRequestSchema; test/server/openapi.test.ts has the rest).
    const documented = doc.paths['/v1/decide']?.post?.requestBody?.content['application/json']?.schema;
    expect(documented).toEqual({ $ref: '#/components/schemas/DecisionRequest' });
    // A client that validates with the documented schema accepts what the service accepts.
    const ajv = new Ajv({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.addSchema({ ...doc, $id: 'openapi.json' }).compile({ $ref: 'openapi.json#/components/schemas/DecisionRequest' });
    expect(validate(request())).toBe(true);
    expect(validate({ ...request(), channel: 'fax' })).toBe(false);
  });

  it('/docs serves the interactive documentation without a key', async () => {
    const { app } = await service();
    const page = await get(app, '/docs', {});
    expect([page.statusCode, page.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    expect(page.body).toContain('<div id="swagger-ui">');
    expect((await get(app, '/docs/static/swagger-ui.css', {})).statusCode).toBe(200);
  });
});

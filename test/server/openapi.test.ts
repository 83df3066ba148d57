// The OpenAPI document (GET /openapi.json) as an app team uses it: it lints clean under Redocly's
// recommended rules and Spectral's `oas` rules (no errors, no warnings), openapi-typescript makes named
// types of it, every operation is named, tagged and documents its 4xx, and every example is real: each
// request example is sent to the service on the default bundle and accepted, and what comes back matches
// the documented response schema.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, CHANNELS } from '../../engine/index.ts';
import { PolicyHolder } from '../../server/policy-holder.ts';
import { ERROR_CODES } from '../../server/schemas.ts';
import { AS_ADMIN, AS_CLIENT, get, service, type Service } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');

interface Media {
  schema?: Record<string, unknown>;
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}
interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  description?: string;
  security?: unknown[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { description: string; content?: Record<string, Media> }>;
}
interface Document {
  openapi: string;
  info: { title: string; version: string; license?: { name: string; url?: string }; contact?: { name?: string; email?: string; url?: string } };
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

/** The service on the default bundle (policies/), as an app team would run it. */
async function defaultService(): Promise<Service> {
  const opened = await PolicyHolder.open(join(ROOT, 'policies'));
  if (!opened.ok) throw new Error(opened.diagnostics.map((d) => d.message).join('\n'));
  return service({ holder: opened.holder });
}

let doc: Document;
let dir: string;
let file: string;
beforeAll(async () => {
  const { app } = await defaultService();
  const res = await get(app, '/openapi.json', {});
  expect(res.statusCode).toBe(200);
  doc = res.json<Document>();
  dir = mkdtempSync(join(tmpdir(), 'phigate-openapi-'));
  file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(doc, null, 2));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const operations = (): { route: string; method: string; path: string; op: Operation }[] =>
  Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, op })));

/** Every request body and response media object of an operation: where, and the status (none for the request). */
const mediaOf = (op: Operation): { where: string; status?: string; type: string; media: Media }[] => [
  ...Object.entries(op.requestBody?.content ?? {}).map(([type, media]) => ({ where: 'request', type, media })),
  ...Object.entries(op.responses).flatMap(([status, r]) => Object.entries(r.content ?? {}).map(([type, media]) => ({ where: status, status, type, media }))),
];

/** A validator for a schema of the document: its `#/components/schemas/...` references resolve in the document. */
function validators(): (schema: object) => ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true, discriminator: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...doc, $id: 'openapi.json' });
  const rebased = (schema: unknown): unknown =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"openapi.json#/components/schemas/')) as unknown;
  return (schema) => ajv.compile(rebased(schema) as object);
}

/** Run a package's CLI with Node; never throws: the exit code, stdout and stderr. */
function cli(bin: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'node_modules', bin), ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' } },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('the OpenAPI document', () => {
  it('names, tags, summarizes and describes every operation, with at least one 4xx in the Error shape', () => {
    const tags = new Set(doc.tags?.map((t) => t.name));
    expect(operations().length).toBeGreaterThanOrEqual(11);
    const ids = new Set<string>();
    for (const { route, op } of operations()) {
      expect(op.operationId, route).toMatch(/^[a-z][A-Za-z]+$/);
      expect(ids.has(op.operationId!), route).toBe(false);
      ids.add(op.operationId!);
      expect(op.tags?.length, route).toBeGreaterThan(0);
      for (const t of op.tags ?? []) expect(tags.has(t), `${route}: tag ${t}`).toBe(true);
      expect([op.summary, op.description].map((s) => typeof s === 'string' && s.length > 0), route).toEqual([true, true]);
      const clientErrors = Object.entries(op.responses).filter(([status]) => /^4\d\d$/.test(status));
      expect(clientErrors.length, route).toBeGreaterThan(0);
      for (const [status, r] of clientErrors) {
        if (route === 'POST /v1/policy/reload' && status === '422') continue; // the reload's own answer: the diagnostics
        expect(r.content?.['application/json']?.schema, `${route} ${status}`).toEqual({ $ref: '#/components/schemas/Error' });
      }
    }
    for (const t of doc.tags ?? []) expect(t.description, t.name).toEqual(expect.any(String));
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.info.license).toMatchObject({ name: 'Proprietary', url: expect.stringMatching(/^https:/) });
    expect(doc.info.contact).toMatchObject({ name: expect.any(String), email: expect.any(String), url: expect.stringMatching(/^https:/) });
  });

  it('has named component schemas for the requests, responses, actions, findings and errors', () => {
    const { schemas } = doc.components;
    for (const name of ['DecisionRequest', 'DecisionResponse', 'BatchRequest', 'BatchResponse', 'Action', 'Finding', 'Reason', 'Error', 'ErrorCode', 'Channel', 'Category', 'FhirBundle', 'FhirDecisionResponse', 'RouteRequest', 'RoutePlan']) {
      expect(schemas[name], name).toBeDefined();
    }
    expect(Object.keys(schemas).filter((n) => n.endsWith('Input'))).toEqual([]); // one name per type
    const ref = (path: string, method: string, status?: string): unknown =>
      (status === undefined ? doc.paths[path]?.[method]?.requestBody?.content : doc.paths[path]?.[method]?.responses[status]?.content)?.['application/json']?.schema;
    expect(ref('/v1/decide', 'post')).toEqual({ $ref: '#/components/schemas/DecisionRequest' });
    expect(ref('/v1/decide', 'post', '200')).toEqual({ $ref: '#/components/schemas/DecisionResponse' });
    expect(ref('/v1/decide', 'post', '400')).toEqual({ $ref: '#/components/schemas/Error' });
  });

  it('has enums for channels, categories and error codes in the responses too, and formats on times', () => {
    const { schemas } = doc.components;
    expect(schemas.Channel).toMatchObject({ type: 'string', enum: [...CHANNELS] });
    expect(schemas.Category).toMatchObject({ type: 'string', enum: [...CATEGORIES] });
    expect(schemas.ErrorCode).toMatchObject({ type: 'string', enum: [...ERROR_CODES] });
    const props = (name: string): Record<string, unknown> => schemas[name]!.properties as Record<string, unknown>;
    expect(props('Action')).toMatchObject({ channel: { $ref: '#/components/schemas/Channel' }, category: { $ref: '#/components/schemas/Category' }, notBefore: { type: 'string', format: 'date-time' } });
    expect(props('Error')).toMatchObject({ code: { $ref: '#/components/schemas/ErrorCode' } });
    expect(props('DecisionRequest')).toMatchObject({ at: { type: 'string', format: 'date-time' } });
    expect(props('Consent')).toMatchObject({ recordedAt: { type: 'string', format: 'date' } });
    expect(props('PolicyInfo')).toMatchObject({ loadedAt: { type: 'string', format: 'date-time' } });
  });

  it('has an example on every request body and every response, valid against its schema', () => {
    const compile = validators();
    for (const { route, op } of operations()) {
      for (const { where, media } of mediaOf(op)) {
        expect(media.example, `${route} ${where}`).toBeDefined();
        const validate = compile(media.schema!);
        expect(validate(media.example) ? [] : validate.errors, `${route} ${where}`).toEqual([]);
      }
    }
  });

  it('passes Redocly\'s recommended rules and Spectral\'s oas rules with no errors and no warnings', async () => {
    const [redocly, spectral] = await Promise.all([
      cli('@redocly/cli/bin/cli.js', ['lint', '--config', join(ROOT, 'redocly.yaml'), '--format=json', file]),
      cli('@stoplight/spectral-cli/dist/index.js', ['lint', '--ruleset', join(ROOT, '.spectral.yaml'), '--format', 'json', '--output', join(dir, 'spectral.json'), file]),
    ]);
    const redoclyReport = JSON.parse(redocly.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string; location: { pointer?: string }[] }[] };
    const problems = redoclyReport.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(redoclyReport.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(redocly.code).toBe(0);
    expect(spectral.code, spectral.stderr).toBe(0);
    const results = JSON.parse(readFileSync(join(dir, 'spectral.json'), 'utf8')) as { code: string; path: string[]; message: string }[];
    expect(results.map((r) => `${r.code} ${r.path.join('.')}: ${r.message}`)).toEqual([]);
  }, 120_000);

  it('gives openapi-typescript named types: components["schemas"]["DecisionRequest"] and the rest', async () => {
    const types = astToString(await openapiTS(structuredClone(doc) as unknown as Parameters<typeof openapiTS>[0]));
    for (const name of ['DecisionRequest', 'DecisionResponse', 'Action', 'Finding', 'Error', 'BatchRequest', 'BatchResponse', 'FhirDecisionResponse', 'RoutePlan']) {
      expect(types, name).toMatch(new RegExp(`^ {8}${name}: \\{$`, 'm'));
    }
    expect(types).toMatch(/^ {8}Channel: "sms" \| "email" \|/m);
    expect(types).toMatch(/^ {8}ErrorCode: "INVALID_REQUEST" \|/m);
    expect(types).toContain('decision: components["schemas"]["Effect"];');
    expect(types).toContain('actions: components["schemas"]["Action"][];');
    expect(types).toMatch(/^ {4}decide: \{$/m); // operations by operationId
  }, 60_000);
});

describe('the examples', () => {
  it('every request example is accepted by the service on the default bundle, and its answer matches the documented response', async () => {
    const { app } = await defaultService();
    const compile = validators();
    const sent: string[] = [];
    for (const { route, method, path, op } of operations()) {
      const body = op.requestBody?.content['application/json']?.example;
      if (body === undefined && method !== 'GET') continue;
      const headers = op.security?.length === 0 ? {} : route === 'POST /v1/policy/reload' ? AS_ADMIN : AS_CLIENT;
      const res = await app.inject({ method: method as 'GET' | 'POST', url: path, headers, ...(body === undefined ? {} : { payload: body as object }) });
      expect(res.statusCode, `${route}: ${res.body.slice(0, 500)}`).toBeGreaterThanOrEqual(200);
      expect(res.statusCode, `${route}: ${res.body.slice(0, 500)}`).toBeLessThan(300);
      const documented = op.responses[String(res.statusCode)];
      expect(documented, `${route} ${res.statusCode}`).toBeDefined();
      const [type, media] = Object.entries(documented!.content ?? {})[0]!;
      expect(res.headers['content-type'], route).toContain(type.split(';')[0]);
      if (type === 'application/json') {
        const validate = compile(media.schema!);
        expect(validate(res.json()) ? [] : validate.errors, route).toEqual([]);
      } else {
        expect(typeof res.body, route).toBe('string');
      }
      sent.push(route);
    }
    expect(sent).toEqual(
      expect.arrayContaining(['POST /v1/decide', 'POST /v1/decide/batch', 'POST /v1/fhir/decide', 'POST /v1/route', 'POST /v1/playground/decide', 'GET /v1/policy', 'GET /readyz', 'GET /metrics']),
    );
  });
});

describe('error codes', () => {
  it('the ErrorCode enum lists every code server/ answers with', () => {
    const sources = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(d, e.name)) : e.name.endsWith('.ts') && e.name !== 'schemas.ts' ? [join(d, e.name)] : []));
    const raised = new Set<string>();
    for (const f of sources(join(ROOT, 'server'))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:HttpError|errorBody)\(\s*\d{3},\s*'([A-Z_]+)'|\[\s*\d{3},\s*'([A-Z_]+)'/g)) raised.add((m[1] ?? m[2])!);
    }
    expect(raised.size).toBeGreaterThan(10);
    expect([...raised].filter((c) => !(ERROR_CODES as readonly string[]).includes(c))).toEqual([]);
  });
});

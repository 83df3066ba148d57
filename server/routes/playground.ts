// The policy playground: the page (web/dist, built by web/build.ts) at `/`, and its API.
// POST /v1/playground/decide compiles a draft bundle and decides one request under it. The draft
// never replaces the running bundle, the decision is not a real send (no audit record), and only
// sizes are logged: the draft and the request may hold anything.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type {} from '@fastify/swagger'; // the `hide` schema option of the page routes
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { compileBundle, decideValid, decisionDiff, decisionMatrix, packagePath, PROFILES, withCounterfactuals, type CompiledPolicy, type DecisionDiff, type DecisionMatrix, type DecisionRequest, type DecisionResponse, type Diagnostic, type Reason, type VendorRegister } from '../../engine/index.ts';
import type { DecisionContext } from '../decisions.ts';
import { HttpError } from '../errors.ts';
import { ErrorSchema, PLAYGROUND_LIMITS, PlaygroundBundleSchema, PlaygroundRequestSchema, PlaygroundResponseSchema } from '../schemas.ts';
import { ERROR_RESPONSES, type Routes } from './deps.ts';

export type PlaygroundRequest = z.infer<typeof PlaygroundRequestSchema>;
export type PlaygroundFile = PlaygroundRequest['files'][number];

export interface PlaygroundVendor {
  id: string;
  name: string;
  channels: string[];
  baa: { signed: string; expires?: string | null } | null;
}

export interface PlaygroundBundle {
  policy: { name: string; version: string; digest: string };
  files: PlaygroundFile[];
  /** The bundle's settings the page uses; `time_zone` is the patient's clock when a request names none. */
  settings: { practice?: string; portal_vendor?: string; time_zone?: string };
  vendors: PlaygroundVendor[];
}

export interface MatrixSummary {
  at: string;
  channels: string[];
  profiles: {
    profile: string;
    description: string;
    tiers: { tier: string; description?: string; rows: { category: string; cells: { decision: DecisionResponse['decision']; rules: string[] }[] }[] }[];
  }[];
  /** The reason of every rule a cell names, once. */
  reasons: Record<string, Reason>;
}

export interface DiffSummary {
  /** Situations decided under both bundles. */
  situations: number;
  changed: number;
  loosened: number;
  tightened: number;
  examples: { from: string; to: string; direction: 'loosen' | 'tighten'; count: number; description: string; before: string[]; after: string[] }[];
}

export type PlaygroundResult =
  | { ok: false; diagnostics: Diagnostic[] }
  | { ok: true; diagnostics: Diagnostic[]; response: DecisionResponse; matrix?: MatrixSummary; diff?: DiffSummary };

/** The page's files: an allow-list, so no part of a URL ever becomes a path on disk. */
const PAGE_DIR = packagePath('web/dist/');
const PAGE_FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};
// Scripts only from the page's own file; inline styles are allowed because CodeMirror sets them.
const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};
/** Examples of each kind of change shown with the diff. */
const EXAMPLES_PER_CHANGE = 3;

export const playgroundRoutes: Routes = (app, { holder, ctx }) => {
  for (const [path, page] of Object.entries(PAGE_FILES)) {
    app.get(path, { config: { auth: false }, schema: { hide: true } }, (_req, reply) => sendPageFile(reply, page));
  }

  app.get('/v1/playground/bundle', {
    config: { auth: 'client' },
    schema: {
      operationId: 'getPlaygroundBundle',
      tags: ['playground'],
      summary: 'The running bundle, for the playground: its files, settings and vendor register',
      description: 'The .policy files of the serving bundle by name, the settings the page uses, and the vendor register, to start a draft from.',
      response: { 200: PlaygroundBundleSchema, 401: ErrorSchema },
    },
    handler: async (): Promise<PlaygroundBundle> => {
      const p = holder.current;
      return {
        policy: { name: p.name, version: p.version, digest: p.digest },
        files: policyFiles(p),
        settings: p.settings,
        vendors: vendorList(p.vendors),
      };
    },
  });

  app.post('/v1/playground/decide', {
    config: { auth: 'client' },
    bodyLimit: 2 * PLAYGROUND_LIMITS.policyBytes,
    schema: {
      operationId: 'decidePlayground',
      tags: ['playground'],
      summary: 'Decide one request under a draft policy (never recorded, never served)',
      description: 'Compiles the draft with the running bundle\'s vendors. Answers `ok: false` with the checker\'s diagnostics, or the decision, the draft\'s decision matrix and the decisions that would change.',
      body: PlaygroundRequestSchema,
      response: { 200: PlaygroundResponseSchema, ...ERROR_RESPONSES },
    },
    handler: async (req): Promise<PlaygroundResult> => {
      const draft = req.body as PlaygroundRequest;
      const bytes = draft.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
      if (bytes > PLAYGROUND_LIMITS.policyBytes) {
        throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `The policy files add up to ${Math.ceil(bytes / 1024)} KB; the playground takes at most ${PLAYGROUND_LIMITS.policyBytes / 1024} KB`);
      }
      const result = playgroundDecide(holder.current, draft, ctx);
      req.log.info({ files: draft.files.length, bytes, ok: result.ok }, 'playground decided');
      return result;
    },
  });
};

async function sendPageFile(reply: FastifyReply, page: { file: string; type: string }): Promise<FastifyReply> {
  let content: Buffer;
  try {
    content = await readFile(PAGE_DIR + page.file);
  } catch {
    throw new HttpError(503, 'PAGE_NOT_BUILT', 'The playground page is not built: run `npm run build:web`');
  }
  return reply.headers(PAGE_HEADERS).type(page.type).send(content);
}

/** Compile the draft, then decide, with the analysis unless it was turned off. */
function playgroundDecide(running: CompiledPolicy, body: PlaygroundRequest, ctx: Pick<DecisionContext, 'now'>): PlaygroundResult {
  const compiled = compileDraft(running, body.files);
  if (!compiled.ok) return { ok: false, diagnostics: compiled.diagnostics };
  const draft = compiled.value;
  const now = ctx.now ?? Date.now;
  const explain = body.explain === true;
  const result: PlaygroundResult = { ok: true, diagnostics: compiled.diagnostics, response: decideDraft(draft, body.request, explain, now) };
  if (body.analysis !== false) {
    const at = body.request.at ?? new Date(now()).toISOString();
    result.matrix = matrixSummary(decisionMatrix(draft, PROFILES, { at }));
    result.diff = sameSources(running, body.files) ? NO_CHANGE : diffSummary(decisionDiff(running, draft, { at }));
  }
  return result;
}

/** The draft, in file-name order as `loadBundle` reads a directory, with the running bundle's vendors. */
function compileDraft(running: CompiledPolicy, files: readonly PlaygroundFile[]): ReturnType<typeof compileBundle> {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name)).map((f) => ({ file: f.name, text: f.text }));
  try {
    return compileBundle(sorted, { file: 'vendors.json', text: JSON.stringify({ vendors: vendorList(running.vendors) }) });
  } catch (e) {
    throw new HttpError(500, 'PLAYGROUND_FAILED', 'The draft could not be compiled because of an internal fault', undefined, { cause: e });
  }
}

function decideDraft(draft: CompiledPolicy, request: DecisionRequest, explain: boolean, now: () => number): DecisionResponse {
  try {
    const response = decideValid(draft, request, { trace: explain, now });
    return explain ? withCounterfactuals(draft, request, response, { now }) : response;
  } catch (e) {
    throw new HttpError(500, 'DECISION_FAILED', 'The draft could not decide this request because of an internal fault; a real send would be denied', undefined, { cause: e });
  }
}

/** The bundle's .policy files by their own names, as the editor shows them and draft spans name them. */
function policyFiles(p: CompiledPolicy): PlaygroundFile[] {
  return [...p.sources].map(([path, text]) => ({ name: basename(path), text })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The register as vendors.json has it (without the parsed coverage window). */
function vendorList(vendors: VendorRegister): PlaygroundVendor[] {
  return [...vendors.values()].map(({ id, name, channels, baa }) => ({ id, name, channels: [...channels], baa }));
}

function sameSources(running: CompiledPolicy, files: readonly PlaygroundFile[]): boolean {
  const runningFiles = policyFiles(running);
  return runningFiles.length === files.length && runningFiles.every((r) => files.some((f) => f.name === r.name && f.text === r.text));
}

/** The draft is the running bundle's text: nothing to decide twice. */
const NO_CHANGE: DiffSummary = { situations: 0, changed: 0, loosened: 0, tightened: 0, examples: [] };

/** Cells as decision and rule names; each rule's reason once (the full matrix repeats them per cell). */
function matrixSummary(m: DecisionMatrix): MatrixSummary {
  const reasons: Record<string, Reason> = {};
  const profiles = m.profiles.map((p) => ({
    profile: p.profile,
    description: p.description,
    tiers: p.tiers.map((t) => ({
      tier: t.tier,
      ...(t.description === undefined ? {} : { description: t.description }),
      rows: t.rows.map((row) => ({
        category: row.category,
        cells: row.cells.map((cell) => {
          for (const r of cell.reasons) reasons[r.rule] ??= r;
          return { decision: cell.decision, rules: cell.reasons.map((r) => r.rule) };
        }),
      })),
    })),
  }));
  return { at: m.at, channels: [...m.channels], profiles, reasons };
}

function diffSummary(d: DecisionDiff): DiffSummary {
  const examples = d.groups.flatMap((g) =>
    g.shifts.slice(0, EXAMPLES_PER_CHANGE).map((s) => ({ from: g.from, to: g.to, direction: g.direction, count: s.count, description: s.example.description, before: s.before, after: s.after })),
  );
  return { situations: d.decided.situations, changed: d.changed, loosened: d.loosened, tightened: d.tightened, examples };
}

// Another project's view of phigate: the packed tarball installed into a scratch project, imported with
// plain `node` (built JavaScript, no tsx), and compiled against by a strict `nodenext` TypeScript file.
// Needs dist/ (`npm test` builds it first) and the npm cache `npm ci` filled (installs prefer it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'phigate-consumer-'));
let packed: string[] = [];

const run = (command: string, args: string[]): string => execFileSync(command, args, { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as [{ filename: string; files: { path: string }[] }];
  packed = pack.files.map((f) => f.path);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  run('npm', ['install', `./${pack.filename}`, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts']);
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the packed package', () => {
  it('ships what runs (built code, types, vocabularies, the default policy, the page) and no tests, benchmarks or CI scripts', () => {
    expect(packed).toContain('dist/engine/index.js');
    expect(packed).toContain('dist/engine/index.d.ts');
    expect(packed).toContain('dist/cli/cli.js');
    expect(packed).toContain('bin/phigate.js');
    expect(packed).toContain('engine/classify/vocab/HIV.txt');
    expect(packed).toContain('policies/90-tests.policy');
    expect(packed.filter((f) => /^(test|bench|\.ci|scripts)\/|\.test\.|^engine\/.*\.ts$/.test(f))).toEqual([]);
  });

  it('is imported with plain node and decides with the default policy it ships', () => {
    writeFileSync(
      join(scratch, 'use.mjs'),
      `import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decide, ENGINE_VERSION, loadBundle } from 'phigate';
const root = dirname(createRequire(import.meta.url).resolve('phigate/package.json'));
const loaded = await loadBundle(join(root, 'policies'));
if (!loaded.ok) throw new Error('the shipped policy did not load');
const result = decide(loaded.value, { message: { category: 'appointment_reminder', body: 'Reminder: your HIV clinic appointment is Thu 3/5 at 10:15 AM.' }, channel: 'sms', sender: { kind: 'platform', vendor: 'acme-sms' }, patient: { consents: [{ channel: 'sms', scopes: ['scheduling', 'notifications'], status: 'active' }], portalActive: true } });
console.log(JSON.stringify({ version: ENGINE_VERSION, decision: result.ok ? result.response.decision : result.error.code }));
`,
    );
    expect(JSON.parse(run(process.execPath, ['use.mjs']))).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/), decision: 'downgrade' });
  });

  it('runs its command from the install: phigate check of the shipped policy', () => {
    const bin = join(scratch, 'node_modules', '.bin', 'phigate');
    expect(run(bin, ['check', '--bundle', join(scratch, 'node_modules', 'phigate', 'policies')])).toMatch(/^ok: hipaa-messaging /);
  });

  it('type-checks a strict nodenext TypeScript consumer against its declarations', () => {
    writeFileSync(
      join(scratch, 'use.ts'),
      `import { decide, loadBundle, type Action, type DecisionRequest, type DecisionResponse } from 'phigate';
const request: DecisionRequest = { message: { category: 'appointment_reminder', body: 'Hi' }, channel: 'sms', sender: { kind: 'platform' }, patient: { consents: [] } };
const loaded = await loadBundle('policies');
if (loaded.ok) {
  const result = decide(loaded.value, request);
  const decision: DecisionResponse['decision'] | undefined = result.ok ? result.response.decision : undefined;
  const actions: readonly Action[] = result.ok ? result.response.actions : [];
  console.log(decision, actions.length);
}
`,
    );
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, types: ['node'], typeRoots: [join(repo, 'node_modules', '@types')] },
        files: ['use.ts'],
      }),
    );
    const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    let output = '';
    try {
      output = run(process.execPath, [tsc, '-p', '.']);
    } catch (e) {
      output = String((e as { stdout?: string }).stdout);
    }
    expect(output).toBe('');
  });
});

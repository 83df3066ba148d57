// Bundles the command line (bin/cli.ts and each command, one chunk apiece, loaded when the command
// runs) into dist/cli/. Measured reason (BENCHMARKS.md, "Command line"): run from tsc's dist/, one
// `phigate check` spent about 0.6 s of its 1.3 s resolving and compiling some 900 ES modules (chevrotain
// alone brings 600 files of lodash-es); bundled, the same check takes about half the time. The library
// that other projects import stays tsc's unbundled dist/ with its .d.ts files.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const ENGINE = resolve('engine/index.ts');

/**
 * Where each name engine/index.ts exports comes from: the stage index.ts (or grammar file) that exports
 * it. engine/index.ts only re-exports (`export * from './stage/index.ts'`, `export { names } from
 * '...'`); the names a stage exports are esbuild's own reading of its index.ts. An explicit re-export
 * wins over an `export *`, as in ES modules; a name two stages export is an error.
 */
async function engineExports() {
  const text = readFileSync(ENGINE, 'utf8');
  const REEXPORT = /^export\s+(\*|\{[^}]*\})\s+from\s+'([^']+)';$/gm;
  if (text.replace(/^\/\/.*$/gm, '').replace(REEXPORT, '').trim() !== '') throw new Error('bundle-cli: engine/index.ts holds more than re-exports');
  const stars = [];
  const origin = new Map();
  for (const m of text.matchAll(REEXPORT)) {
    const file = resolve(dirname(ENGINE), m[2]);
    if (m[1] === '*') stars.push(file);
    else for (const name of valueNames(m[1])) origin.set(name, file);
  }
  const named = new Set(origin.keys());
  const { metafile } = await build({ entryPoints: stars, outdir: 'dist/cli', bundle: true, packages: 'external', format: 'esm', platform: 'node', write: false, metafile: true, logLevel: 'warning' });
  for (const output of Object.values(metafile.outputs)) {
    if (output.entryPoint === undefined) continue;
    const file = resolve(output.entryPoint);
    for (const name of output.exports) {
      if (named.has(name)) continue;
      if (origin.has(name)) throw new Error(`bundle-cli: ${name} is exported by both ${origin.get(name)} and ${file}`);
      origin.set(name, file);
    }
  }
  return origin;
}

/** The names of `{ a, type B, c }` that are values: ['a', 'c']. (The sources name no alias in these braces.) */
const valueNames = (braces) =>
  braces
    .slice(1, -1)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('type '));

/**
 * esbuild puts a file in the chunk of every command that can reach it by imports, whatever names the
 * command uses; through engine/index.ts, which re-exports every stage, every command reached the whole
 * engine (`phigate check` loaded and compiled json-rules-engine and the analysis, explain and export
 * code). So each file that imports engine/index.ts gets instead a module re-exporting just the names it
 * imports, from the stage that defines them; the code that runs is the same.
 */
function engineByName(origin) {
  return {
    name: 'engine-by-name',
    setup(b) {
      b.onResolve({ filter: /engine\/index\.ts$/ }, (args) => {
        if (resolve(args.resolveDir, args.path) !== ENGINE || args.importer === '') return undefined;
        return { path: args.importer, namespace: 'engine-by-name' };
      });
      b.onLoad({ filter: /.*/, namespace: 'engine-by-name' }, (args) => {
        const bySource = new Map();
        for (const m of readFileSync(args.path, 'utf8').matchAll(/^import\s+(type\s+)?(\{[^}]*\})\s+from\s+'([^']+)';/gm)) {
          if (m[1] !== undefined || resolve(dirname(args.path), m[3]) !== ENGINE) continue;
          for (const name of valueNames(m[2])) {
            const source = origin.get(name);
            if (source === undefined) throw new Error(`bundle-cli: ${args.path} imports ${name}, which engine/index.ts does not export`);
            bySource.set(source, new Set([...(bySource.get(source) ?? []), name]));
          }
        }
        const contents = [...bySource].map(([source, names]) => `export { ${[...names].join(', ')} } from ${JSON.stringify(source)};`).join('\n');
        return { contents, loader: 'js', resolveDir: dirname(ENGINE) };
      });
    },
  };
}

// Chunks are named by content hash: clear the folder so a rebuild leaves no stale ones to pack.
rmSync('dist/cli', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'bin/cli.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native code, packages that load files of their own at run time (pino's and fastify's workers, pg's
  // optional native driver), and the package's own metadata stay outside.
  external: ['better-sqlite3', 'pg', 'fastify', '@fastify/*', 'fastify-type-provider-zod', 'pino', 'prom-client', 'phigate/package.json'],
  plugins: [engineByName(await engineExports())],
  // CommonJS packages bundled into ES modules call require() for Node's built-ins.
  banner: { js: "import { createRequire as phigateRequire } from 'node:module'; const require = phigateRequire(import.meta.url);" },
  logLevel: 'warning',
});

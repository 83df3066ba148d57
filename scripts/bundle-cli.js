// Bundles the command line (bin/cli.ts and each command, one chunk apiece, loaded when the command
// runs) into dist/cli/. Measured reason (BENCHMARKS.md, "Command line"): run from tsc's dist/, one
// `phigate check` spent about 0.6 s of its 1.3 s resolving and compiling some 900 ES modules (chevrotain
// alone brings 600 files of lodash-es); bundled, the same check takes about half the time. The library
// that other projects import stays tsc's unbundled dist/ with its .d.ts files.
import { build } from 'esbuild';

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
  // CommonJS packages bundled into ES modules call require() for Node's built-ins.
  banner: { js: "import { createRequire as phigateRequire } from 'node:module'; const require = phigateRequire(import.meta.url);" },
  logLevel: 'warning',
});

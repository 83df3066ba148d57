#!/usr/bin/env node
// The phigate command: runs the built JavaScript in dist/ (`npm run build`; `npm ci` builds it).
let cli;
try {
  cli = await import('../dist/cli/cli.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/cli/cli.js')) throw e;
  process.stderr.write('phigate: the built JavaScript is missing (dist/cli/cli.js); run `npm run build` first\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv);

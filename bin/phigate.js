#!/usr/bin/env node
// Runs the TypeScript CLI with plain `node`: tsx transpiles on load, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv);

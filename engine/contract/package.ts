// The package's own files, found by the package's name, so that the sources (tests, tsx) and the built
// JavaScript in dist/ read the same vocabularies, page and scripts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const PACKAGE_JSON = require.resolve('phigate/package.json');

/** The path of a file or folder shipped with the package, from its root (`engine/classify/vocab`). */
export const packagePath = (relative: string): string => join(dirname(PACKAGE_JSON), relative);

/** The engine version recorded with every audited decision: package.json's version. */
export const ENGINE_VERSION: string = (require(PACKAGE_JSON) as { version: string }).version;

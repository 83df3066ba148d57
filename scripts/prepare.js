// `npm ci` and `npm install` run this (`prepare`): build dist/ and the playground page when the build
// tools (devDependencies) are installed. A production install without them (`npm ci --omit=dev`) keeps
// the dist/ it has, or says how to get one, and does not fail.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const installed = (name) => {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
};

if (installed('typescript') && installed('tsx')) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
} else if (!existsSync(new URL('../dist/cli/cli.js', import.meta.url))) {
  process.stdout.write('phigate: dist/ is not built and the build tools (devDependencies) are not installed: run `npm ci` once with them, or install the packed tarball (`npm pack`), which ships dist/\n');
}

// Builds the playground page into web/dist: web/src/main.ts bundled by esbuild (CodeMirror
// included; no CDN), and index.html and style.css copied. `npm run build:web`; npm ci runs it too
// (`prepare`, with --if-installed).
// Each file is written under a temporary name and renamed, so a server reading the page while a
// build runs never sees half a file.
import { build } from 'esbuild';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WEB = fileURLToPath(new URL('.', import.meta.url));
export const DIST = join(WEB, 'dist');
const STATIC = ['index.html', 'style.css'];

/** Build the page into `outDir`; the names of the files written. */
export async function buildWeb(outDir: string = DIST): Promise<string[]> {
  const result = await build({
    entryPoints: [join(WEB, 'src', 'main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    outfile: join(outDir, 'app.js'),
    logLevel: 'silent',
    // The page takes words and helpers from engine/index.ts; the engine's Node-only modules are never
    // reached from it and are left out (package.json: sideEffects false).
    external: ['node:*'],
  });
  await mkdir(outDir, { recursive: true });
  const temp = (name: string): string => join(outDir, `.${name}.${process.pid}.tmp`);
  const written: string[] = [];
  for (const out of result.outputFiles) {
    const name = out.path.slice(outDir.length + 1);
    await writeFile(temp(name), out.contents);
    await rename(temp(name), join(outDir, name));
    written.push(name);
  }
  for (const name of STATIC) {
    await copyFile(join(WEB, name), temp(name));
    await rename(temp(name), join(outDir, name));
    written.push(name);
  }
  return written;
}

/** Whether the page's build dependencies (devDependencies: CodeMirror) are installed. */
function buildDependenciesInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('codemirror');
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `npm ci --omit=dev` (a production install) runs `prepare` too: there the page is skipped, not failed,
  // and the service answers its address with 503 PAGE_NOT_BUILT. `npm run build:web` always builds.
  if (process.argv.includes('--if-installed') && !buildDependenciesInstalled()) {
    process.stdout.write('web: the playground page is not built, as its build dependencies (devDependencies) are not installed; the service runs without it\n');
  } else {
    const files = await buildWeb();
    process.stdout.write(`web: built ${files.join(', ')} in ${DIST}\n`);
  }
}

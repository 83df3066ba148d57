// Builds the playground page into web/dist: web/src/main.ts bundled by esbuild (CodeMirror
// included; no CDN), and index.html and style.css copied. `npm run build:web`; npm ci runs it too.
// Each file is written under a temporary name and renamed, so a server reading the page while a
// build runs never sees half a file.
import { build } from 'esbuild';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
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

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await buildWeb();
  process.stdout.write(`web: built ${files.join(', ')} in ${DIST}\n`);
}

// Writes the embed-code configurator into dist/, so that it is in the folder a webmaster uploads
// (the release zip) and `npm start` serves the same files: dist/configurator.html and
// dist/configurator.css as they are in demo/, and dist/configurator.js, demo/configurator.js
// bundled with what it imports (demo/contrast.js and the token table, src/shared/tokens.json) into
// one module that needs no build on the server. Run before scripts/build-static.mjs, which lists
// every file of dist/ in hechting-widget.json (npm run build does).
import { copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The configurator's page and stylesheet, copied as they are. */
const CONFIGURATOR_FILES = ['configurator.html', 'configurator.css'];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of CONFIGURATOR_FILES) await copyFile(join(root, 'demo', file), join(root, 'dist', file));
  await build({
    // The bundle's comments name the modules from here: the same bytes from any working directory.
    absWorkingDir: root,
    entryPoints: [join(root, 'demo', 'configurator.js')],
    outfile: join(root, 'dist', 'configurator.js'),
    bundle: true,
    format: 'esm',
    // As the widget's own build; not minified, so that it reads as the source does.
    target: 'es2021',
    legalComments: 'none',
    banner: { js: '// The embed-code configurator of hechting-widget, built from demo/configurator.js. Open configurator.html on your web server.' },
    logLevel: 'warning',
  });
  console.log(`configurator: ${[...CONFIGURATOR_FILES, 'configurator.js'].join(', ')} → dist/`);
}

// `npm run screenshot`: the README's pictures of the demo, and those of the page for editors
// (docs/redacteuren.md), taken with headless Chromium from the demo served as `npm start` serves
// it. Run `npm run build` first.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { startDevServer } from '@web/dev-server';
import { CHROMIUM_ARGS, findEngine } from './browsers.mjs';

const PORT = 8765;
const SHOTS = [
  { page: 'demo/index.html', file: 'docs/demo-gemeente.png', size: '900,2300' },
  { page: 'demo/kinderopvang.html', file: 'docs/demo-kinderopvang.png', size: '700,1000' },
  // Phone-sized, as most parents read them.
  { page: 'demo/themes.html#utrecht', file: 'docs/theme-utrecht.png', size: '390,1300' },
  { page: 'demo/themes.html#donker', file: 'docs/theme-donker.png', size: '390,1300' },
  { page: 'demo/themes.html#kinderopvang', file: 'docs/theme-kinderopvang.png', size: '390,1300' },
  { page: 'demo/ar.html', file: 'docs/demo-arabisch.png', size: '390,1300' },
  { page: 'dist/configurator.html', file: 'docs/configurator.png', size: '900,1400' },
  // The guide for editors (docs/redacteuren.md): a placement with the script and without.
  { page: 'demo/redacteuren.html', file: 'docs/redacteuren-met-script.png', size: '560,520' },
  { page: 'demo/redacteuren.html?zonder-script', file: 'docs/redacteuren-zonder-script.png', size: '560,240' },
];

const server = await startDevServer({
  config: {
    rootDir: '.',
    port: PORT,
    // A page with `?zonder-script` comes without the widget's script, as a site without it shows it.
    middleware: [
      async (context, next) => {
        if (!('zonder-script' in context.query)) return next();
        context.type = 'html';
        context.body = (await readFile(`.${context.path}`, 'utf8')).replace(/<script src="[^"]*hechting-widget\.js"><\/script>/, '');
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
try {
  mkdirSync('docs', { recursive: true });
  for (const { page, file, size } of SHOTS) {
    // Asynchronous: the server runs in this process and must keep answering.
    await promisify(execFile)(findEngine('chromium'), [
      ...CHROMIUM_ARGS,
      '--headless',
      '--hide-scrollbars',
      `--window-size=${size}`,
      '--virtual-time-budget=3000',
      `--screenshot=${resolve(file)}`,
      `http://localhost:${PORT}/${page}`,
    ]);
    console.log(`${file} ← ${page}`);
  }
} finally {
  await server.stop();
}

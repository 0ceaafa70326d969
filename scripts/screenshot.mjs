// `npm run screenshot`: the README's pictures of the demo, taken with headless Chromium.
// Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const SHOTS = [
  { page: 'demo/index.html', file: 'docs/demo-gemeente.png', size: '900,2300' },
  { page: 'demo/kinderopvang.html', file: 'docs/demo-kinderopvang.png', size: '700,1000' },
];

mkdirSync('docs', { recursive: true });
for (const { page, file, size } of SHOTS) {
  execFileSync(findChromium(), [
    ...CHROMIUM_ARGS,
    '--headless',
    '--hide-scrollbars',
    `--window-size=${size}`,
    '--virtual-time-budget=3000',
    `--screenshot=${resolve(file)}`,
    pathToFileURL(resolve(page)).href,
  ], { stdio: 'ignore' });
  console.log(`${file} ← ${page}`);
}

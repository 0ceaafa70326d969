// `npm test`'s last step: the parts that need real programs, side by side, since each waits on
// its own (the browsers, WordPress's PHP and database): the browser tests
// (scripts/test-browsers.mjs), whose output shows as it comes, and the WordPress tests
// (tests/wordpress/), whose output shows whole when they end. Fails when one fails. PARTS=browsers
// or PARTS=wordpress runs one.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const node = process.execPath;
const PARTS = {
  browsers: [node, [fileURLToPath(new URL('./test-browsers.mjs', import.meta.url))]],
  // One WordPress at a time: the single site and the network share WordPress's plugin folder.
  wordpress: [node, ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/wordpress/']],
};

/** Runs a part; its output goes through live, or is kept and printed whole at its end. Resolves to whether it passed. */
function run(name, live) {
  const [program, args] = PARTS[name];
  const started = Date.now();
  const output = [];
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('exit', (code, signal) => {
      const passed = code === 0 && !signal;
      const time = `${((Date.now() - started) / 1000).toFixed(0)} s`;
      if (!live) process.stdout.write(`\n── ${name} tests (${time}) ──\n${Buffer.concat(output)}`);
      console.log(`\n${name} tests: ${passed ? 'passed' : 'FAILED'} in ${time}`);
      resolve(passed);
    });
  });
}

const names = (process.env.PARTS ?? Object.keys(PARTS).join(',')).split(',').filter(Boolean);
const unknown = names.find((name) => !(name in PARTS));
if (unknown) {
  console.error(`PARTS names "${unknown}": use ${Object.keys(PARTS).join(', ')}`);
  process.exit(1);
}
const results = await Promise.all(names.map((name, i) => run(name, i === 0)));
process.exit(results.every(Boolean) ? 0 : 1);

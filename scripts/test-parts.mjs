// `npm test`'s last step: the parts that need real programs, side by side, since each waits on
// its own (the browsers; WordPress's PHP and database, then an application framework's builds and
// servers): the browser tests (scripts/test-browsers.mjs), whose output shows as it comes, and the
// WordPress tests (tests/wordpress/) and the applications tests (tests/applications/), one after
// the other, then the screen-reader test (tests/screen-reader/), whose output shows whole when each
// ends. Fails when one fails. PARTS=browsers, PARTS=wordpress, PARTS=applications or
// PARTS=screen-reader runs one.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const node = process.execPath;
const PARTS = {
  browsers: [node, [fileURLToPath(new URL('./test-browsers.mjs', import.meta.url))]],
  // One WordPress at a time: the single site and the network share WordPress's plugin folder.
  wordpress: [node, ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/wordpress/']],
  applications: [node, ['--test', '--test-reporter=spec', 'tests/applications/']],
  // Orca with Firefox ESR under Xvfb (scripts/screen-reader.mjs): one screen reader at a time.
  'screen-reader': [node, ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/screen-reader/']],
};

/** The parts that run one after the other, beside the others: each lane waits on its own. */
const LANES = [['browsers'], ['wordpress', 'applications', 'screen-reader']];

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
// The first part asked for shows its output as it comes.
const lanes = LANES.map((lane) => lane.filter((name) => names.includes(name))).filter((lane) => lane.length);
const results = await Promise.all(
  lanes.map(async (lane) => {
    const passed = [];
    for (const name of lane) passed.push(await run(name, name === names[0]));
    return passed.every(Boolean);
  }),
);
process.exit(results.every(Boolean) ? 0 : 1);

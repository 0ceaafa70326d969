// `npm test`'s browser part: runs @web/test-runner once per engine of BROWSERS (default all three,
// see scripts/browsers.mjs), one after the other, and fails when one fails. WebKit runs in
// WebKitGTK's MiniBrowser through WebKitWebDriver, which this starts; without a display, the
// whole run goes under xvfb-run. Arguments go to the test runner (`--files tests/x.test.ts`).
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { onPath, selectedEngines } from './browsers.mjs';

const args = process.argv.slice(2);
const engines = selectedEngines();

/** Runs a program to its end and returns its exit code. */
function run(program, programArgs, env = process.env) {
  return new Promise((resolve) => {
    spawn(program, programArgs, { stdio: 'inherit', env }).on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeout = 15000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      }).on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

/** Runs the test runner in one engine; WebKit with its driver. */
async function runIn(engine) {
  console.log(`\nBrowser tests in ${engine}`);
  const env = { ...process.env, BROWSERS: engine };
  let driver;
  if (engine === 'webkit') {
    env.WEBKIT_DRIVER_PORT = String(await freePort());
    driver = spawn('WebKitWebDriver', [`--port=${env.WEBKIT_DRIVER_PORT}`, '--host=127.0.0.1'], { stdio: 'ignore' });
    await waitForPort(Number(env.WEBKIT_DRIVER_PORT));
  }
  try {
    return await run(process.execPath, [fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url)), ...args], env);
  } finally {
    driver?.kill();
  }
}

async function main() {
  if (engines.includes('webkit') && !process.env.DISPLAY) {
    return run(onPath('xvfb-run'), ['-a', process.execPath, fileURLToPath(import.meta.url), ...args]);
  }
  const failed = [];
  for (const engine of engines) if ((await runIn(engine)) !== 0) failed.push(engine);
  if (failed.length) console.error(`\nBrowser tests failed in ${failed.join(', ')}.`);
  return failed.length ? 1 : 0;
}

process.exit(await main());

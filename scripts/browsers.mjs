// The three engines of the browser tests and where to find them. No test tool may download a
// browser of its own: the tests use the system's browsers. Run directly
// (`node scripts/browsers.mjs`), this installs what is missing from Debian's packages when it can
// (Debian or Ubuntu, as root), and otherwise stops with one sentence saying what to install.
//
// BROWSERS chooses engines (default all three: BROWSERS=chromium,firefox,webkit); CHROME_PATH,
// FIREFOX_PATH and WEBKIT_PATH (a WebKitGTK MiniBrowser) point at a browser of your own.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEBKITGTK = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1';

export const ENGINES = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    packages: ['chromium'],
    install: 'Chrome or Chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    packages: ['firefox-esr'],
    install: 'Firefox',
  },
  webkit: {
    env: 'WEBKIT_PATH',
    paths: [`${WEBKITGTK}/MiniBrowser`],
    // MiniBrowser is driven by WebKitWebDriver, and needs a display: Xvfb when there is none.
    tools: ['WebKitWebDriver', ...(process.env.DISPLAY ? [] : ['xvfb-run'])],
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    install: 'WebKitGTK with its WebDriver (webkit2gtk-driver) and Xvfb',
  },
};

/** Flags for a headless Chromium on a machine with no internet: no background connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Test files run side by side in tabs; a background tab must keep its timers and frames going.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/** The engines BROWSERS names, or all three. */
export function selectedEngines() {
  const names = (process.env.BROWSERS ?? Object.keys(ENGINES).join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.find((name) => !(name in ENGINES));
  if (unknown) throw new Error(`BROWSERS names "${unknown}": use ${Object.keys(ENGINES).join(', ')}`);
  return names;
}

/** A program on the PATH, or undefined. */
export function onPath(program) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, program))
    .find((path) => existsSync(path));
}

/** The executable of an engine, or undefined when it (or a tool it needs) is missing. */
export function findEngine(name) {
  const engine = ENGINES[name];
  const fromEnv = process.env[engine.env];
  const path = fromEnv ?? engine.paths.find((candidate) => existsSync(candidate));
  if (!path || !existsSync(path)) return undefined;
  return (engine.tools ?? []).every(onPath) ? path : undefined;
}

/** Whether this is Debian or a system built on it (Ubuntu): apt-get has the packages. */
export function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function ensureEngines() {
  const engines = selectedEngines();
  let missing = engines.filter((name) => !findEngine(name));
  if (missing.length && process.platform === 'linux' && process.getuid?.() === 0 && isDebianLike()) {
    const packages = missing.flatMap((name) => ENGINES[name].packages);
    console.log(`Installing the browsers the tests need from Debian's packages (a few minutes, once): ${packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    missing = engines.filter((name) => !findEngine(name));
  }
  if (missing.length) {
    const name = missing[0];
    const { env, install } = ENGINES[name];
    console.error(`The tests need ${install} for ${name}: install it, set ${env} to its executable, or leave ${name} out with BROWSERS=${engines.filter((e) => e !== name).join(',')}.`);
    process.exit(1);
  }
  for (const name of engines) console.log(`${name}: ${findEngine(name)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureEngines();

// A real screen reader for the tests: Orca with Firefox ESR, under Xvfb, on a silent sound device.
// What Orca says is taken from its debug log, where each utterance is a `SPEECH OUTPUT: '…'`
// line (the recipe of the platform notes, "A real screen reader on this machine"). A start gets a
// fresh temp dir as HOME, with its own D-Bus session, accessibility bus, speech-dispatcher
// settings and Firefox profile, so that runs never see each other or a real desktop's settings.
// Every process started carries a variable naming that dir, and stop() ends those processes by
// their own ids (speech-dispatcher and the accessibility registry start themselves, apart from
// the rest). Run directly (`node scripts/screen-reader.mjs`), this installs what is missing from
// Debian's packages when it can (Debian or Ubuntu, as root), and otherwise stops with one sentence
// saying what to install.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isDebianLike, onPath } from './browsers.mjs';

const PACKAGES = ['orca', 'xvfb', 'at-spi2-core', 'dbus-x11', 'speech-dispatcher', 'espeak-ng', 'firefox-esr', 'xdotool'];
const BUS_LAUNCHER = ['/usr/libexec/at-spi-bus-launcher', '/usr/lib/at-spi2-core/at-spi-bus-launcher'];
const PROGRAMS = ['orca', 'Xvfb', 'dbus-launch', 'speech-dispatcher', 'espeak-ng', 'firefox-esr', 'xdotool', 'script'];
// A machine with 2 busy cores can be slow: wait long, but never forever.
const TIMEOUT = 60_000;
// The variable every process of a start carries, to find them all at its stop.
const MARK = 'HECHTING_SCREEN_READER';

const run = promisify(execFile);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the screen-reader test needs and this machine lacks, as program names. */
function missingPrograms() {
  const missing = PROGRAMS.filter((name) => !onPath(name));
  if (!BUS_LAUNCHER.some(existsSync)) missing.push('at-spi-bus-launcher');
  return missing;
}

/** Installs what the screen-reader test needs from Debian's packages when it can, else exits saying what to install. */
export function ensureScreenReader() {
  let missing = missingPrograms();
  if (missing.length && process.platform === 'linux' && process.getuid?.() === 0 && isDebianLike()) {
    console.log(`Installing the screen reader the tests need from Debian's packages (a few minutes, once): ${PACKAGES.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], { stdio: 'inherit', env });
    missing = missingPrograms();
  }
  if (missing.length) {
    console.error(`The screen-reader test needs ${missing.join(', ')}: install Debian's packages ${PACKAGES.join(' ')} (as root: apt-get install ${PACKAGES.join(' ')}).`);
    process.exit(1);
  }
  console.log(`Screen reader: Orca with Firefox ESR (${onPath('orca')}, ${onPath('firefox-esr')})`);
}

/** Whether this machine has what the screen-reader test needs. */
export const hasScreenReader = () => missingPrograms().length === 0;

/** The speech in a piece of Orca's debug log, one utterance a line. */
export function speechIn(log) {
  return [...log.matchAll(/ - SPEECH OUTPUT: '(.*?)'(?:\{.*\})?\r?$/gm)].map((match) => match[1].trim()).filter(Boolean);
}

/** A free display number: one with no X lock file. */
function freeDisplay() {
  for (let number = 90 + Math.floor(Math.random() * 100); ; number++) if (!existsSync(`/tmp/.X${number}-lock`) && !existsSync(`/tmp/.X11-unix/X${number}`)) return number;
}

/** Until `condition()` holds, polling; throws `what` after `timeout`. */
async function until(condition, what, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** The ids of the processes started by the start that made `dir`. */
function processesOf(dir) {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(`${MARK}=${dir}`)) pids.push(Number(entry));
    } catch {
      // Gone, or not ours to read.
    }
  }
  return pids;
}

/**
 * Starts Xvfb, a D-Bus session with its accessibility bus, and Orca, which logs what it says.
 * Resolves to the screen reader: open(url, title) opens Firefox ESR on a page, key() presses keys
 * in it, and the speech and waits below read what Orca said since a point in its log.
 */
export async function startScreenReader() {
  const dir = mkdtempSync(join(tmpdir(), 'hechting-sr-'));
  const home = join(dir, 'home');
  const runtime = join(dir, 'run');
  mkdirSync(join(home, '.config'), { recursive: true });
  mkdirSync(runtime, { mode: 0o700 });
  // Speech to a silent sound device: without one, speech-dispatcher finds no sound server and Orca hangs.
  cpSync('/etc/speech-dispatcher', join(home, '.config/speech-dispatcher'), { recursive: true });
  const speechd = join(home, '.config/speech-dispatcher/speechd.conf');
  writeFileSync(speechd, readFileSync(speechd, 'utf8').replace(/^# *AudioOutputMethod .*/m, 'AudioOutputMethod "alsa"'));
  // Orca reads a page out from its top once it loads ("say all"), moving its caret as it goes: off,
  // so that each journey starts where it asks to (the page's summary, "Page has …", stays).
  mkdirSync(join(home, '.local/share/orca'), { recursive: true });
  writeFileSync(join(home, '.local/share/orca/orca-customizations.py'), 'import orca.settings\norca.settings.sayAllOnLoad = False\n');
  writeFileSync(join(home, '.asoundrc'), 'pcm.!default { type null }\nctl.!default { type hw card 0 }\n');
  const display = freeDisplay();
  const env = {
    ...process.env,
    [MARK]: dir,
    DISPLAY: `:${display}`,
    HOME: home,
    XDG_RUNTIME_DIR: runtime,
    XDG_CONFIG_HOME: join(home, '.config'),
    GNOME_ACCESSIBILITY: '1',
    GTK_USE_PORTAL: '0',
    GTK_MODULES: 'gail:atk-bridge',
    MOZ_ENABLE_WAYLAND: '0',
    NO_AT_BRIDGE: '0',
    LANG: 'C.UTF-8',
  };
  delete env.WAYLAND_DISPLAY;
  const children = [];
  const start = (program, args, options = {}) => {
    const child = spawn(program, args, { env, stdio: 'ignore', detached: true, ...options });
    children.push(child);
    return child;
  };
  const logFile = join(dir, 'orca.log');
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  const stop = async () => {
    for (const child of children.reverse()) if (child.exitCode === null && child.signalCode === null) child.kill();
    await sleep(300);
    for (const pid of processesOf(dir)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Ended meanwhile.
      }
    }
    // The document portal, where something started it, mounts a file system in the runtime dir.
    const portal = join(runtime, 'doc');
    if (readFileSync('/proc/mounts', 'utf8').includes(` ${portal} `)) await run('umount', ['-l', portal]).catch(() => run('fusermount', ['-u', '-z', portal]).catch(() => {}));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    start('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    await until(() => existsSync(`/tmp/.X11-unix/X${display}`), 'Xvfb');
    const { stdout } = await run('dbus-launch', ['--sh-syntax'], { env });
    for (const [, name, value] of stdout.matchAll(/^(\w+)='([^']*)'/gm)) env[name] = value;
    start(BUS_LAUNCHER.find(existsSync), ['--launch-immediately']);
    // In a pty, so that the log is written line by line.
    start('script', ['-q', '-f', '-c', 'orca --replace --debug-file=/dev/stdout', logFile]);
    await until(() => /SPEECH OUTPUT|Orca.*ready|Startup complete/i.test(log()), "Orca's start", TIMEOUT);
  } catch (error) {
    await stop();
    throw error;
  }

  let firefox;
  const xdotool = (...args) => run('xdotool', args, { env });
  const screenReader = {
    dir,
    env,
    log,
    stop,
    /** Where Orca's log is now: what it says after this is new. */
    mark: () => log().length,
    /** What Orca said since `mark`. */
    speechSince: (mark) => speechIn(log().slice(mark)),
    /** Opens Firefox ESR on `url`, and waits until its window, titled `title`, has focus and Orca has read the page. */
    async open(url, title) {
      const profile = join(dir, 'profile');
      mkdirSync(profile, { recursive: true });
      writeFileSync(
        join(profile, 'user.js'),
        [
          ['browser.aboutwelcome.enabled', false],
          ['browser.shell.checkDefaultBrowser', false],
          ['datareporting.policy.dataSubmissionEnabled', false],
          ['datareporting.healthreport.uploadEnabled', false],
          ['toolkit.telemetry.reportingpolicy.firstRun', false],
          ['browser.startup.homepage_override.mstone', 'ignore'],
          ['startup.homepage_welcome_url', ''],
          ['browser.sessionstore.resume_from_crash', false],
          ['app.update.enabled', false],
          ['browser.tabs.warnOnClose', false],
          ['accessibility.force_disabled', 0],
          ['intl.accept_languages', 'nl'],
          ['browser.startup.page', 0],
          ['browser.startup.homepage', 'about:blank'],
          ['browser.newtabpage.enabled', false],
          ['datareporting.policy.firstRunURL', ''],
          ['browser.translations.automaticallyPopup', false],
          ['media.webspeech.synth.enabled', false],
          // No desktop portals: they would mount a file system in the temp dir.
          ...['settings', 'file-picker', 'mime-handler', 'location', 'open-uri'].map((portal) => [`widget.use-xdg-desktop-portal.${portal}`, 0]),
        ]
          .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
          .join(''),
      );
      const mark = screenReader.mark();
      firefox = start('firefox-esr', ['--no-remote', '--profile', profile, '--new-instance', url]);
      const window = await until(async () => {
        const { stdout } = await xdotool('search', '--name', title).catch(() => ({ stdout: '' }));
        return stdout.trim().split('\n')[0];
      }, "Firefox's window");
      await xdotool('windowactivate', '--sync', window).catch(() => {});
      await screenReader.waitFor(mark, new RegExp(`Finished loading ${escape(title)}`));
      return firefox;
    },
    /**
     * Opens `url` in the same tab from the address bar, waits until Orca has said that the page
     * loaded and `ready()` resolves (the page's scripts have run), and moves to its top. A new
     * address each time: a reload from focus mode is not announced.
     */
    async go(url, title, ready = async () => {}) {
      let mark = await screenReader.key('ctrl+l');
      await screenReader.waitFor(mark, /address/i, { quiet: 300 });
      await xdotool('type', '--delay', '10', url);
      mark = await screenReader.key('Return');
      await screenReader.waitFor(mark, new RegExp(`Finished loading ${escape(title)}`));
      await Promise.race([ready(), sleep(TIMEOUT).then(() => Promise.reject(new Error(`${url} did not say in time that its scripts had run`)))]);
      // What the scripts changed may still be news to Orca: until it is quiet.
      await screenReader.settle(mark, 500, 500);
      mark = await screenReader.key('ctrl+Home');
      return screenReader.waitFor(mark, new RegExp(escape(title)));
    },
    /** Presses `keys` (xdotool's names: h, Tab, shift+Tab, Return, space, Insert+a) and returns where the log was before. */
    async key(...keys) {
      const mark = screenReader.mark();
      await xdotool('key', '--clearmodifiers', ...keys);
      return mark;
    },
    /**
     * What Orca said since `mark`, once a line matches `pattern` and Orca has said nothing more for
     * `quiet` ms. Throws with what was said when nothing matches in time.
     */
    async waitFor(mark, pattern, { quiet = 700, timeout = 20_000 } = {}) {
      const end = Date.now() + timeout;
      while (!screenReader.speechSince(mark).some((line) => pattern.test(line))) {
        if (Date.now() > end) throw new Error(`Orca did not say ${pattern} within ${timeout} ms; it said:\n${screenReader.speechSince(mark).join('\n') || '(nothing)'}`);
        await sleep(50);
      }
      return screenReader.settle(mark, quiet);
    },
    /**
     * What Orca said since `mark`, once it has said something and then nothing new for `quiet` ms,
     * or nothing at all for `silence` ms (at most 10 s in all).
     */
    async settle(mark, quiet = 700, silence = 2000) {
      const started = Date.now();
      let count = screenReader.speechSince(mark).length;
      let since = started;
      for (;;) {
        const now = Date.now();
        if (now - since >= (count ? quiet : silence) || now - started > 10_000) return screenReader.speechSince(mark);
        await sleep(50);
        const next = screenReader.speechSince(mark).length;
        if (next !== count) [count, since] = [next, Date.now()];
      }
    },
  };
  return screenReader;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureScreenReader();

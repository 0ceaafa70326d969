// What a blind parent hears: the widgets in Firefox ESR, read by Orca (scripts/screen-reader.mjs),
// on a page with <band-tips> (tip of the day) and <hechting-uitleg> (collapsible), each with
// language buttons and its own "Lees voor". Each journey presses keys as a parent would and
// asserts on what Orca says after each key, from a fresh load of the page. Orca and Firefox start
// once for the whole file. A failure shows the journey's transcript.
//
// SCREEN_READER_TRANSCRIPT=file writes every journey's transcript to that file;
// SCREEN_READER_DIST=folder serves another build than dist/ (to compare two by ear).
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startScreenReader } from '../../scripts/screen-reader.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = fileURLToPath(new URL('./page.html', import.meta.url));
const DIST = process.env.SCREEN_READER_DIST ?? join(ROOT, 'dist');
const TITLE = 'Schermlezer-test';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** The loads of the page whose widgets have rendered, by the page's query, and who waits for one. */
const ready = new Set();
const waiting = new Map();

/** The test page, and the built files under /dist/; the page says when its widgets have rendered. */
const server = createServer(async (request, response) => {
  const { pathname: path, search } = new URL(request.url, 'http://localhost');
  if (path === '/ready') {
    ready.add(search);
    waiting.get(search)?.();
    return response.writeHead(204).end();
  }
  const file = path === '/' ? PAGE : normalize(join(DIST, path.replace(/^\/dist\//, '/')));
  if (file !== PAGE && (!path.startsWith('/dist/') || !file.startsWith(join(DIST, '/')))) return response.writeHead(404).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});

let screenReader;
let origin;
let loads = 0;
const transcripts = [];

before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  screenReader = await startScreenReader();
  await screenReader.open(`${origin}/?${loads++}`, TITLE);
});

after(async () => {
  await screenReader?.stop();
  server.close();
  if (process.env.SCREEN_READER_TRANSCRIPT) await writeFile(process.env.SCREEN_READER_TRANSCRIPT, transcripts.map(format).join('\n'));
});

const format = ({ name, steps }) => `## ${name}\n${steps.map(({ key, lines }) => `[${key}]\n${lines.map((line) => `  ${line}`).join('\n')}`).join('\n')}\n`;

/**
 * A journey from a fresh load of the page, at its top: `press(key, pattern)` presses a key and
 * resolves to what Orca said, once it said something matching `pattern` (anything, without one)
 * and then nothing more for a moment.
 */
function journey(name) {
  const record = { name, steps: [] };
  transcripts.push(record);
  const said = () => `\n\nWhat Orca said in "${name}":\n${format(record)}`;
  return {
    record,
    async load() {
      const search = `?${loads++}`;
      const rendered = () => (ready.has(search) ? Promise.resolve() : new Promise((resolve) => waiting.set(search, resolve)));
      const lines = await screenReader.go(`${origin}/${search}`, TITLE, rendered);
      record.steps.push({ key: 'load, ctrl+Home', lines });
      return lines;
    },
    async press(key, pattern, options) {
      const mark = await screenReader.key(key);
      try {
        const lines = pattern ? await screenReader.waitFor(mark, pattern, options) : await screenReader.settle(mark, options?.quiet);
        record.steps.push({ key, lines });
        return lines;
      } catch (error) {
        record.steps.push({ key, lines: screenReader.speechSince(mark) });
        error.message += said();
        throw error;
      }
    },
    /** Asserts that some line of `lines` matches `pattern`. */
    said(lines, pattern, what = '') {
      assert.ok(
        lines.some((line) => pattern.test(line)),
        `Orca did not say ${pattern}${what ? ` (${what})` : ''}${said()}`,
      );
    },
    /** Asserts that no line of `lines` matches `pattern`. */
    notSaid(lines, pattern, what = '') {
      assert.ok(!lines.some((line) => pattern.test(line)), `Orca said ${pattern}${what ? ` (${what})` : ''}${said()}`);
    },
    /** How many lines of `lines` match `pattern`. */
    count: (lines, pattern) => lines.filter((line) => pattern.test(line)).length,
    transcript: said,
  };
}

describe('Orca in Firefox ESR: moving by headings', () => {
  const path = journey('Moving by headings (h)');
  const heard = [];
  before(async () => {
    await path.load();
    for (let i = 0; i < 5; i++) heard.push(...(await path.press('h', /heading level \d/)));
  });

  it('hears each title and heading with its level, in the page’s outline', () => {
    const headings = heard.filter((line) => /heading level/.test(line)).map((line) => line.replace(/\.$/, ''));
    assert.deepEqual(
      headings,
      [
        'Hoe bouw ik een goede band op met mijn kind? heading level 2',
        'Tip van de dag heading level 3',
        'Wat is hechting en waarom is het belangrijk? heading level 2',
        'Goede band opbouwen collapsed push button heading level 3',
        'Veilige basis en veilige haven collapsed push button heading level 3',
      ],
      path.transcript(),
    );
  });

  it('hears a closed section as closed when moving by headings', () => {
    path.said(heard, /^Goede band opbouwen collapsed push button heading level 3/, 'a closed section heard as collapsed');
    path.said(heard, /^Veilige basis en veilige haven collapsed push button heading level 3/, 'a closed section heard as collapsed');
  });
});

// Orca 43 gives the focus to a control on the line its caret moves to with the arrow keys, but
// not to a button in a heading it moves to with h (only to a link there: grabFocusWhenSettingCaret
// in its web script), so Enter opens a section from its line, reached with the arrow keys.
describe('Orca in Firefox ESR: opening a closed section in browse mode, and reading on', () => {
  const path = journey('Open a section in browse mode (h, Up, Enter, Down)');
  let line;
  let opened;
  let next;
  before(async () => {
    await path.load();
    for (let i = 0; i < 4; i++) await path.press('h', /heading level \d/);
    await path.press('h', /^Veilige basis/);
    line = await path.press('Up', /^Goede band opbouwen/);
    opened = await path.press('Return', /expanded/);
    next = await path.press('Down', /\S/);
  });

  it('hears the closed section on its line, opens it with Enter, and reads its text on with the arrow keys, without a switch of mode', () => {
    path.said(line, /^Goede band opbouwen collapsed push button heading level 3/);
    path.said(opened, /^expanded/);
    path.notSaid([...opened, ...next], /focus mode/i);
    path.said(next, /^Vanaf de geboorte groeit de band met je kind/);
  });
});

describe('Orca in Firefox ESR: Tab through every control, opening and closing a section', () => {
  const path = journey('Tab through every control; open and close a section');
  const tabs = [];
  let opened;
  let closed;
  before(async () => {
    await path.load();
    for (let i = 0; i < 9; i++) tabs.push(await path.press('Tab', /button/));
    opened = await path.press('space', /expanded/);
    closed = await path.press('space', /collapsed/);
  });

  it('hears the language buttons as toggle buttons with their state, in each widget', () => {
    for (const at of [0, 4]) {
      path.said(tabs[at], /^Nederlands toggle button pressed/);
      path.said(tabs[at + 1], /^English toggle button not pressed/);
    }
  });

  it('hears each "Lees voor" and "Volgende tip" as a button', () => {
    path.said(tabs[2], /^Lees voor\b.* push button/);
    path.said(tabs[3], /^Volgende tip push button/);
    path.said(tabs[6], /^Lees voor\b.* push button/);
  });

  it('hears a closed section as collapsed, opened as expanded and closed again as collapsed', () => {
    path.said(tabs[7], /^Goede band opbouwen collapsed push button/);
    path.said(tabs[8], /^Veilige basis en veilige haven collapsed push button/);
    path.said(opened, /^expanded/);
    path.said(closed, /^collapsed/);
  });

  it('hears each "Lees voor" button say what it reads', () => {
    path.said(tabs[2], /Lees voor.*Hoe bouw ik een goede band op met mijn kind\?/, 'the first "Lees voor" names its text');
    path.said(tabs[6], /Lees voor.*Wat is hechting en waarom is het belangrijk\?/, 'the second "Lees voor" names its text');
  });

  it('hears no group around "Lees voor" ("Voorlezen panel"), only the language buttons\' (and leaving it)', () => {
    const lines = tabs.flat();
    path.notSaid(lines, /^Voorlezen panel/);
    assert.equal(path.count(lines, /^leaving panel/), path.count(lines, /^Kies een taal panel/), `"leaving panel" only after the language buttons${path.transcript()}`);
  });
});

describe('Orca in Firefox ESR: "Volgende tip"', () => {
  const path = journey('"Volgende tip"');
  let tip;
  before(async () => {
    await path.load();
    for (let i = 0; i < 3; i++) await path.press('Tab', /button/);
    await path.press('Tab', /Volgende tip/);
    tip = await path.press('space', /\S/);
  });

  it('reads the next tip out after "Volgende tip"', () => {
    // A tip is a sentence or more; the button's own name and state are short.
    path.said(tip, /^(?!.*button).{40,}$/, 'the next tip');
  });
});

describe('Orca in Firefox ESR: switching language in one widget, with another on the page; the Dutch original and back', () => {
  const path = journey('Switching language, then "Show the Dutch text" and back');
  let switched;
  const after = [];
  let original;
  let back;
  let refocused;
  before(async () => {
    await path.load();
    await path.press('Tab', /Nederlands/);
    await path.press('Tab', /English toggle button not pressed/);
    // A polite announcement comes after what Orca says of the button itself: wait a little longer.
    switched = await path.press('space', /pressed/, { quiet: 1500 });
    after.push(await path.press('Tab', /Show the Dutch text/));
    original = await path.press('space', undefined, { quiet: 1500 });
    // Away and back onto the same button: what is it called now?
    await path.press('shift+Tab', /English|Engels/);
    refocused = await path.press('Tab', /button/);
    back = await path.press('space', undefined, { quiet: 1500 });
    for (let i = 0; i < 5; i++) after.push(await path.press('Tab', /button/));
  });

  it('hears the button pressed, and the widget’s text in English', () => {
    path.said(switched, /^pressed/);
    path.said(switched, /^(?!.*button).{40,}$/, 'the tip in English');
    path.said(after[0], /^Show the Dutch text toggle button/);
  });

  it('hears the other widget in English too, once there', () => {
    path.said(after.flat(), /^Choose a language panel/, "the other widget's language group in English");
    path.said(after.flat(), /^English toggle button pressed/, "the other widget's English button pressed");
  });

  it('hears the switch announced once, in English, by the widget used and by no other', () => {
    const announcements = switched.filter((line) => !/^(pressed|not pressed)$/.test(line) && /\bEnglish\b/.test(line) && line.length < 60);
    assert.equal(announcements.length, 1, `one announcement of the switch, in English, such as "Now in English"${path.transcript()}`);
  });

  it('hears the Dutch-original toggle keep one name and report its state, and which language is shown', () => {
    path.said(after[0], /^Show the Dutch text toggle button not pressed/, 'a toggle button, not pressed');
    path.said(original, /pressed/, 'its new state when pressed');
    path.said(original, /Nederlands|Dutch/, 'that the Dutch text is shown');
    path.said(refocused, /^Show the Dutch text toggle button pressed/, 'the same name, pressed');
    path.said(back, /not pressed/, 'its state again when pressed again');
  });
});

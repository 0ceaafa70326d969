// The release zip (`npm run release`), as a webmaster without Node gets it: the same bytes every
// time, everything the guide names, and, unpacked into an empty folder and served alone, a working
// site: the guide's template line and the placements in the zip place all three elements.
// Runs after `npm run build`, in Chromium.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngine } from '../../scripts/browsers.mjs';
import { GUIDE_VERSION, SNIPPET_INTEGRITY } from '../../scripts/integrity.mjs';
import { FOLDER, writeRelease } from '../../scripts/release.mjs';

const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.md': 'text/markdown; charset=utf-8', '.png': 'image/png' };

/** Serves `folder` at /hechting-widget/ and the host's own `pages` by path; records every other request. */
function serve(folder, pages) {
  const strays = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let body = pages[path];
    if (body === undefined && path.startsWith(`/${FOLDER}/`)) body = await readFile(join(folder, normalize(path))).catch(() => undefined);
    if (body === undefined) strays.push(path);
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body ?? 'not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, strays, origin: `http://127.0.0.1:${server.address().port}` })));
}

/** Every element on a page with what a reader sees of it: its tag, its rendered title, and its text length. */
async function elementsOn(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('hechting-uitleg, band-tips, hulp-link')].map((element) => ({
      tag: element.localName,
      title: element.querySelector('.hechting-widget > .hechting-heading-box > .hechting-title')?.textContent.trim(),
      tip: element.querySelector('.hechting-tip') !== null,
      length: element.textContent.trim().length,
    })),
  );
}

describe('release zip', () => {
  let zip;
  let files;
  before(async () => {
    zip = await readFile(await writeRelease(await mkdtemp(join(tmpdir(), 'hechting-release-'))));
    files = unzipSync(new Uint8Array(zip));
  });

  it('is byte for byte the same every time', async () => {
    const again = await readFile(await writeRelease(await mkdtemp(join(tmpdir(), 'hechting-release-'))));
    assert.ok(again.equals(zip), 'two runs of the release gave different zips');
  });

  it('holds one folder with the scripts, stylesheets, pages, snippets, placements, licence, changelog and the Dutch guide', () => {
    const names = Object.keys(files);
    assert.deepEqual(
      names.filter((name) => !name.startsWith(`${FOLDER}/`)),
      [],
    );
    for (const file of [
      'hechting-widget.js',
      'hechting-widget.js.sri',
      'hechting-widget.nl.js',
      'hechting-widget.nl.js.sri',
      'hechting-widget.css',
      'hechting-page.css',
      'hechting-widget.json',
      'voorbeeld.html',
      'LICENSE',
      'THIRD-PARTY-LICENSES.txt',
      'CHANGELOG.md',
      'HANDLEIDING.md',
      'handleiding.html',
      'toegankelijkheid.md',
      'redacteuren.html',
      'redacteuren.css',
      'redacteuren-met-script.png',
      'redacteuren-zonder-script.png',
      ...['nl', 'en', 'ar', 'tr', 'pl', 'uk'].flatMap((lang) => [
        ...['hechting-uitleg', 'band-tips', 'hulp-link'].map((element) => `${lang}/${element}.html`),
        ...['hechting-uitleg', 'band-tips', 'band-tips-tip-of-the-day', 'hulp-link'].flatMap((name) => [`html/${lang}/${name}.html`, `html/${lang}/${name}.link.html`]),
      ]),
    ]) {
      assert.ok(names.includes(`${FOLDER}/${file}`), `${file} is not in the zip`);
    }
    assert.ok(!names.some((name) => name.includes('/lib/')), "the npm package's modules are not for upload");
    assert.match(new TextDecoder().decode(files[`${FOLDER}/LICENSE`]), /^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
    assert.match(new TextDecoder().decode(files[`${FOLDER}/CHANGELOG.md`]), new RegExp(`^## ${version.replace(/\./g, '\\.')} - `, 'm'));
  });

  it("shows its own scripts' integrity values and the version in its guide", () => {
    const text = (file) => new TextDecoder().decode(files[`${FOLDER}/${file}`]);
    const guide = text('HANDLEIDING.md');
    const shown = [...guide.matchAll(SNIPPET_INTEGRITY)];
    assert.ok(shown.length >= 3);
    for (const [, , file, value] of shown) assert.equal(value, text(`${file}.sri`).trim(), file);
    assert.deepEqual([...new Set([...guide.matchAll(GUIDE_VERSION)].map((match) => match[2]))], [version]);
  });

  it('holds the page for editors, redacteuren.html, with the files it names, addresses of existing pages on an example domain only, and the options as the guide names them', () => {
    const text = (file) => new TextDecoder().decode(files[`${FOLDER}/${file}`]);
    const page = text('redacteuren.html');
    for (const [, file] of page.matchAll(/(?:src|href)="(?![a-z]+:)([^"]+)"/g)) assert.ok(files[`${FOLDER}/${file}`], `redacteuren.html names ${file}, which is not in the zip`);
    // Every site it names, with a scheme or as www.…, is a reserved example name (RFC 2606).
    const sites = [...page.matchAll(/[a-z]+:\/\/([^\s/"'<>?#]+)|\b(www\.[^\s/"'<>?#]+)/gi)].map((match) => match[1] ?? match[2]);
    assert.ok(sites.length >= 6);
    assert.deepEqual(
      sites.filter((site) => !/\.example$/.test(site)),
      [],
      'addresses in redacteuren.html that could be a real site',
    );
    // Each address to copy leads to a page in the zip, and is marked as a placement.
    const addresses = [...page.matchAll(/https:\/\/www\.gemeente\.example\/hechting-widget\/([^<\s]*)/g)].map((match) => match[1]);
    assert.ok(addresses.length >= 6);
    for (const address of addresses.filter(Boolean)) {
      assert.match(address, /#hechting-widget$/, address);
      assert.ok(files[`${FOLDER}/${address.replace(/[?#].*$/, '')}`], `${address}: no such page in the zip`);
    }
    // The options of its table, each named and written as in the guide's.
    const guideOptions = new Set([...text('HANDLEIDING.md').matchAll(/^\| [^|]+ \| `([^`]+)` \|/gm)].map((match) => match[1]));
    const options = [...page.matchAll(/<tr>\s*<td>[^]*?<\/td>\s*<td><code>([^<]+)<\/code><\/td>/g)].map((match) => match[1]);
    assert.ok(options.length >= 8);
    assert.deepEqual(
      options.filter((option) => !guideOptions.has(option)),
      [],
      'options of redacteuren.html that the guide does not name so',
    );
  });

  it('lists every file of the build it holds, html/ included, with its sha384, in hechting-widget.json', async () => {
    const manifest = JSON.parse(new TextDecoder().decode(files[`${FOLDER}/hechting-widget.json`]));
    assert.equal(manifest.version, version);
    for (const [file, integrity] of Object.entries(manifest.files)) {
      const bytes = files[`${FOLDER}/${file}`];
      assert.ok(bytes, `${file} is listed but not in the zip`);
      assert.equal(integrity, `sha384-${createHash('sha384').update(bytes).digest('base64')}`, file);
    }
    // Every file of the zip that the build made (the guide, licences and changelog come from
    // elsewhere), the snippets and placements of html/ included.
    const built = Object.keys(files)
      .map((name) => name.slice(`${FOLDER}/`.length))
      .filter((file) => file !== 'hechting-widget.json' && existsSync(join('dist', file)));
    assert.ok(built.filter((file) => file.startsWith('html/')).length >= 48, 'the zip holds the snippets and placements');
    assert.deepEqual(
      built.filter((file) => !manifest.files[file]),
      [],
      'files of the zip that hechting-widget.json does not list',
    );
    for (const page of ['hechting-uitleg', 'band-tips', 'hulp-link']) assert.match(manifest.pages[page].nl, /^\d{4}-\d{2}-\d{2}$/);
  });

  describe('unpacked into an empty folder and served alone', () => {
    let browser;
    let site;
    before(async () => {
      const dir = await mkdtemp(join(tmpdir(), 'hechting-site-'));
      for (const [name, bytes] of Object.entries(files)) {
        await mkdir(dirname(join(dir, name)), { recursive: true });
        await writeFile(join(dir, name), bytes);
      }
      const text = (path) => readFile(join(dir, FOLDER, path), 'utf8');
      // The template line, as the guide gives it, and each placement as the zip has it, with the
      // folder's address before it as the guide says.
      const guide = await text('HANDLEIDING.md');
      const templateLine = guide.match(new RegExp(`<script src="/${FOLDER}/hechting-widget\\.js"[^\\n]*</script>`))[0];
      const placement = async (name) => (await text(`html/nl/${name}.link.html`)).replace(/<!--[^]*?-->\s*/, '').replace('href="', `href="/${FOLDER}/`);
      const hostText = '<p>Tekst van de gemeente over opgroeien en opvoeden, die na de widget verder gaat.</p>';
      const page = (head, body) =>
        `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title><link rel="icon" href="data:,">${head}</head><body><main><h1>Opvoeden</h1>${body}${hostText}</main></body></html>`;
      const placements = await Promise.all(['hechting-uitleg', 'band-tips-tip-of-the-day', 'hulp-link'].map(placement));
      site = await serve(dir, {
        '/placements.html': page(templateLine, placements.join('\n')),
        '/elements.html': page(templateLine, '<hechting-uitleg collapsible></hechting-uitleg><band-tips age="young"></band-tips><hulp-link phone="0123 456 789"></hulp-link>'),
        '/without-script.html': page('', placements.join('\n')),
        // The site's own icon, which the browser asks for on a page without one of its own, as the
        // folder's pages are (a data: icon would break the README's img-src).
        '/favicon.ico': '',
      });
      browser = await puppeteer.launch({ executablePath: findEngine('chromium'), args: CHROMIUM_ARGS, headless: true });
    });
    after(async () => {
      await browser?.close();
      site?.server.close();
    });

    /** Opens a path of the site; resolves to the page and the errors the browser reported on it. */
    async function open(path) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
      return { page, errors };
    }

    it("places all three elements from the guide's template line and the zip's placements", async () => {
      const { page, errors } = await open('/placements.html');
      const elements = await elementsOn(page);
      assert.deepEqual(
        elements.map((element) => element.tag),
        ['hechting-uitleg', 'band-tips', 'hulp-link'],
      );
      assert.deepEqual(
        elements.map((element) => element.title),
        ['Wat is hechting en waarom is het belangrijk?', 'Hoe bouw ik een goede band op met mijn kind?', 'Hulp en advies voor ouders'],
      );
      assert.equal(elements[1].tip, true, 'the tip-of-the-day placement shows a tip card');
      for (const element of elements) assert.ok(element.length > 100, `${element.tag} shows its text`);
      // Each placement's paragraph stays, hidden, for a framework that may hold it.
      assert.equal(await page.evaluate(() => [...document.querySelectorAll('a[href*="#hechting-widget"]')].filter((link) => !link.closest('[hidden]')).length), 0);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('renders the elements of an HTML block with the same template line', async () => {
      const { page, errors } = await open('/elements.html');
      const elements = await elementsOn(page);
      assert.deepEqual(
        elements.map((element) => element.tag),
        ['hechting-uitleg', 'band-tips', 'hulp-link'],
      );
      for (const element of elements) assert.ok(element.length > 100, `${element.tag} shows its text`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('shows the three texts on its own check page, voorbeeld.html', async () => {
      const { page, errors } = await open(`/${FOLDER}/voorbeeld.html`);
      const elements = await elementsOn(page);
      assert.deepEqual(
        elements.map((element) => element.tag),
        ['hechting-uitleg', 'band-tips', 'hulp-link'],
      );
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('leads from each placement, without the script, to a page with the text', async () => {
      const { page } = await open('/without-script.html');
      const links = await page.evaluate(() => [...document.querySelectorAll('a[href*="#hechting-widget"]')].map((link) => ({ href: link.href, text: link.textContent })));
      assert.equal(links.length, 3);
      await page.setJavaScriptEnabled(false);
      for (const { href, text } of links) {
        await page.goto(href, { waitUntil: 'load' });
        const shown = await page.evaluate(() => ({
          title: document.title,
          heading: document.querySelector('main h1')?.textContent.trim(),
          length: document.querySelector('main').textContent.trim().length,
        }));
        assert.equal(shown.title, text, href);
        assert.equal(shown.heading, text, href);
        assert.ok(shown.length > 100, `${href} shows the text`);
      }
      await page.close();
    });

    it('prints the page for editors on at most two A4 pages, its pictures shown', async () => {
      const { page, errors } = await open(`/${FOLDER}/redacteuren.html`);
      assert.deepEqual(await page.evaluate(() => [...document.images].map((image) => image.complete && image.naturalWidth > 0)), [true, true]);
      const pdf = Buffer.from(await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page\b/g).length;
      assert.ok(pages <= 2, `redacteuren.html prints on ${pages} A4 pages`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('asks for nothing outside the folder', () => {
      assert.deepEqual(site.strays, []);
    });
  });
});

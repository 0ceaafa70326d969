// The release zip (`npm run release`), as a webmaster without Node gets it: the same bytes every
// time, every file that a file in it names (in the WordPress plugin's zip, where it names the
// plugin's folder on a site), and, unpacked into an empty folder and served alone, a
// working site: the guide's template line and the placements in the zip place all three elements,
// and so do the template line and placements that its configurator writes, opened from the folder
// under another path. Runs after `npm run build`, in Chromium.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngine } from '../../scripts/browsers.mjs';
import { GUIDE_VERSION, SNIPPET_INTEGRITY } from '../../scripts/integrity.mjs';
import { FOLDER, writeRelease } from '../../scripts/release.mjs';
import { PLUGIN } from '../../scripts/wordpress-plugin.mjs';

const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.md': 'text/markdown; charset=utf-8', '.png': 'image/png' };

/** Serves `folder` at each of `mounts` and the host's own `pages` by path (looked up as asked for); records every other request. */
function serve(folder, mounts, pages) {
  const strays = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let body = pages[path];
    const mount = mounts.find((prefix) => path.startsWith(prefix));
    if (body === undefined && mount) body = await readFile(join(folder, normalize(path.slice(mount.length)))).catch(() => undefined);
    if (body === undefined) strays.push(path);
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body ?? 'not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, strays, origin: `http://127.0.0.1:${server.address().port}` })));
}

/** A file's address in the zip for the checks below: the folder is at /hechting-widget/, as the guide puts it on a site. */
const ZIP = 'http://zip.invalid/';

/** A file's address in the WordPress plugin's zip, whose folder WordPress puts at /wp-content/plugins/hechting-widget/. */
const PLUGIN_ZIP = 'http://plugin.invalid/';

/** Where WordPress puts its plugins' folders on a site. */
const PLUGINS = '/wp-content/plugins/';

/** The folder's file types: a name in a document's prose that ends in one of them (or in `/`, a folder) is taken for a path. */
const PATH = /^\/?[\w.-]+(?:\/[\w.-]+)*(?:\.(?:html|js|css|json|md|sri|txt)|\/)$/;

/** The repository's sources and tests, which toegankelijkheid.md cites as its evidence: not files of the zip. */
const SOURCE = /^(?:src|tests|content|xliff|scripts)\//;

/** The attributes that name a file. */
const NAMING = ['href', 'src'];

/** The address in the plugin's zip of a path on the site into the plugin's folder; undefined for any other path. */
const pluginAddress = (pathname) => (pathname.startsWith(`${PLUGINS}${PLUGIN}/`) ? new URL(pathname.slice(PLUGINS.length), PLUGIN_ZIP) : undefined);

/**
 * The address of `name`, a name in prose (code, a comment): from the folder (from the site where
 * it names the folder itself, or the plugin's folder: then in the plugin's zip); undefined where it
 * is no path.
 */
function proseAddress(name) {
  if (/^https?:/.test(name)) {
    if (!URL.canParse(name)) return undefined;
    // An address on the webmaster's site into the folder, as the guide writes them; another site's is not the zip's.
    const { pathname } = new URL(name);
    return pathname.startsWith(`/${FOLDER}/`) ? new URL(pathname, ZIP) : pluginAddress(pathname);
  }
  if (!PATH.test(name) || SOURCE.test(name)) return undefined;
  // A path from the site's root names the folder's files only below the folder (`/nl/` is part of an address).
  if (name.startsWith('/')) return name.startsWith(`/${FOLDER}/`) ? new URL(name, ZIP) : pluginAddress(name);
  return new URL(name, name.startsWith(`${FOLDER}/`) ? ZIP : `${ZIP}${FOLDER}/`);
}

/** The addresses of the href and src attributes in a piece of HTML code, read as `base` reads them. */
function attributeAddresses(html, base) {
  const { document } = new JSDOM(`<!doctype html><body>${html}`).window;
  return [...document.querySelectorAll(NAMING.map((name) => `[${name}]`).join())].flatMap((element) =>
    NAMING.filter((name) => element.hasAttribute(name)).map((name) => new URL(element.getAttribute(name), base)),
  );
}

/** The names in code, as prose: the code itself if it is a path, else the attributes of the HTML in it. */
const codeAddresses = (code, base) => (/[<=]/.test(code) ? attributeAddresses(code, base) : [proseAddress(code.trim())]);

/**
 * Every address that a file of the folder names, as [name as written, URL]: in HTML, its href and
 * src attributes (a placement or snippet of html/ names them from the folder, as its comment
 * says; a page from where it is), and the paths in its comments and code; in Markdown, its links
 * and the paths in its code.
 */
function namedIn(file, text) {
  const own = new URL(`${FOLDER}/${file}`, ZIP);
  const named = [];
  if (file.endsWith('.html')) {
    const { document, NodeFilter } = new JSDOM(text).window;
    const base = file.startsWith('html/') ? new URL(`${FOLDER}/`, ZIP) : own;
    for (const element of document.querySelectorAll(NAMING.map((name) => `[${name}]`).join())) {
      for (const name of NAMING.filter((name) => element.hasAttribute(name))) named.push([element.getAttribute(name), new URL(element.getAttribute(name), base)]);
    }
    const comments = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT);
    for (let comment = comments.nextNode(); comment; comment = comments.nextNode()) {
      for (const word of comment.data.split(/\s+/)) named.push([word, proseAddress(word.replace(/^\(|[.,;:)]+$/g, ''))]);
    }
    for (const code of document.querySelectorAll('code')) for (const address of codeAddresses(code.textContent, own)) named.push([code.textContent, address]);
  } else if (file.endsWith('.md')) {
    const visit = (tokens) => {
      for (const token of tokens) {
        if (token.type === 'link_open') named.push([token.attrGet('href'), new URL(token.attrGet('href'), own)]);
        if (token.type === 'code_inline' || token.type === 'fence' || token.type === 'code_block') {
          for (const address of codeAddresses(token.content, own)) named.push([token.content.trim(), address]);
        }
        visit(token.children ?? []);
      }
    };
    visit(new MarkdownIt().parse(text, {}));
  }
  // Files of the zips only: not another site's, an e-mail address or a telephone number.
  return named.filter(([, address]) => [ZIP, PLUGIN_ZIP].some((zip) => address?.origin === new URL(zip).origin));
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
  /** The WordPress plugin's zip, written with it. */
  let pluginFiles;
  before(async () => {
    const paths = await writeRelease(await mkdtemp(join(tmpdir(), 'hechting-release-')));
    zip = await readFile(paths.release);
    files = unzipSync(new Uint8Array(zip));
    pluginFiles = unzipSync(new Uint8Array(await readFile(paths.wordpress)));
  });

  it('is byte for byte the same every time', async () => {
    const again = await readFile((await writeRelease(await mkdtemp(join(tmpdir(), 'hechting-release-')))).release);
    assert.ok(again.equals(zip), 'two runs of the release gave different zips');
  });

  it('holds one folder with the scripts, stylesheets, pages, snippets, placements, configurator, licence, changelog and the Dutch guide', () => {
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
      'configurator.html',
      'configurator.js',
      'configurator.css',
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

  // CHANGELOG.md is the project's history, for npm users too: it names the package's and the
  // repository's files, release after release.
  it("holds every file that its pages, snippets and documents name, and the plugin's zip every file they name in the plugin's folder", () => {
    const names = Object.keys(files);
    const pluginNames = Object.keys(pluginFiles);
    const missing = [];
    for (const name of names.filter((name) => /\.(html|md)$/.test(name) && name !== `${FOLDER}/CHANGELOG.md`)) {
      for (const [written, address] of namedIn(name.slice(`${FOLDER}/`.length), new TextDecoder().decode(files[name]))) {
        const inPlugin = address.origin === new URL(PLUGIN_ZIP).origin;
        const zipNames = inPlugin ? pluginNames : names;
        const path = decodeURIComponent(address.pathname.slice(1));
        if (!(path.endsWith('/') ? zipNames.some((other) => other.startsWith(path)) : zipNames.includes(path))) missing.push(`${name}: ${written}${inPlugin ? " (not in the plugin's zip)" : ''}`);
      }
    }
    assert.deepEqual([...new Set(missing)], []);
  });

  it("leads each link to a section of its own page to that section, in the guide's HTML and every other page", () => {
    const broken = [];
    for (const name of Object.keys(files).filter((name) => name.endsWith('.html'))) {
      const { document } = new JSDOM(new TextDecoder().decode(files[name])).window;
      for (const link of document.querySelectorAll('a[href^="#"]')) {
        if (!document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)))) broken.push(`${name}: ${link.getAttribute('href')}`);
      }
    }
    assert.ok(new TextDecoder().decode(files[`${FOLDER}/handleiding.html`]).includes('href="#bijlage-meldingen-in-de-console"'));
    assert.deepEqual(broken, []);
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
    /** Another path that the same folder is served under, as a site may put it: the configurator works from there too. */
    const ELSEWHERE = '/gemeente/js/hechting/';
    const hostText = '<p>Tekst van de gemeente over opgroeien en opvoeden, die na de widget verder gaat.</p>';
    /** A page of the host site. */
    const hostPage = (head, body) =>
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title><link rel="icon" href="data:,">${head}</head><body><main><h1>Opvoeden</h1>${body}${hostText}</main></body></html>`;
    let browser;
    let site;
    /** The host's own pages, by path. */
    let pages;
    /** The unpacked folder. */
    let folder;
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
      const placements = await Promise.all(['hechting-uitleg', 'band-tips-tip-of-the-day', 'hulp-link'].map(placement));
      pages = {
        '/placements.html': hostPage(templateLine, placements.join('\n')),
        '/elements.html': hostPage(templateLine, '<hechting-uitleg collapsible></hechting-uitleg><band-tips age="young"></band-tips><hulp-link phone="0123 456 789"></hulp-link>'),
        '/without-script.html': hostPage('', placements.join('\n')),
        // The site's own icon, which the browser asks for on a page without one of its own, as the
        // folder's pages are (a data: icon would break the README's img-src).
        '/favicon.ico': '',
      };
      folder = join(dir, FOLDER);
      site = await serve(folder, [`/${FOLDER}/`, ELSEWHERE], pages);
      browser = await puppeteer.launch({ executablePath: findEngine('chromium'), args: CHROMIUM_ARGS, headless: true });
    });
    after(async () => {
      await browser?.close();
      site?.server.close();
    });

    /** What the pages asked of other sites. */
    const foreign = [];

    /** Opens a path of the site; resolves to the page and the errors the browser reported on it. */
    async function open(path) {
      const page = await browser.newPage();
      page.on('request', (request) => /^https?:/.test(request.url()) && !request.url().startsWith(`${site.origin}/`) && foreign.push(request.url()));
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

    it('shows its guide at any width from a phone to a wide screen: nothing runs off the side, code wraps', async () => {
      const { page, errors } = await open(`/${FOLDER}/handleiding.html`);
      for (const width of [320, 1000, 1920]) {
        await page.setViewport({ width, height: 800 });
        const { scrollWidth, overflowing } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          // Anything, a code block, a table, a long address, that reaches past the page's right edge.
          overflowing: [...document.body.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > innerWidth + 0.5).map((element) => element.textContent.slice(0, 40)),
        }));
        assert.deepEqual(overflowing, [], `at ${width} px`);
        assert.ok(scrollWidth <= width, `at ${width} px the page is ${scrollWidth} px wide`);
      }
      // The template line is there, whole, in one code block.
      assert.ok(await page.evaluate(() => [...document.querySelectorAll('pre')].some((pre) => /^<script src="\/hechting-widget\/hechting-widget\.js" integrity="sha384-/.test(pre.textContent))));
      assert.deepEqual(errors, []);
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

    it('writes, in its configurator opened from the folder under another path, a template line and placements that place all three elements', async () => {
      const { page, errors } = await open(`${ELSEWHERE}configurator.html`);
      const value = (id) => page.$eval(`#${id}`, (field) => field.value);
      /** Waits for the configurator's update after a choice, until the code shows `expected`. */
      const shows = (id, expected) =>
        page.waitForFunction((id, expected) => !document.querySelector('#options').hasAttribute('aria-busy') && document.getElementById(id).value.includes(expected), { timeout: 10000 }, id, expected);
      await shows('template', 'integrity="sha384-');
      assert.equal(await value('folder'), `${site.origin}${ELSEWHERE}`, "the folder's address is the configurator's own");
      // The choices: the Dutch-only script, and the tip of the day.
      await page.click('input[name="dutch-only"]');
      await shows('template', 'hechting-widget.nl.js');
      const templateLine = await value('template');
      const placements = [];
      for (const element of ['hechting-uitleg', 'band-tips', 'hulp-link']) {
        await page.click(`input[name="element"][value="${element}"]`);
        if (element === 'band-tips') await page.select('#mode', 'tip-of-the-day');
        await shows('placement', `/${element}.html${element === 'band-tips' ? '?mode=tip-of-the-day' : ''}#hechting-widget`);
        placements.push(await value('placement'));
      }
      assert.deepEqual(errors, []);
      await page.close();

      // A new page of the site with the line as copied, and the placements.
      pages['/from-the-configurator.html'] = hostPage(templateLine, placements.join('\n'));
      const host = await open('/from-the-configurator.html');
      const elements = await elementsOn(host.page);
      assert.deepEqual(
        elements.map((element) => element.title),
        ['Wat is hechting en waarom is het belangrijk?', 'Hoe bouw ik een goede band op met mijn kind?', 'Hulp en advies voor ouders'],
      );
      assert.equal(elements[1].tip, true, 'the tip of the day, as chosen');
      assert.equal(await host.page.evaluate(() => document.querySelector('script[integrity]').src), `${site.origin}${ELSEWHERE}hechting-widget.nl.js`);
      assert.deepEqual(host.errors, []);
      await host.page.close();
    });

    it('says in its configurator, opened as a file, to open it on the web server, and offers no code', async () => {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(folder, 'configurator.html')).href, { waitUntil: 'load' });
      const note = await page.$eval('#file-note', (element) => ({ text: element.textContent.replace(/\s+/g, ' '), shown: element.checkVisibility() }));
      assert.equal(note.shown, true);
      assert.match(note.text, /^Open deze pagina op uw webserver.* \(een adres dat begint met file:\/\/\), dan werkt hij niet/);
      assert.equal(await page.$eval('#template', (field) => field.value), '');
      await page.close();
    });

    it('asks for nothing outside the folder, nor of any other site', () => {
      assert.deepEqual(site.strays, []);
      assert.deepEqual(foreign, []);
    });
  });
});

// `npm run bench`: what the widget costs a page, measured in headless Chromium against the same
// content as static HTML (the floor) and in an iframe embed (the usual alternative), and scored
// by Lighthouse (mobile). Prints the tables, writes bench/results.json and rewrites the measured
// part of docs/performance.md. Run after `npm run build` (npm run bench builds first).
import { execFile } from 'node:child_process';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { CHROMIUM_ARGS, findEngine } from './browsers.mjs';
import { PAGES, readContent } from './build-content.mjs';
import { brotliSize, gzipSize } from './sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const execFileAsync = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 10);
const SCALE = [1, 10, 100, 1000];
const CPU_SLOWDOWN = 4;
const LIGHTHOUSE_RUNS = process.env.BENCH_LIGHTHOUSE === '0' ? 0 : Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);

// ---------------------------------------------------------------------------------------------
// Bytes

/** A minimal Lit element, built with the widget's own rollup settings: the floor for code. */
async function minimalLitElement() {
  const entry = 'virtual:minimal-lit-element';
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'virtual',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? "import { LitElement, html } from 'lit'; customElements.define('m-x', class extends LitElement { render() { return html`<p>x</p>`; } });" : null),
      },
      nodeResolve(),
      esbuild({ target: 'es2021' }),
      terser({ ecma: 2021, compress: { passes: 2 } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'iife' });
  return Buffer.from(output[0].code);
}

/** The words of every page in every language, as plain text: the floor for content. */
async function contentAlone(languages) {
  const content = await readContent();
  const text = (nodes) => nodes.map((node) => (typeof node === 'string' ? node : text(node.children))).join('');
  const blocks = (list) => list.flatMap((block) => (block.type === 'list' ? block.items.map((item) => text(item.children)) : [text(block.children)]));
  const lines = languages.flatMap((lang) =>
    PAGES.flatMap((name) => {
      const page = content[lang][name];
      return [page.title, page.attribution ?? '', ...blocks(page.intro), ...page.sections.flatMap((section) => [text(section.heading.children), ...blocks(section.blocks)])];
    }),
  );
  return Buffer.from(lines.filter(Boolean).join('\n'));
}

async function measureBytes() {
  const content = await readContent();
  const all = Object.keys(content);
  const litFloor = gzipSize(await minimalLitElement());
  const rows = [];
  for (const [file, languages] of [
    ['dist/hechting-widget.js', all],
    ['dist/hechting-widget.nl.js', all.slice(0, 1)],
  ]) {
    const bytes = await readFile(join(root, file));
    const contentFloor = gzipSize(await contentAlone(languages));
    const gzip = gzipSize(bytes);
    rows.push({
      file,
      languages: languages.join(' '),
      raw: bytes.length,
      gzip,
      brotli: brotliSize(bytes),
      litFloor,
      contentFloor,
      floor: litFloor + contentFloor,
      ratio: gzip / (litFloor + contentFloor),
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Pages

/** The three widgets of the host page, with their options: the same as elements and as placements. */
const WIDGETS = [
  ['hechting-uitleg', { collapsible: '' }],
  ['band-tips', {}],
  ['hulp-link', { href: 'https://www.voorbeeld.example/cjg', organization: 'Centrum voor Jeugd en Gezin Voorbeeld', phone: '0123 456 789' }],
];

/** The custom-element form of the three widgets. */
const ELEMENTS = WIDGETS.map(
  ([tag, options]) =>
    `<${tag}${Object.entries(options)
      .map(([name, value]) => (value ? ` ${name}="${value}"` : ` ${name}`))
      .join('')}></${tag}>`,
);

/**
 * The placements of the three widgets, as dist/html/nl/*.link.html write them, with the address
 * of the widget's folder (/dist/) before the href and the widget's options in the query.
 */
async function placements() {
  return Promise.all(
    WIDGETS.map(async ([tag, options]) => {
      const written = await readFile(join(root, `dist/html/nl/${tag}.link.html`), 'utf8');
      const query = new URLSearchParams(options).toString().replaceAll('&', '&amp;');
      const href = `href="nl/${tag}.html#hechting-widget"`;
      if (!written.includes(href)) throw new Error(`dist/html/nl/${tag}.link.html has no ${href}`);
      return written
        .replace(/<!--[^]*?-->\s*/g, '')
        .replace(href, `href="/dist/nl/${tag}.html${query ? `?${query}` : ''}#hechting-widget"`)
        .trim();
    }),
  );
}

/** The script line for the elements, deferred. */
const DEFERRED = '<script src="/dist/hechting-widget.js" defer></script>';

/** The script line for the site template's head: without defer, with integrity and crossorigin. */
const headScript = async () => `<script src="/dist/hechting-widget.js" integrity="${(await readFile(join(root, 'dist/hechting-widget.js.sri'), 'utf8')).trim()}" crossorigin="anonymous"></script>`;

/**
 * Records, from the first script of the page: the first frame in which all `expected` widgets'
 * content is in the page, LCP, CLS with what moved in each shift, and the time spent in long tasks.
 */
const recorder = (expected, documentOf = 'document') => `<script>
  window.bench = { content: null, lcp: 0, cls: 0, shifts: [], longTasks: 0 };
  // A node by its tag, first class and first words: enough to tell the host's text from the widget's.
  const nodeName = (node) => (node ? (node.localName ?? '#text') + (node.classList?.length ? '.' + node.classList[0] : '') + ' "' + node.textContent.trim().slice(0, 24) + '…"' : 'a removed node');
  new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      bench.cls += e.value;
      const moved = e.sources.map((s) => nodeName(s.node) + ' ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y));
      bench.shifts.push({ time: Math.round(e.startTime), value: e.value, moved });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longTasks += e.duration; }).observe({ type: 'longtask', buffered: true });
  (function frame() {
    const doc = ${documentOf};
    // The mark gives bench.mjs --profile the moment in its trace.
    if (doc && doc.querySelectorAll('.hechting-widget').length >= ${expected}) bench.content = performance.mark('bench:content').startTime;
    else requestAnimationFrame(frame);
  })();
</script>`;

/**
 * A device with a local Dutch voice, as many phones and computers have (headless Chromium on Linux
 * has none): a voice must move nothing on the page.
 */
const DUTCH_VOICE = `<script>
  const voices = [{ name: 'Nederlands', lang: 'nl-NL', localService: true, default: true, voiceURI: 'nl-NL' }];
  speechSynthesis.getVoices = () => voices;
</script>`;

/** A page of the fictional municipality around `body`: the same for every case. */
const hostPage = (head, body) => `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Opgroeien en opvoeden</title><link rel="icon" href="data:,">${head}</head>
<body><h1>Opgroeien en opvoeden</h1><p>Op deze pagina lees je wat hechting is en hoe je een goede band opbouwt met je kind.</p>
${body}
<footer><p>Gemeente Voorbeeld</p></footer></body>
</html>`;

/**
 * The municipality's own text after each widget: the text after the first one is in view, so
 * that a widget that grows or appears after the first paint moves it and counts in CLS.
 */
const HOST_TEXT = [
  '<h2>Samen met je kind</h2><p>Elk kind is anders, en elke ouder ook. Je hoeft het niet alleen te doen: bij het consultatiebureau kun je met al je vragen terecht, ook als het goed gaat.</p><p>Wil je andere ouders ontmoeten? In de bibliotheek is elke woensdagochtend een inloop voor ouders met jonge kinderen.</p>',
  '<h2>Opvoedcursussen in de gemeente</h2><p>De gemeente biedt gratis cursussen aan voor ouders van kinderen van 0 tot 12 jaar. Je meldt je aan via het Centrum voor Jeugd en Gezin.</p>',
  '<h2>Contact</h2><p>Het Centrum voor Jeugd en Gezin is op werkdagen open van 9.00 tot 17.00 uur. Je kunt ook langskomen zonder afspraak.</p>',
];

/** The widgets on the host page, each followed by host text. */
const withHostText = (widgets) => widgets.map((widget, i) => `${widget}\n${HOST_TEXT[i]}`).join('\n');

/**
 * The widget's own output, taken from the rendered widget: the same markup of each element
 * (without Lit's comment markers) and the same stylesheet, for a page with no script at all.
 */
async function staticMarkup(browser, origin, path = '/bench/elements-defer.html') {
  const page = await browser.newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench.content !== null);
  const result = await page.evaluate(() => ({
    css: [...document.adoptedStyleSheets[0].cssRules].map((rule) => rule.cssText).join('\n'),
    markup: [...document.querySelectorAll('hechting-uitleg, band-tips, hulp-link')].map((el) => el.outerHTML.replace(/<!--[^]*?-->/g, '')),
  }));
  await page.close();
  return result;
}

// ---------------------------------------------------------------------------------------------
// Runs

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const summary = (values) => ({ median: median(values), p10: quantile(values, 0.1), p90: quantile(values, 0.9), runs: values.length });

/** A page in a fresh browser context, without cache, its CPU slowed down `slowdown`×. */
async function freshPage(browser, slowdown) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  return { context, page, cdp };
}

/** Loads `url` in a fresh, throttled browser context and returns what the page recorded. */
async function run(browser, url, { slowdown = CPU_SLOWDOWN, until = () => window.bench.content !== null } = {}) {
  const { context, page, cdp } = await freshPage(browser, slowdown);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(until, { timeout: 120_000 });
  // Let LCP, layout shifts and long tasks settle.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  const recorded = await page.evaluate(() => ({ ...window.bench, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null }));
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await context.close();
  return { ...recorded, heap: metrics.find((metric) => metric.name === 'JSHeapUsedSize').value };
}

/**
 * Every case RUNS times, the cases taking turns run by run: the machine's speed drifts over the
 * minutes of a bench, and so it drifts alike for every case (one case's runs after another's
 * compared a quiet minute with a busy one). Each run's first frame with all content is kept too.
 */
async function measureCases(browser, origin, cases) {
  const runs = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, url] of Object.entries(cases)) runs[name].push(await run(browser, `${origin}${url}`));
    process.stdout.write(`  round ${i + 1} of ${RUNS}: every case once\n`);
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      {
        ...Object.fromEntries(['content', 'fcp', 'lcp', 'cls', 'longTasks', 'heap'].map((metric) => [metric, summary(list.map((r) => r[metric]))])),
        contentByRun: list.map((r) => r.content),
        shifts: list.flatMap((r) => r.shifts),
        runsWithShifts: list.filter((r) => r.shifts.length).length,
      },
    ]),
  );
}

async function measureScale(browser, origin) {
  const results = {};
  for (const count of SCALE) {
    results[count] = {};
    for (const [kind, path] of [
      ['widget', `/bench/scale-${count}.html`],
      ['static', `/bench/scale-${count}-static.html`],
    ]) {
      const runs = [];
      for (let i = 0; i < SCALE_RUNS; i++) runs.push(await run(browser, `${origin}${path}`, { slowdown: 1 }));
      results[count][kind] = { content: summary(runs.map((r) => r.content)), heap: summary(runs.map((r) => r.heap)) };
    }
    process.stdout.write(`  ${count} × <band-tips>, and as static HTML: ${SCALE_RUNS} runs each\n`);
  }
  return results;
}

/**
 * A page that changes its DOM all the time (a news ticker, a virtual list): once the widgets are
 * there, 300 rounds of 20 new list items with a link each, the oldest dropped past 100. Records
 * the time the rounds take, with the work each round gives the page's mutation observers (the
 * script's watch for late placements among them), which run before the round's own await ends.
 */
const CHURN = `<script>
  addEventListener('load', async () => {
    while (bench.content === null) await new Promise((resolve) => requestAnimationFrame(resolve));
    const list = document.body.appendChild(document.createElement('ul'));
    let total = 0;
    for (let round = 0; round < 300; round++) {
      const start = performance.now();
      const items = document.createDocumentFragment();
      for (let i = 0; i < 20; i++) {
        const item = items.appendChild(document.createElement('li'));
        item.innerHTML = '<a href="/nieuws/' + round + '-' + i + '">Bericht ' + round + '-' + i + '</a> <span>zojuist</span>';
      }
      list.append(items);
      while (list.children.length > 100) list.firstElementChild.remove();
      await Promise.resolve();
      total += performance.now() - start;
    }
    bench.churn = total;
  });
</script>`;

/** The DOM changes of CHURN, without the script and with it (and its placements), CPU slowed down. */
async function measureChurn(browser, origin) {
  const results = {};
  for (const [kind, path] of [
    ['without the script', '/bench/churn-static.html'],
    ['with the script and its placements', '/bench/churn-placements.html'],
  ]) {
    const runs = [];
    for (let i = 0; i < SCALE_RUNS; i++) runs.push((await run(browser, `${origin}${path}`, { until: () => window.bench.churn !== undefined })).churn);
    results[kind] = summary(runs);
  }
  process.stdout.write(`  300 rounds of DOM changes, without and with the script: ${SCALE_RUNS} runs each\n`);
  return results;
}

// ---------------------------------------------------------------------------------------------
// Profile

const PROFILE_RUNS = Number(process.env.BENCH_PROFILE_RUNS ?? 10);

/** The trace categories that give the main thread's tasks, the scripts' compile and run, and the bench's mark. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'blink.user_timing', 'loading'];

/** The rows of the profile, in the order of the tables. */
const PROFILE_ROWS = {
  network: 'network: navigation start to the first HTML parsed, main thread idle',
  navigation: 'navigation: committing it, the new document and its script context',
  html: 'HTML parsing',
  compile: 'script parse and compile on the main thread (also lazy, of functions)',
  evaluation: "evaluation of the widget's script (content data, classes, element upgrades)",
  callbacks: 'script after evaluation: microtasks (first render), events, frames',
  otherScript: "the bench's own inline scripts",
  css: 'stylesheet parsing',
  style: 'style recalculation',
  layout: 'layout (text shaping included)',
  paint: 'pre-paint, paint, layerize, commit',
  gc: 'garbage collection',
  other: 'other main-thread work (in no event named above)',
  idle: 'idle: the main thread waits (for the script, for a frame)',
  total: 'total: navigation start to the end of the first frame with all content',
  streaming: 'off the main thread, not in the total: script streaming (parse and compile on a worker)',
};

/**
 * The row of a main-thread trace event by its own name, or null when it belongs to what it runs
 * in. The nearest named event counts: a lazy compile inside a microtask is compile time.
 */
function profileRow({ name, args }) {
  if (/^(DocumentLoader::CommitNavigation|Frame::Detach|LocalWindowProxy::Initialize)$/.test(name)) return 'navigation';
  if (name === 'ParseHTML') return 'html';
  if (/^v8\.(compile|compileModule|produceCache)$|^V8\.(Compile|Parse)/.test(name)) return 'compile';
  if (name === 'EvaluateScript' || name === 'v8.evaluateModule') return /hechting-widget/.test(args?.data?.url ?? '') ? 'evaluation' : 'otherScript';
  if (/^(RunMicrotasks|FunctionCall|EventDispatch|FireAnimationFrame|TimerFire|FireIdleCallback)$/.test(name)) return 'callbacks';
  if (/^(CSSParserImpl::parseStyleSheet|ParseAuthorStyleSheet)$/.test(name)) return 'css';
  if (/^(UpdateLayoutTree|RecalculateStyles|Blink\.Style\.UpdateTime)$/.test(name)) return 'style';
  if (/^(Layout|Blink\.Layout\.UpdateTime)$/.test(name)) return 'layout';
  if (/^(PrePaint|Paint|Layerize|Commit|UpdateLayer|PaintImage|Blink\.(PrePaint|Paint|CompositingInputs|CompositingCommit)\.UpdateTime)$/.test(name)) return 'paint';
  if (/^(MinorGC|MajorGC|V8\.GC|BlinkGC)/.test(name)) return 'gc';
  return null;
}

/**
 * Where the main thread's time goes in a trace, in ms per row of PROFILE_ROWS: from the page's
 * navigation start to the end of the task in which the bench marks all content (that frame's
 * style, layout and paint included). Each event's self time goes to its nearest named event's row.
 */
function breakdown(traceEvents) {
  const mark = traceEvents.find((e) => e.name === 'bench:content');
  if (!mark) throw new Error('the trace has no bench:content mark');
  const start = traceEvents.find((e) => e.name === 'navigationStart' && e.args?.data?.navigationId === mark.args.data.navigationId).ts;
  const tasks = traceEvents
    .filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.dur !== undefined)
    .map((e) => ({ event: e, begin: e.ts, end: e.ts + e.dur, children: 0 }))
    .sort((a, b) => a.begin - b.begin || b.end - a.end);
  const end = tasks.find((t) => t.begin <= mark.ts && mark.ts <= t.end)?.end ?? mark.ts;
  const within = (t) => Math.max(0, Math.min(t.end, end) - Math.max(t.begin, start));
  const ms = Object.fromEntries(Object.keys(PROFILE_ROWS).map((row) => [row, 0]));
  const stack = [];
  const roots = [];
  for (const task of tasks) {
    while (stack.length && stack.at(-1).end <= task.begin) stack.pop();
    const parent = stack.at(-1);
    if (parent) {
      task.end = Math.min(task.end, parent.end);
      parent.children += within(task);
    } else roots.push(task);
    task.row = profileRow(task.event) ?? parent?.row ?? 'other';
    stack.push(task);
  }
  for (const task of tasks) ms[task.row] += (within(task) - task.children) / 1000;
  // The main thread's idle time between `from` and `to`: before the HTML, it waits for the network.
  const idle = (from, to) => to - from - roots.reduce((sum, t) => sum + Math.max(0, Math.min(t.end, to) - Math.max(t.begin, from)), 0);
  const firstHTML = Math.max(start, Math.min(end, tasks.find((t) => t.event.name === 'ParseHTML' && t.end > start)?.begin ?? end));
  ms.network = idle(start, firstHTML) / 1000;
  ms.idle = idle(firstHTML, end) / 1000;
  ms.total = (end - start) / 1000;
  ms.streaming = traceEvents.filter((e) => e.name === 'v8.parseOnBackground' && e.pid === mark.pid && e.ts < end && e.ts + e.dur > start).reduce((sum, e) => sum + e.dur / 1000, 0);
  return ms;
}

/**
 * Loads `url` in a fresh browser context, CPU slowed down as in the render table, and breaks down
 * its trace. The trace is kept in `keep`, to open in DevTools' Performance panel.
 */
async function profileRun(browser, url, keep) {
  const { context, page } = await freshPage(browser, CPU_SLOWDOWN);
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench.content !== null, { timeout: 120_000 });
  const trace = await page.tracing.stop();
  await context.close();
  await writeFile(keep, trace);
  return breakdown(JSON.parse(new TextDecoder().decode(trace)).traceEvents);
}

/** The cases of the profile: each with the widget's page and the static page it is compared with. */
const PROFILE_CASES = {
  'placements, script in the head': ['/bench/placements.html', '/bench/static.html'],
  'custom elements, script `defer`': ['/bench/elements-defer.html', '/bench/static.html'],
};

/**
 * Traces every page of PROFILE_CASES PROFILE_RUNS times, the pages taking turns, and returns each
 * case's median per row. The last trace of each page stays in bench/traces/.
 */
async function measureProfile(browser, origin) {
  const paths = [...new Set(Object.values(PROFILE_CASES).flat())];
  const runs = Object.fromEntries(paths.map((path) => [path, []]));
  await mkdir(join(root, 'bench/traces'), { recursive: true });
  for (let i = 0; i < PROFILE_RUNS; i++) {
    for (const path of paths) runs[path].push(await profileRun(browser, `${origin}${path}`, join(root, 'bench/traces', basename(path, '.html') + '.json')));
  }
  const medians = (path) => Object.fromEntries(Object.keys(PROFILE_ROWS).map((row) => [row, median(runs[path].map((r) => r[row]))]));
  return Object.fromEntries(Object.entries(PROFILE_CASES).map(([name, [widget, floor]]) => [name, { widget: medians(widget), static: medians(floor) }]));
}

/**
 * The one-file script as built for the page, but not minified, with the module each stretch of it
 * comes from: the CPU profiler names a function by its position, and the position tells the module.
 */
async function unminifiedScript() {
  const [config] = (await import('../rollup.config.mjs')).default;
  const bundle = await rollup({ ...config, plugins: config.plugins.filter((plugin) => !['terser', 'integrity'].includes(plugin.name)), onwarn: () => {} });
  const [chunk] = (await bundle.generate(config.output)).output;
  const modules = [];
  let from = 0;
  for (const [id, { code }] of Object.entries(chunk.modules)) {
    const start = code ? chunk.code.indexOf(code, from) : -1;
    if (start < 0) continue;
    modules.push({ id, start, end: start + code.length });
    from = start + code.length;
  }
  return { code: chunk.code, modules };
}

/** The part of the script a module's code is counted in. */
function scriptPart(id) {
  if (/\/generated\/content\//.test(id)) return 'content data';
  if (/\/generated\/locales\/|@lit\/localize/.test(id)) return 'interface strings and @lit/localize';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return 'Lit';
  return "the widget's own code";
}

/** The rows of the sampled split, in the order of its table. */
const SAMPLED_ROWS = [
  'content data',
  'interface strings and @lit/localize',
  'Lit',
  "the widget's own code",
  'the script at the top of the file (one function: every module evaluated, and their compile)',
  'DOM and other browser calls from the script',
  'garbage collection',
];

/**
 * Where the script's main-thread time goes, by part, from V8's sampling CPU profiler (every
 * 50 µs) over `url` served with `script` (unminified), CPU slowed down as in the render table,
 * from the start until the bench's recorder sees all content. Each sample counts for the module
 * that its function is written in; a browser function (a DOM call) called by the script as such.
 */
async function sampledRun(browser, url, script) {
  const { context, page, cdp } = await freshPage(browser, CPU_SLOWDOWN);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench.content !== null, { timeout: 120_000 });
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  const lineStarts = [0];
  for (let i = script.code.indexOf('\n'); i >= 0; i = script.code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node])));
  const inScript = ({ url }) => url.includes('/dist/hechting-widget.unminified.js');
  const partOf = (node) => {
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    if (functionName === '(garbage collector)') return SAMPLED_ROWS[6];
    if (!url) {
      // A browser function: the script's when the nearest script function below it is.
      let caller = parents.get(node.id);
      while (caller && !caller.callFrame.url) caller = parents.get(caller.id);
      return caller && inScript(caller.callFrame) ? SAMPLED_ROWS[5] : null;
    }
    if (!inScript(node.callFrame)) return null;
    const at = lineStarts[lineNumber] + columnNumber;
    const module = script.modules.find((m) => m.start <= at && at < m.end);
    return module ? scriptPart(module.id) : SAMPLED_ROWS[4];
  };
  const ms = Object.fromEntries(SAMPLED_ROWS.map((row) => [row, 0]));
  // Each sample stands for the time until the next one.
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const part = partOf(nodes.get(profile.samples[i]));
    if (part) ms[part] += profile.timeDeltas[i + 1] / 1000;
  }
  return ms;
}

/** The sampled split of each profile case's widget page, median per row over PROFILE_RUNS runs. */
async function measureSampled(browser, origin, pages) {
  const script = await unminifiedScript();
  const served = new Map();
  for (const [name, [path]] of Object.entries(PROFILE_CASES)) {
    const page = pages
      .get(path)
      .replace(/ integrity="[^"]*"/, '')
      .replaceAll('/dist/hechting-widget.js', '/dist/hechting-widget.unminified.js');
    served.set(name, path.replace('.html', '-unminified.html'));
    pages.set(served.get(name), page);
  }
  pages.set('/dist/hechting-widget.unminified.js', script.code);
  const runs = Object.fromEntries([...served.keys()].map((name) => [name, []]));
  for (let i = 0; i < PROFILE_RUNS; i++) for (const [name, path] of served) runs[name].push(await sampledRun(browser, `${origin}${path}`, script));
  return Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, Object.fromEntries(SAMPLED_ROWS.map((row) => [row, median(list.map((r) => r[row]))]))]));
}

function sampledTable(sampled) {
  const names = Object.keys(sampled);
  return [
    `| the widget's script, sampled | ${names.join(' | ')} |`,
    `|---|${names.map(() => '---|').join('')}`,
    ...SAMPLED_ROWS.map((row) => `| ${row} | ${names.map((name) => ms(sampled[name][row])).join(' | ')} |`),
  ].join('\n');
}

function profileTables(profile) {
  const lines = [];
  for (const [name, { widget, static: floor }] of Object.entries(profile)) {
    lines.push('', `**${name}**, against static HTML:`, '', '| main thread | widget | static HTML | difference |', '|---|---|---|---|');
    for (const [row, label] of Object.entries(PROFILE_ROWS)) {
      const difference = Math.round(widget[row]) - Math.round(floor[row]);
      lines.push(`| ${label} | ${ms(widget[row])} | ${ms(floor[row])} | ${difference > 0 ? '+' : ''}${difference} ms |`);
    }
  }
  return lines.join('\n').trim();
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

// Not a dependency of the project (see commit b762593): npx fetches it, at a fixed major.
const LIGHTHOUSE = 'lighthouse@13';

/** One Lighthouse run of `url`, mobile with its default throttling: the metrics, and what moved. */
async function lighthouseRun(url) {
  const args = ['--yes', LIGHTHOUSE, url, '--output=json', '--output-path=stdout', '--only-categories=performance', '--quiet', `--chrome-flags=${['--headless=new', ...CHROMIUM_ARGS].join(' ')}`];
  let stdout;
  try {
    ({ stdout } = await execFileAsync('npx', args, { env: { ...process.env, CHROME_PATH: findEngine('chromium') }, maxBuffer: 256 * 2 ** 20 }));
  } catch (error) {
    throw new Error(`Lighthouse could not run (npx ${args.join(' ')}; BENCH_LIGHTHOUSE=0 leaves it out): ${error.stderr?.trim() || error.message}`, { cause: error });
  }
  const report = JSON.parse(stdout);
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.code}: ${report.runtimeError.message}`);
  const value = (id) => report.audits[id].numericValue;
  return {
    cls: value('cumulative-layout-shift'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    score: Math.round(report.categories.performance.score * 100),
    moved: report.audits['layout-shifts'].details.items.map((item) => ({ score: item.score, node: item.node?.selector ?? null, snippet: item.node?.snippet ?? null })),
    warnings: report.runWarnings,
    settings: { version: report.lighthouseVersion, formFactor: report.configSettings.formFactor, throttling: report.configSettings.throttlingMethod, ...report.configSettings.throttling },
  };
}

async function measureLighthouse(origin, cases) {
  const results = {};
  for (const [name, url] of Object.entries(cases)) {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseRun(`${origin}${url}`));
    results[name] = {
      ...Object.fromEntries(
        ['cls', 'lcp', 'tbt', 'score'].map((metric) => {
          const values = runs.map((r) => r[metric]);
          return [metric, { median: median(values), min: Math.min(...values), max: Math.max(...values) }];
        }),
      ),
      moved: runs.flatMap((r) => r.moved),
      warnings: [...new Set(runs.flatMap((r) => r.warnings))],
      settings: runs[0].settings,
    };
    process.stdout.write(`  ${name}: ${LIGHTHOUSE_RUNS} runs\n`);
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Serving

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * Serves `pages` and dist/, gzipped as a web server sends them: Lighthouse simulates a slow
 * network from the bytes sent.
 */
function serve(pages) {
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const body = pages.get(path) ?? (path.startsWith('/dist/') ? await readFile(join(root, path)).catch(() => null) : null);
    const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (body === null) {
      response.writeHead(404, headers);
      response.end('not found');
    } else if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }));
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      response.end(gzipped.get(path));
    } else {
      response.writeHead(200, headers);
      response.end(body);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------------
// Report

const ms = (value) => `${Math.round(value)} ms`;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const spread = ({ median: m, p10, p90 }, format) => `${format(m)} (${format(p10)}–${format(p90)})`;

/** What moved in a case's layout shifts, over all its runs: each node with the number of shifts it was in. */
function movedNodes(shifts) {
  const counts = new Map();
  for (const name of shifts.flatMap((shift) => [...new Set(shift.moved.map((source) => source.replace(/ -?\d+→-?\d+$/, '')))])) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count]) => `\`${name}\` (${count})`).join(', ');
}

function lighthouseTable(lighthouse) {
  if (!lighthouse) return ['Lighthouse was not run (`BENCH_LIGHTHOUSE=0`).'];
  const { settings } = Object.values(lighthouse)[0];
  const lines = [
    `Lighthouse ${settings.version}, ${settings.formFactor} (its default), throttling "${settings.throttling}" (its default: RTT ${settings.rttMs} ms, ${Math.round(settings.throughputKbps)} kbit/s, CPU ${settings.cpuSlowdownMultiplier}×), ${LIGHTHOUSE_RUNS} runs per case: median (lowest–highest).`,
    '',
    '| case | CLS | LCP | TBT | performance score |',
    '|---|---|---|---|---|',
  ];
  const range = ({ median: m, min, max }, format) => `${format(m)} (${format(min)}–${format(max)})`;
  for (const [name, r] of Object.entries(lighthouse)) {
    lines.push(`| ${name} | ${range(r.cls, (v) => v.toFixed(3))} | ${range(r.lcp, ms)} | ${range(r.tbt, ms)} | ${range(r.score, String)} |`);
  }
  const shifted = Object.entries(lighthouse).filter(([, r]) => r.moved.length);
  if (shifted.length) lines.push('', 'What moved most in each layout shift, from Lighthouse\'s "layout-shifts" audit (the number of shifts):', '');
  for (const [name, r] of shifted) {
    const counts = new Map();
    for (const { node } of r.moved) counts.set(node, (counts.get(node) ?? 0) + 1);
    lines.push(`- ${name}: ${[...counts].map(([node, count]) => `\`${node}\` (${count})`).join(', ')}.`);
  }
  for (const [name, r] of Object.entries(lighthouse)) if (r.warnings.length) lines.push('', `Lighthouse warned on ${name}: ${r.warnings.join(' ')}`);
  return lines;
}

function tables(results) {
  const { bytes, cases, scale, churn, lighthouse } = results;
  const lines = [];
  lines.push('| file | languages | raw | gzip | brotli | floor: minimal Lit element + content alone (gzip) | gzip ÷ floor |', '|---|---|---|---|---|---|---|');
  for (const row of bytes)
    lines.push(
      `| \`${row.file}\` | ${row.languages} | ${kB(row.raw)} | ${kB(row.gzip)} | ${kB(row.brotli)} | ${kB(row.litFloor)} + ${kB(row.contentFloor)} = ${kB(row.floor)} | ${row.ratio.toFixed(2)} |`,
    );
  lines.push('', `Render, CPU slowed down ${CPU_SLOWDOWN}×, ${RUNS} runs per case, the cases taking turns: median (10th–90th percentile).`, '');
  lines.push('| case | first frame with all content | FCP | LCP | CLS | long tasks | JS heap |', '|---|---|---|---|---|---|---|');
  for (const [name, r] of Object.entries(cases)) {
    lines.push(
      `| ${name} | ${spread(r.content, ms)} | ${spread(r.fcp, ms)} | ${spread(r.lcp, ms)} | ${r.cls.median.toFixed(3)} (${r.cls.p10.toFixed(3)}–${r.cls.p90.toFixed(3)}) | ${spread(r.longTasks, ms)} | ${spread(r.heap, kB)} |`,
    );
  }
  const shifted = Object.entries(cases).filter(([, r]) => r.runsWithShifts);
  lines.push('', shifted.length ? 'Layout shifts, and what moved in them (the number of shifts a node was in):' : 'No layout shift in any run.', '');
  for (const [name, r] of shifted) {
    lines.push(
      `- ${name}: ${r.shifts.length} shifts in ${r.runsWithShifts} of ${RUNS} runs, the largest ${Math.max(...r.shifts.map((shift) => shift.value)).toFixed(3)}; moved: ${movedNodes(r.shifts)}.`,
    );
  }
  lines.push('', ...lighthouseTable(lighthouse));
  lines.push('', `Scale, \`<band-tips>\` in list mode and the same as static HTML, CPU not slowed down, ${SCALE_RUNS} runs each: median.`, '');
  lines.push('| elements | widget: first frame with all content | static HTML | widget per element | static per element | widget JS heap | heap per element |', '|---|---|---|---|---|---|---|');
  const base = scale[SCALE[0]];
  const per = (count, kind, metric) => (count > 1 ? (scale[count][kind][metric].median - base[kind][metric].median) / (count - 1) : null);
  for (const count of SCALE) {
    const r = scale[count];
    const show = (value, format) => (value === null ? '—' : format(value));
    lines.push(
      `| ${count} | ${ms(r.widget.content.median)} | ${ms(r.static.content.median)} | ${show(per(count, 'widget', 'content'), (v) => `${v.toFixed(2)} ms`)} | ${show(per(count, 'static', 'content'), (v) => `${v.toFixed(2)} ms`)} | ${kB(r.widget.heap.median)} | ${show(per(count, 'widget', 'heap'), kB)} |`,
    );
  }
  lines.push(
    '',
    `A page that changes its DOM all the time (300 rounds of 20 new list items with a link each, the oldest dropped past 100; CPU slowed down ${CPU_SLOWDOWN}×, ${SCALE_RUNS} runs each): the time the rounds take, with the mutation observers' work, median (10th–90th percentile).`,
    '',
    '| page | 300 rounds of DOM changes |',
    '|---|---|',
    ...Object.entries(churn).map(([kind, r]) => `| ${kind} | ${spread(r, ms)} |`),
  );
  return lines.join('\n');
}

async function updateDoc(results) {
  const file = join(root, 'docs/performance.md');
  const doc = await readFile(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!doc.includes(start) || !doc.includes(end)) throw new Error(`docs/performance.md has no ${start} … ${end} part to update`);
  const measured = [
    start,
    `Measured ${results.date} on ${results.machine.cpu} (${results.machine.cores} cores, ${results.machine.memory}), ${results.machine.os}, ${results.machine.browser}, Node ${results.machine.node}, with \`npm run bench\`; 1-minute load average ${results.machine.load.start.toFixed(1)} at the start, ${results.machine.load.end.toFixed(1)} at the end.`,
    '',
    tables(results),
    end,
  ].join('\n');
  await writeFile(file, doc.replace(new RegExp(`${start}[^]*${end}`), measured));
}

/** The cases of the render table, each with its page. */
const CASES = {
  'static HTML (the floor)': '/bench/static.html',
  'placements, script in the head': '/bench/placements.html',
  'placements, script in the head, on a device with a Dutch voice': '/bench/placements-voice.html',
  'custom elements, script in the head': '/bench/elements.html',
  'custom elements, script `defer`': '/bench/elements-defer.html',
  'iframe embed': '/bench/iframe.html',
  'static HTML taken over by the script (`defer`)': '/bench/upgraded.html',
};

/** The cases Lighthouse scores: the two embeds the README leads with, and what they compare with. */
const LIGHTHOUSE_CASES = [
  'static HTML (the floor)',
  'placements, script in the head',
  'placements, script in the head, on a device with a Dutch voice',
  'custom elements, script in the head',
  'custom elements, script `defer`',
];

/**
 * The pages of every case, with the widget; the static pages are added by `addStaticPages` once
 * a browser has rendered the widget.
 */
async function widgetPages() {
  const inHead = await headScript();
  const placed = withHostText(await placements());
  const pages = new Map();
  pages.set('/bench/placements.html', hostPage(`${recorder(3)}${inHead}`, placed));
  pages.set('/bench/placements-voice.html', hostPage(`${recorder(3)}${DUTCH_VOICE}${inHead}`, placed));
  pages.set('/bench/elements.html', hostPage(`${recorder(3)}${inHead}`, withHostText(ELEMENTS)));
  pages.set('/bench/elements-defer.html', hostPage(`${recorder(3)}${DEFERRED}`, withHostText(ELEMENTS)));
  pages.set('/bench/churn-placements.html', hostPage(`${recorder(3)}${inHead}${CHURN}`, placed));
  for (const count of SCALE) {
    pages.set(`/bench/scale-${count}.html`, hostPage(`${recorder(count)}${DEFERRED}`, '<band-tips></band-tips>\n'.repeat(count)));
  }
  return pages;
}

/** Adds to `pages` (served at `origin`) the pages made of the widget's own output, as rendered in `browser`. */
async function addStaticPages(browser, origin, pages) {
  const { css, markup } = await staticMarkup(browser, origin);
  pages.set('/bench/static.css', css);
  const [oneTips] = (await staticMarkup(browser, origin, `/bench/scale-1.html`)).markup;
  for (const count of SCALE) {
    pages.set(`/bench/scale-${count}-static.html`, hostPage(`${recorder(count)}<link rel="stylesheet" href="/bench/static.css">`, `${oneTips}\n`.repeat(count)));
  }
  pages.set('/bench/static.html', hostPage(`${recorder(3)}<link rel="stylesheet" href="/bench/static.css">`, withHostText(markup)));
  pages.set('/bench/iframe-content.html', hostPage('<link rel="stylesheet" href="/bench/static.css">', withHostText(markup)));
  pages.set('/bench/churn-static.html', hostPage(`${recorder(3)}<link rel="stylesheet" href="/bench/static.css">${CHURN}`, withHostText(markup)));
  pages.set('/bench/upgraded.html', hostPage(`${recorder(3)}<link rel="stylesheet" href="/bench/static.css">${DEFERRED}`, withHostText(markup)));
  pages.set(
    '/bench/iframe.html',
    hostPage(recorder(3, "document.querySelector('iframe')?.contentDocument"), '<iframe src="/bench/iframe-content.html" title="Hechting" width="100%" height="3000"></iframe>'),
  );
}

async function main() {
  // Other work on the machine slows the timings down: the load says how much there was.
  const loadAtStart = loadavg()[0];
  const bytes = await measureBytes();
  const pages = await widgetPages();
  const server = await serve(pages);
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const browser = await puppeteer.launch({ executablePath: findEngine('chromium'), args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'], headless: true });
    let rendered;
    try {
      await addStaticPages(browser, origin, pages);
      console.log('Render:');
      const cases = await measureCases(browser, origin, CASES);
      console.log('Scale:');
      const scale = await measureScale(browser, origin);
      console.log('DOM changes:');
      const churn = await measureChurn(browser, origin);
      rendered = { browser: await browser.version(), cases, scale, churn };
    } finally {
      await browser.close();
    }
    // After the browser above has closed, so that it takes none of the two cores.
    let lighthouse = null;
    if (LIGHTHOUSE_RUNS) {
      console.log(`Lighthouse (npx ${LIGHTHOUSE}):`);
      lighthouse = await measureLighthouse(origin, Object.fromEntries(LIGHTHOUSE_CASES.map((name) => [name, CASES[name]])));
    }
    const results = {
      date: new Date().toISOString().slice(0, 10),
      machine: {
        cpu: cpus()[0].model.trim(),
        cores: cpus().length,
        memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
        os: `${osType()} ${release()}`,
        browser: rendered.browser,
        node: process.versions.node,
        load: { start: loadAtStart, end: loadavg()[0] },
      },
      runs: RUNS,
      cpuSlowdown: CPU_SLOWDOWN,
      bytes,
      cases: rendered.cases,
      scale: rendered.scale,
      churn: rendered.churn,
      lighthouse,
    };
    await mkdir(join(root, 'bench'), { recursive: true });
    await writeFile(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await updateDoc(results);
    console.log(`\n${tables(results)}\n\nWrote bench/results.json and docs/performance.md.`);
  } finally {
    server.close();
  }
}

/** `node scripts/bench.mjs --profile`: where the main thread's time goes up to the first frame with all content. */
async function profileMain() {
  const pages = await widgetPages();
  const server = await serve(pages);
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const browser = await puppeteer.launch({ executablePath: findEngine('chromium'), args: CHROMIUM_ARGS, headless: true });
    try {
      await addStaticPages(browser, origin, pages);
      const profile = await measureProfile(browser, origin);
      const sampled = await measureSampled(browser, origin, pages);
      const about = `${new Date().toISOString().slice(0, 10)}, ${cpus()[0].model.trim()} (${cpus().length} cores), ${await browser.version()}, CPU slowed down ${CPU_SLOWDOWN}×, ${PROFILE_RUNS} runs per page: median of each row (the rows' medians need not add up to the total's).`;
      await writeFile(join(root, 'bench/profile.json'), `${JSON.stringify({ about, profile, sampled }, null, 2)}\n`);
      console.log(`${about}\n\n${profileTables(profile)}\n\n${sampledTable(sampled)}\n\nWrote bench/profile.json.`);
    } finally {
      await browser.close();
    }
  } finally {
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await (process.argv.includes('--profile') ? profileMain() : main());

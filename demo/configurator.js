// The embed-code configurator: asks what the site allows (a script in the template; HTML blocks
// or only text and links in the editor), then builds the template line and the placement to match
// from the choices in the form, and shows the element as it will look. The build bundles it with
// contrast.js and the token table into dist/configurator.js (scripts/build-configurator.mjs), so
// that it runs from the folder a webmaster uploads, on any web server and under any path: it
// reads the integrity values and placements from the files beside it, and takes the folder's
// address from its own.

import TOKEN_TABLE from '../src/shared/tokens.json';
import { backgroundBehind, computed, contrast, focusRing, over } from './contrast.js';

/**
 * The public theme tokens, from the one token table, with what each changes, its default and an
 * example in Dutch; an empty field leaves the page's own style.
 */
const TOKENS = TOKEN_TABLE.filter(({ token }) => token).map(({ token, nl, example }) => ({
  name: token,
  label: nl.sets[0].toUpperCase() + nl.sets.slice(1),
  otherwise: nl.otherwise,
  example,
  isColour: token.endsWith('-color'),
}));

/** Not a token: the background of the webmaster's own page, for the preview and its contrast. */
const PAGE_BACKGROUND = { name: 'page-background', label: 'Achtergrond van uw eigen pagina (alleen voor het voorbeeld hieronder)', isColour: true };

/** The fragment that marks a link as a placement (src/placement/placement.ts). */
const MARK = '#hechting-widget';

const form = document.querySelector('#options');
const preview = document.querySelector('#preview');
const output = (id) => document.getElementById(id);
const copyStatus = output('copy-status');

/** `text` with its `backticked` parts as code. */
const withCode = (text) => text.split('`').map((part, i) => (i % 2 ? Object.assign(document.createElement('code'), { textContent: part }) : part));

// The page's background and each token get a text field; a colour also gets a colour picker
// beside it, kept in step with the field (a picker has no "not set", so the field decides). A
// token says what applies without it, and gives an example.
const tokenFields = document.querySelector('#tokens');
for (const { name, label: text, otherwise, example, isColour } of [PAGE_BACKGROUND, ...TOKENS]) {
  const id = `token${name}`;
  const label = Object.assign(document.createElement('label'), { htmlFor: id });
  label.append(text);
  if (name.startsWith('--')) label.append(' (', Object.assign(document.createElement('code'), { textContent: name }), ')');
  const field = Object.assign(document.createElement('input'), { id, name, type: 'text', autocomplete: 'off' });
  const row = Object.assign(document.createElement('div'), { className: 'token' });
  row.append(field);
  if (isColour) {
    const picker = Object.assign(document.createElement('input'), { type: 'color', value: '#000000' });
    picker.setAttribute('aria-label', `${text}: kies een kleur`);
    picker.addEventListener('input', () => {
      field.value = picker.value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    field.addEventListener('input', () => {
      if (/^#[0-9a-f]{6}$/i.test(field.value.trim())) picker.value = field.value.trim().toLowerCase();
    });
    row.append(picker);
  }
  tokenFields.append(label, row);
  if (otherwise) {
    const hint = Object.assign(document.createElement('p'), { id: `${id}-hint`, className: 'hint' });
    hint.append('Leeg: ', ...withCode(otherwise), '. Bijvoorbeeld: ', Object.assign(document.createElement('code'), { textContent: example }), '.');
    field.setAttribute('aria-describedby', hint.id);
    tokenFields.append(hint);
  }
}

/** A file of the folder (beside this page) as text, fetched once; undefined when it is not there. */
const fetched = {};
async function folderFile(path) {
  if (!(path in fetched)) {
    const response = await fetch(path).catch(() => undefined);
    fetched[path] = response?.ok ? (await response.text()).trim() : undefined;
  }
  return fetched[path];
}

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The element's attributes for the choices made, leaving out every default. */
function attributesOf(data, tag) {
  const attributes = [];
  const add = (name, value = '') => attributes.push([name, value]);
  const all = (name, count) => data.getAll(name).length === count;
  if (data.get('lang')) add('lang', data.get('lang'));
  if (data.has('languages')) add('languages');
  // Without it (the default choice) the element takes the level below the heading before it.
  if (data.get('heading-level')) add('heading-level', data.get('heading-level'));
  if (data.has('no-title')) add('no-title');
  if (tag === 'hechting-uitleg') {
    if (!all('sections', 2) && data.getAll('sections').length) add('sections', data.getAll('sections').join(' '));
    if (data.has('collapsible')) add('collapsible');
  }
  if (tag === 'band-tips') {
    if (data.get('mode') !== 'list') add('mode', data.get('mode'));
    if (data.get('age') !== 'all') add('age', data.get('age'));
    if (!all('tips', 5) && data.getAll('tips').length) add('tips', data.getAll('tips').join(' '));
  }
  if (tag !== 'hulp-link') {
    if (data.get('hulp-href').trim()) {
      add('hulp-href', data.get('hulp-href').trim());
      if (data.get('hulp-label').trim()) add('hulp-label', data.get('hulp-label').trim());
    }
    if (data.has('no-read-aloud')) add('no-read-aloud');
  } else {
    for (const name of ['href', 'label', 'organization', 'phone']) if (data.get(name).trim()) add(name, data.get(name).trim());
  }
  return attributes;
}

/**
 * The placement of an element: the address of its standalone page in the folder, the options
 * in the query as the attributes name them (a switch by its name alone), and the link text of the
 * placement that the build wrote for that element and language.
 */
async function placementOf(folder, tag, lang, attributes) {
  const query = attributes
    .filter(([name]) => name !== 'lang')
    .map(([name, value]) => (value ? `${name}=${encodeURIComponent(value).replace(/%20/g, '+')}` : name))
    .join('&');
  const built = await folderFile(`html/${lang}/${tag}.link.html`);
  const text = built ? new DOMParser().parseFromString(built, 'text/html').querySelector('a').textContent : '';
  const address = `${folder}${lang}/${tag}.html${query ? `?${query}` : ''}${MARK}`;
  return { text, address, html: `<p><a href="${escape(address)}">${escape(text)}</a></p>` };
}

/**
 * The contrast of the colours in the preview: for each kind, the lowest ratio there and the least
 * WCAG asks (1.4.3 for text, 1.4.11 for what shows a button).
 * @returns {Map<string, { ratio: number, least: number }>}
 */
function contrastIn(root) {
  const checks = new Map();
  const note = (kind, least, ratio) => {
    if (!checks.has(kind) || ratio < checks.get(kind).ratio) checks.set(kind, { ratio, least });
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || parent.closest('button') || !parent.getClientRects().length) continue;
    const kind = parent.closest('a') ? 'Links' : parent.closest('h1, h2, h3, h4, h5, h6') ? 'Koppen' : 'Tekst';
    note(kind, 4.5, contrast(computed(parent, 'color'), backgroundBehind(parent)));
  }
  for (const button of root.querySelectorAll('button')) {
    if (!button.getClientRects().length) continue;
    const behind = backgroundBehind(button);
    const fill = over(computed(button, 'background-color'), behind);
    note('Tekst op de knoppen', 4.5, contrast(computed(button, 'color'), fill));
    note('Knoppen tegen wat eromheen is (rand of vlak)', 3, Math.max(contrast(computed(button, 'border-top-color'), behind), contrast(fill, behind)));
  }
  return checks;
}

/** A ratio as the report writes it: rounded down, with a decimal comma. */
const ratioText = (ratio) => `${String(Math.floor(ratio * 10) / 10).replace('.', ',')} : 1`;

/**
 * Writes the contrast checks, each as a sentence that says whether it is enough, and in the
 * status line how many are not.
 */
function reportContrast(checks) {
  const items = [...checks].map(([kind, { ratio, least }]) => {
    const enough = ratio >= least;
    const item = Object.assign(document.createElement('li'), {
      textContent: `${kind}: ${ratioText(ratio)}. ${enough ? `Goed: minstens ${ratioText(least)}.` : `Te weinig contrast: minstens ${ratioText(least)} nodig.`}`,
    });
    item.classList.toggle('too-low', !enough);
    return item;
  });
  items.push(Object.assign(document.createElement('li'), { id: 'focus-check', textContent: 'Focusrand: ga met de Tab-toets naar een knop of link in het voorbeeld om hem te meten.' }));
  output('contrast-checks').replaceChildren(...items);
  updateContrastStatus();
}

function updateContrastStatus() {
  const low = output('contrast-checks').querySelectorAll('.too-low').length;
  const status = low ? `Let op: bij ${low} ${low === 1 ? 'onderdeel' : 'onderdelen'} is het contrast te laag.` : 'De kleuren hebben genoeg contrast.';
  if (output('contrast-status').textContent !== status) output('contrast-status').textContent = status;
}

// The focus ring shows only on the control that has the focus: it is measured when it shows.
preview.addEventListener('focusin', (event) => {
  const check = output('focus-check');
  if (!check || !event.target.matches(':focus-visible')) return;
  const { contrast: ratio } = focusRing(event.target);
  const enough = ratio >= 3;
  check.textContent = `Focusrand: ${ratioText(ratio)}. ${enough ? `Goed: minstens ${ratioText(3)}.` : `Te weinig contrast: minstens ${ratioText(3)} nodig.`}`;
  check.classList.toggle('too-low', !enough);
  updateContrastStatus();
});

/** The number of the latest update: a change made while an earlier one fetches wins over it. */
let latestUpdate = 0;

/**
 * The Dutch-only script has no other language, nor language buttons: with it, those choices are
 * off (a language chosen before becomes Dutch), and a note says why and how to get them back.
 */
function limitToDutch() {
  const dutchOnly = form.elements.namedItem('dutch-only').checked;
  const lang = form.elements.namedItem('lang');
  const buttons = form.elements.namedItem('languages');
  for (const option of lang.options) option.disabled = dutchOnly && !['', 'nl'].includes(option.value);
  if (lang.selectedOptions[0].disabled) lang.value = 'nl';
  if (dutchOnly) buttons.checked = false;
  buttons.disabled = dutchOnly;
  output('dutch-only-note').hidden = !dutchOnly;
  for (const control of [lang, buttons]) {
    if (dutchOnly) control.setAttribute('aria-describedby', 'dutch-only-note');
    else control.removeAttribute('aria-describedby');
  }
}

async function update() {
  const thisUpdate = ++latestUpdate;
  form.setAttribute('aria-busy', 'true');
  limitToDutch();
  const data = new FormData(form);
  const tag = data.get('element');
  const withScript = data.get('script') === 'yes';
  const withLink = !withScript || data.get('editor') === 'links';
  for (const fieldset of form.querySelectorAll('[data-for]')) fieldset.hidden = !fieldset.dataset.for.split(' ').includes(tag);

  const attributes = attributesOf(data, tag);
  const tokens = TOKENS.map(({ name }) => [name, data.get(name).trim()]).filter(([, value]) => value);
  const folder = data.get('folder').trim().replace(/\/*$/, '/');
  const lang = data.get('lang') || 'nl';

  const file = data.has('dutch-only') ? 'hechting-widget.nl.js' : 'hechting-widget.js';
  const [placement, integrity] = await Promise.all([placementOf(folder, tag, lang, attributes), folderFile(`${file}.sri`)]);
  if (thisUpdate !== latestUpdate) return;

  // The preview: what a visitor sees, the element, or without the script the link.
  preview.removeAttribute('style');
  if (data.get(PAGE_BACKGROUND.name).trim()) preview.style.backgroundColor = data.get(PAGE_BACKGROUND.name).trim();
  const element = withScript ? document.createElement(tag) : null;
  if (element) {
    for (const [name, value] of attributes) element.setAttribute(name, value);
    for (const [name, value] of tokens) preview.style.setProperty(name, value);
    preview.replaceChildren(element);
  } else {
    // Without its mark: the script on this page would take the link for a placement.
    const paragraph = document.createElement('p');
    paragraph.append(Object.assign(document.createElement('a'), { href: placement.address.replace(MARK, ''), textContent: placement.text }));
    preview.replaceChildren(paragraph);
  }

  output('template').value = `<script src="${escape(folder + file)}"${integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : ''}></script>`;
  output('link-text').value = placement.text;
  output('link-address').value = placement.address;
  output('placement').value = placement.html;
  output('snippet').value = `<${tag}${attributes.map(([name, value]) => (value ? ` ${name}="${escape(value)}"` : ` ${name}`)).join('')}></${tag}>`;
  output('css').value = tokens.length ? `:root {\n${tokens.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}` : '';

  // A line without its integrity value, or a placement without its text, would not work as it should: none then.
  const readable = integrity !== undefined && placement.text !== '';
  output('read-error').hidden = readable;
  output('code').hidden = !readable;
  output('template-output').hidden = !withScript;
  output('link-output').hidden = !withLink;
  output('element-output').hidden = withLink;
  output('no-script-note').hidden = withScript;
  output('css-output').hidden = !tokens.length || !withScript;
  output('contrast').hidden = !withScript;
  copyStatus.textContent = '';
  // The contrast of what the element shows, once it has rendered (the script defines it first).
  if (element && customElements.get(tag)) {
    await element.updateComplete;
    if (thisUpdate !== latestUpdate) return;
    reportContrast(contrastIn(preview));
  }
  form.removeAttribute('aria-busy');
}

form.addEventListener('input', update);
form.addEventListener('change', update);

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const field = output(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(field.value);
      copyStatus.textContent = 'Gekopieerd. Plak het in uw pagina.';
    } catch {
      field.focus();
      field.select();
      copyStatus.textContent = 'Kopiëren lukte niet. De tekst is geselecteerd: druk op Ctrl+C (of Cmd+C).';
    }
  });
}

// Opened from the folder on a web server, the page's own address gives the folder's. Opened as a
// file, the browser does not let it read the files beside it: the page says what to do instead.
if (/^https?:$/.test(location.protocol)) {
  form.elements.namedItem('folder').value = new URL('.', location.href).href;
  update();
} else {
  output('file-note').classList.add('warning');
}

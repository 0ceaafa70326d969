// The embed-code configurator: builds the code a webmaster pastes from the choices in the form,
// and shows the element as it will look. Plain JavaScript with no build step, so that demo/ can
// be put on any static web server beside dist/.

/** Theme tokens offered, with their label; an empty field leaves the page's own style. */
const TOKENS = [
  ['--hechting-color', 'Kleur van de tekst'],
  ['--hechting-heading-color', 'Kleur van de koppen'],
  ['--hechting-link-color', 'Kleur van links'],
  ['--hechting-font-family', 'Lettertype'],
  ['--hechting-surface-background-color', 'Achtergrond van tipkaart en hulpvak'],
  ['--hechting-surface-border-color', 'Rand van tipkaart en hulpvak'],
  ['--hechting-button-background-color', 'Achtergrond van knoppen'],
  ['--hechting-button-color', 'Tekst van knoppen'],
  ['--hechting-border-radius', 'Afronding, bijvoorbeeld 0.5em'],
];

const form = document.querySelector('#options');
const preview = document.querySelector('#preview');
const snippet = document.querySelector('#snippet');
const css = document.querySelector('#css');
const copyStatus = document.querySelector('#copy-status');

const tokenFields = document.querySelector('#tokens');
for (const [name, text] of TOKENS) {
  const id = `token${name}`;
  const label = Object.assign(document.createElement('label'), { htmlFor: id });
  label.append(`${text} (`, Object.assign(document.createElement('code'), { textContent: name }), ')');
  tokenFields.append(label, Object.assign(document.createElement('input'), { id, name, type: 'text', autocomplete: 'off' }));
}

const integrities = {};
async function integrityOf(file) {
  if (!(file in integrities)) {
    const response = await fetch(`../dist/${file}.sri`).catch(() => undefined);
    integrities[file] = response?.ok ? (await response.text()).trim() : undefined;
  }
  return integrities[file];
}

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The element's attributes for the choices made, leaving out every default. */
function attributesOf(data, tag) {
  const attributes = [];
  const add = (name, value = '') => attributes.push([name, value]);
  const all = (name, count) => data.getAll(name).length === count;
  if (data.get('lang')) add('lang', data.get('lang'));
  if (data.has('languages')) add('languages');
  if (data.get('heading-level') !== '2') add('heading-level', data.get('heading-level'));
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

async function update() {
  const data = new FormData(form);
  const tag = data.get('element');
  for (const fieldset of form.querySelectorAll('[data-for]')) fieldset.hidden = !fieldset.dataset.for.split(' ').includes(tag);

  const attributes = attributesOf(data, tag);
  const tokens = TOKENS.map(([name]) => [name, data.get(name).trim()]).filter(([, value]) => value);

  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  preview.removeAttribute('style');
  for (const [name, value] of tokens) preview.style.setProperty(name, value);
  preview.replaceChildren(element);

  const file = data.has('dutch-only') ? 'hechting-widget.nl.js' : 'hechting-widget.js';
  const src = data.get('src').trim().replace(/hechting-widget(\.nl)?\.js$/, file) || file;
  const integrity = await integrityOf(file);
  const markup = `<${tag}${attributes.map(([name, value]) => (value ? ` ${name}="${escape(value)}"` : ` ${name}`)).join('')}></${tag}>`;
  snippet.value = `<script src="${escape(src)}"${integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : ''} defer></script>\n${markup}`;
  css.value = tokens.length ? `${tag} {\n${tokens.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}` : '';
  document.querySelector('#css-output').hidden = !tokens.length;
  copyStatus.textContent = '';
}

form.addEventListener('input', update);
form.addEventListener('change', update);

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const output = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(output.value);
      copyStatus.textContent = 'Gekopieerd. Plak het in uw pagina.';
    } catch {
      output.focus();
      output.select();
      copyStatus.textContent = 'Kopiëren lukte niet. De tekst is geselecteerd: druk op Ctrl+C (of Cmd+C).';
    }
  });
}

update();

import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { collapsibleSections, expectAccessible, focusRing, loadFrame, textOf, widgetsRendered, type FramePage } from './helpers.js';

// The configurator (demo/configurator.*, built into dist/configurator.html as the release zip has
// it), where a webmaster makes the template line and the placement without reading code. Served
// here from dist/, it fills in that folder's address. tests/build/release-zip.test.mjs opens it
// from the unpacked zip under another path.

const FOLDER = `${location.origin}/dist/`;

async function sri(file: string) {
  return (await (await fetch(`/dist/${file}.sri`)).text()).trim();
}

type Configurator = FramePage & { value(id: string): string; shown(id: string): boolean };

async function openConfigurator(): Promise<Configurator> {
  const page = await loadFrame('/dist/configurator.html');
  const field = (id: string) => page.document.getElementById(id) as HTMLInputElement;
  await waitUntil(() => field('template').value.includes('integrity=') && field('link-text').value, 'no template line with integrity, or no link text');
  return { ...page, value: (id) => field(id).value, shown: (id) => !page.document.getElementById(id)!.closest('[hidden]') };
}

/** Sets a form control as a visitor does, and waits for the preview. */
async function choose(page: FramePage, selector: string, value?: string | boolean) {
  const control = page.document.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else if (value !== undefined) control.value = value;
  else (control as HTMLInputElement).checked = true;
  control.dispatchEvent(new Event(control instanceof page.window.HTMLSelectElement || control.type === 'checkbox' || control.type === 'radio' ? 'change' : 'input', { bubbles: true }));
  await settled(page);
}

/** Waits until the configurator has finished its latest update (it fetches the built files). */
async function settled(page: FramePage) {
  await waitUntil(() => !page.document.querySelector('#options')!.hasAttribute('aria-busy'), 'the configurator did not finish its update', { timeout: 5000 });
  await widgetsRendered(page.document.querySelector('#preview')!);
}

describe('embed-code configurator', () => {
  it("starts with its own folder's address: the template line with this build's integrity value, and a placement link", async () => {
    const page = await openConfigurator();
    expect(page.value('template')).to.equal(`<script src="${FOLDER}hechting-widget.js" integrity="${await sri('hechting-widget.js')}" crossorigin="anonymous"></script>`);
    expect(page.value('link-text')).to.equal('Wat is hechting en waarom is het belangrijk?');
    expect(page.value('link-address')).to.equal(`${FOLDER}nl/hechting-uitleg.html#hechting-widget`);
    expect(page.value('placement')).to.equal(`<p><a href="${FOLDER}nl/hechting-uitleg.html#hechting-widget">Wat is hechting en waarom is het belangrijk?</a></p>`);
    expect([page.shown('template'), page.shown('link-address'), page.shown('snippet'), page.shown('read-error')]).to.deep.equal([true, true, false, false]);
    await widgetsRendered(page.document.querySelector('#preview')!);
    expect(page.document.querySelector('#preview hechting-uitleg .hechting-widget') !== null).to.equal(true);
  });

  it("puts the options chosen in the placement's address, leaving out defaults, and previews them", async () => {
    const page = await openConfigurator();
    await choose(page, 'input[name="element"][value="band-tips"]');
    await choose(page, '#mode', 'tip-of-the-day');
    await choose(page, '#lang', 'ar');
    await choose(page, 'input[name="languages"]', true);
    await choose(page, '#hulp-href', 'https://www.gemeente.example/opvoeden');
    await choose(page, '#hulp-label', 'Naar het "CJG"');
    await choose(page, 'input[name="tips"][value="speel"]', false);
    expect(page.value('link-address')).to.equal(
      `${FOLDER}ar/band-tips.html?languages&mode=tip-of-the-day&tips=reageer+maak-contact+troost+gevoelens&hulp-href=https%3A%2F%2Fwww.gemeente.example%2Fopvoeden&hulp-label=Naar+het+%22CJG%22#hechting-widget`,
    );
    // The link text is the element's title in its language, as the build writes the placement.
    const built = await (await fetch('/dist/html/ar/band-tips.link.html')).text();
    expect(built).to.include(`>${page.value('link-text')}</a></p>`);
    const preview = page.document.querySelector('#preview band-tips')!;
    expect(preview.querySelector('.hechting-widget')!.getAttribute('dir')).to.equal('rtl');
    expect(preview.querySelector('.hechting-tip') !== null).to.equal(true);
    expect(page.document.querySelector<HTMLFieldSetElement>('[data-for="hulp-link"]')!.hidden).to.equal(true);
  });

  it('writes a placement that becomes the element with those options on a page with the script', async () => {
    const page = await openConfigurator();
    await choose(page, 'input[name="element"][value="hechting-uitleg"]');
    await choose(page, 'input[name="sections"][value="goede-band"]', false);
    await choose(page, 'input[name="collapsible"]', true);
    await choose(page, '#heading-level', '3');
    // The configurator's own folder, where the script is, as on the webmaster's site: only its
    // placements become elements.
    const host = await loadFrame({ head: '<script src="/dist/hechting-widget.js"></script>', body: `<h2>Opvoeden</h2>${page.value('placement')}<p>Meer tekst.</p>` });
    const uitleg = host.document.querySelector('hechting-uitleg');
    expect(uitleg !== null, 'the placement became the element').to.equal(true);
    expect(collapsibleSections(uitleg!).map((section) => section.dataset.section)).to.deep.equal(['veilige-basis']);
    expect(uitleg!.querySelector('.hechting-title')!.localName).to.equal('h3');
    expect(host.recorded.warnings).to.deep.equal([]);
  });

  it('leaves the title level to the page by default, and writes every level chosen, h2 too', async () => {
    const page = await openConfigurator();
    const level = page.document.querySelector<HTMLSelectElement>('#heading-level')!;
    expect(textOf(level.selectedOptions[0])).to.equal('Automatisch: één niveau onder de kop erboven');
    /** The level of the title that the placement gives under a page's h2. */
    const titleUnderH2 = async () => {
      const host = await loadFrame({ head: '<script src="/dist/hechting-widget.js"></script>', body: `<h2>Opvoeden</h2>${page.value('placement')}` });
      expect(host.recorded.warnings).to.deep.equal([]);
      return host.document.querySelector('hechting-uitleg .hechting-title')!.localName;
    };
    expect(page.value('link-address')).to.equal(`${FOLDER}nl/hechting-uitleg.html#hechting-widget`);
    expect(await titleUnderH2()).to.equal('h3');

    await choose(page, '#heading-level', '2');
    expect(page.value('link-address')).to.equal(`${FOLDER}nl/hechting-uitleg.html?heading-level=2#hechting-widget`);
    expect(await titleUnderH2()).to.equal('h2');
    await choose(page, 'input[name="editor"][value="html"]');
    expect(page.value('snippet')).to.equal('<hechting-uitleg heading-level="2"></hechting-uitleg>');
    await choose(page, '#heading-level', '');
    expect(page.value('snippet')).to.equal('<hechting-uitleg></hechting-uitleg>');
  });

  it('says to open it from the web server, with an address that begins with http:// or https://', async () => {
    const page = await openConfigurator();
    expect(textOf(page.document.querySelector('#file-note')!)).to.match(/^Open deze pagina op uw webserver, met een adres dat begint met http:\/\/ of https:\/\/\. /);
  });

  it('gives no code where it cannot read the files beside it, and says why', async () => {
    // Served with the README's strict Content-Security-Policy, which lets the page fetch nothing.
    const page = await loadFrame('/csp/strict/dist/configurator.html');
    const error = page.document.querySelector<HTMLElement>('#read-error')!;
    await waitUntil(() => !error.hidden, 'no word that it cannot read the files beside it');
    expect(textOf(error)).to.include("Sta dan voor deze map connect-src 'self' toe.");
    expect(page.document.querySelector<HTMLElement>('#code')!.hidden).to.equal(true);
  });

  it('gives the elements themselves for a site whose editor has HTML blocks', async () => {
    const page = await openConfigurator();
    await choose(page, 'input[name="editor"][value="html"]');
    await choose(page, 'input[name="element"][value="hulp-link"]');
    await choose(page, '#href', 'https://www.gemeente.example/cjg');
    await choose(page, '#organization', 'CJG & partners');
    expect(page.value('snippet')).to.equal('<hulp-link href="https://www.gemeente.example/cjg" organization="CJG &amp; partners"></hulp-link>');
    expect([page.shown('template'), page.shown('link-address'), page.shown('snippet')]).to.deep.equal([true, false, true]);
  });

  it('gives only the link for a site without a script, and shows what a visitor sees then', async () => {
    const page = await openConfigurator();
    await choose(page, 'input[name="script"][value="no"]');
    await choose(page, 'input[name="editor"][value="html"]');
    expect([page.shown('template'), page.shown('link-address'), page.shown('snippet'), page.shown('no-script-note')]).to.deep.equal([false, true, false, true]);
    // The link leads where the placement's does; without its mark, which the script on the
    // configurator's own page would take for a placement, its own folder's.
    const link = page.document.querySelector<HTMLAnchorElement>('#preview a')!;
    expect(link.href).to.equal(`${FOLDER}nl/hechting-uitleg.html`);
    expect(textOf(link)).to.equal('Wat is hechting en waarom is het belangrijk?');
    expect(page.document.querySelector('#preview hechting-uitleg') === null, 'still a link').to.equal(true);
  });

  it('uses the folder given, and the Dutch-only file with its own integrity value', async () => {
    const page = await openConfigurator();
    await choose(page, '#folder', 'https://www.kinderopvang.example/js/hechting');
    await choose(page, 'input[name="dutch-only"]', true);
    expect(page.value('template')).to.equal(
      `<script src="https://www.kinderopvang.example/js/hechting/hechting-widget.nl.js" integrity="${await sri('hechting-widget.nl.js')}" crossorigin="anonymous"></script>`,
    );
    expect(page.value('link-address')).to.equal('https://www.kinderopvang.example/js/hechting/nl/hechting-uitleg.html#hechting-widget');
  });

  it('offers no other language nor language buttons with the Dutch-only script, says why, and gives them back without it', async () => {
    const page = await openConfigurator();
    const lang = page.document.querySelector<HTMLSelectElement>('#lang')!;
    const buttons = page.document.querySelector<HTMLInputElement>('input[name="languages"]')!;
    await choose(page, '#lang', 'en');
    await choose(page, 'input[name="languages"]', true);
    expect(page.shown('dutch-only-note')).to.equal(false);

    await choose(page, 'input[name="dutch-only"]', true);
    expect(lang.value, 'English became Dutch').to.equal('nl');
    expect([...lang.options].filter((option) => !option.disabled).map((option) => option.value)).to.deep.equal(['', 'nl']);
    expect([buttons.checked, buttons.disabled]).to.deep.equal([false, true]);
    expect(page.shown('dutch-only-note')).to.equal(true);
    expect(textOf(page.document.querySelector('#dutch-only-note')!)).to.include('Zet dan "Alleen Nederlands" uit.');
    expect([lang.getAttribute('aria-describedby'), buttons.getAttribute('aria-describedby')]).to.deep.equal(['dutch-only-note', 'dutch-only-note']);
    // The code and the preview agree: Dutch, without language buttons, and the placement becomes
    // the element with the Dutch-only script.
    expect(page.value('template')).to.include('/hechting-widget.nl.js"');
    expect(page.value('link-address')).to.equal(`${FOLDER}nl/hechting-uitleg.html#hechting-widget`);
    expect(page.document.querySelector('#preview hechting-uitleg')!.getAttribute('lang')).to.equal('nl');
    expect(page.document.querySelector('#preview .hechting-languages')).to.equal(null);
    const host = await loadFrame({ head: '<script src="/dist/hechting-widget.nl.js"></script>', body: page.value('placement') });
    expect(textOf(host.document.querySelector('hechting-uitleg .hechting-title')!)).to.equal('Wat is hechting en waarom is het belangrijk?');
    expect(host.recorded.warnings).to.deep.equal([]);

    await choose(page, 'input[name="dutch-only"]', false);
    expect([...lang.options].some((option) => option.disabled)).to.equal(false);
    expect([buttons.disabled, page.shown('dutch-only-note'), lang.hasAttribute('aria-describedby')]).to.deep.equal([false, false, false]);
    await choose(page, '#lang', 'en');
    expect(page.value('link-address')).to.equal(`${FOLDER}en/hechting-uitleg.html#hechting-widget`);
  });

  it('offers each public token of the token table, as the guide describes it in Dutch', async () => {
    const page = await openConfigurator();
    const table: { token?: string; nl?: { sets: string; otherwise: string }; example?: string }[] = await (await fetch('/src/shared/tokens.json')).json();
    const publicTokens = table.filter((entry) => entry.token);
    const fields = [...page.document.querySelectorAll<HTMLInputElement>('#tokens input[type="text"]')].filter((field) => field.name.startsWith('--'));
    expect(fields.map((field) => field.name)).to.deep.equal(publicTokens.map((entry) => entry.token));
    for (const { token, nl, example } of publicTokens) {
      const field = page.document.querySelector<HTMLInputElement>(`[name="${token}"]`)!;
      expect(textOf(field.labels![0])).to.equal(`${nl!.sets[0].toUpperCase()}${nl!.sets.slice(1)} (${token})`);
      // What applies without it and the example, as the guide's table says them (without its backticks).
      expect(textOf(page.document.getElementById(field.getAttribute('aria-describedby')!)!)).to.equal(`Leeg: ${nl!.otherwise.replaceAll('`', '')}. Bijvoorbeeld: ${example}.`);
      expect(field.nextElementSibling?.matches('input[type="color"]') ?? false, token).to.equal(token!.endsWith('-color'));
    }
  });

  it("gives the theme tokens as CSS for the host's stylesheet, with a colour picker beside each colour", async () => {
    const page = await openConfigurator();
    expect(page.shown('css')).to.equal(false);
    const picker = page.document.querySelector<HTMLInputElement>('[name="--hechting-heading-color"] + input[type="color"]')!;
    expect(picker.getAttribute('aria-label')).to.equal('Kleur van de koppen: kies een kleur');
    picker.value = '#1f6b4b';
    picker.dispatchEvent(new Event('input', { bubbles: true }));
    await settled(page);
    expect(page.value('token--hechting-heading-color')).to.equal('#1f6b4b');
    // On :root, as the guide for webmasters says: for every widget on the site, which the page says too.
    expect(page.value('css')).to.equal(':root {\n  --hechting-heading-color: #1f6b4b;\n}');
    expect(page.shown('css')).to.equal(true);
    expect(textOf(page.document.querySelector('#css-output')!)).to.include('Op :root geldt uw huisstijl voor elke widget op uw website.');
    const heading = page.document.querySelector('#preview .hechting-title')!;
    expect(page.window.getComputedStyle(heading).color).to.equal('rgb(31, 107, 75)');
    // And the other way round: a colour typed in the field moves the picker.
    await choose(page, '[name="--hechting-heading-color"]', '#AA0000');
    expect(picker.value).to.equal('#aa0000');
  });

  it('says in words which colours have too little contrast, for text and for buttons, on the background of your page', async () => {
    const page = await openConfigurator();
    const checks = () => [...page.document.querySelectorAll('#contrast-checks li')].map((item) => [textOf(item), item.classList.contains('too-low')] as const);
    const check = (kind: string) => checks().find(([text]) => text.startsWith(`${kind}:`));
    const status = page.document.querySelector('#contrast-status')!;
    await choose(page, 'input[name="languages"]', true);
    expect(status.getAttribute('role')).to.equal('status');
    expect(textOf(status)).to.equal('De kleuren hebben genoeg contrast.');
    expect(check('Tekst')![0]).to.match(/^Tekst: [\d,]+ : 1\. Goed: minstens 4,5 : 1\.$/);
    expect(checks().filter(([, low]) => low)).to.deep.equal([]);

    // Grey text on white: too little for text, and for the headings and buttons, which take its colour.
    await choose(page, '[name="--hechting-color"]', '#999999');
    expect(check('Tekst')).to.deep.equal(['Tekst: 2,8 : 1. Te weinig contrast: minstens 4,5 : 1 nodig.', true]);
    expect(
      checks()
        .filter(([, low]) => low)
        .map(([text]) => text.split(':')[0]),
    ).to.have.members(['Tekst', 'Koppen', 'Tekst op de knoppen', 'Knoppen tegen wat eromheen is (rand of vlak)']);
    expect(textOf(status)).to.equal('Let op: bij 4 onderdelen is het contrast te laag.');
    expect(page.shown('contrast-checks')).to.equal(true);
    await choose(page, '[name="--hechting-color"]', '');

    // White on dark grey buttons, on a grey page: the text on the button is fine, but neither
    // the button's border nor its fill stands out from the page.
    await choose(page, '[name="page-background"]', '#999999');
    await choose(page, '[name="--hechting-color"]', '#000000');
    await choose(page, '[name="--hechting-button-background-color"]', '#4d4d4d');
    await choose(page, '[name="--hechting-button-color"]', '#ffffff');
    expect(page.window.getComputedStyle(page.document.querySelector('#preview')!).backgroundColor).to.equal('rgb(153, 153, 153)');
    expect(page.value('css')).not.to.include('page-background');
    expect(check('Tekst op de knoppen')).to.deep.equal(['Tekst op de knoppen: 8,4 : 1. Goed: minstens 4,5 : 1.', false]);
    expect(check('Knoppen tegen wat eromheen is (rand of vlak)')).to.deep.equal(['Knoppen tegen wat eromheen is (rand of vlak): 2,9 : 1. Te weinig contrast: minstens 3 : 1 nodig.', true]);

    // Green text on a green button, on a white page: too little for the button's text alone.
    await choose(page, '[name="page-background"]', '');
    await choose(page, '[name="--hechting-button-background-color"]', '#1f6b4b');
    await choose(page, '[name="--hechting-button-color"]', '#3f8b6b');
    expect(check('Tekst op de knoppen')![1]).to.equal(true);
    expect(textOf(status)).to.equal('Let op: bij 1 onderdeel is het contrast te laag.');
  });

  it('measures the focus ring of the control in the preview that has the focus', async () => {
    const page = await openConfigurator();
    await choose(page, 'input[name="languages"]', true);
    // The README's colours for a daycare.
    await choose(page, '[name="--hechting-button-background-color"]', '#1f6b4b');
    await choose(page, '[name="--hechting-button-color"]', '#ffffff');
    const focusCheck = () => textOf(page.document.querySelector('#focus-check')!);
    expect(focusCheck()).to.equal('Focusrand: ga met de Tab-toets naar een knop of link in het voorbeeld om hem te meten.');
    const field = page.document.querySelector<HTMLInputElement>('[name="--hechting-button-color"]')!;
    field.focus();
    await sendKeys({ press: 'Tab' });
    const button = page.document.querySelector<HTMLElement>('#preview .hechting-languages button')!;
    button.focus({ focusVisible: true } as FocusOptions);
    await waitUntil(() => focusCheck() !== 'Focusrand: ga met de Tab-toets naar een knop of link in het voorbeeld om hem te meten.', 'the focus ring was not measured', { timeout: 2000 });
    const ratio = Math.floor(focusRing(button).contrast * 10) / 10;
    expect(ratio).to.be.at.least(3);
    expect(focusCheck()).to.equal(`Focusrand: ${String(ratio).replace('.', ',')} : 1. Goed: minstens 3 : 1.`);
  });

  it('copies the code with one click, and says so', async () => {
    const page = await openConfigurator();
    const copied: string[] = [];
    Object.defineProperty(page.window.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => copied.push(text) } });
    page.document.querySelector<HTMLButtonElement>('[data-copy="template"]')!.click();
    const status = page.document.querySelector('#copy-status')!;
    await waitUntil(() => status.textContent!.includes('Gekopieerd'), 'no word that it was copied');
    page.document.querySelector<HTMLButtonElement>('[data-copy="link-address"]')!.click();
    await waitUntil(() => copied.length === 2, 'the address was not copied');
    expect(copied).to.deep.equal([page.value('template'), page.value('link-address')]);
  });

  it('is accessible', async () => {
    const page = await openConfigurator();
    const axe = page.document.createElement('script');
    axe.src = '/node_modules/axe-core/axe.min.js';
    page.document.head.append(axe);
    await waitUntil(() => (page.window as unknown as { axe?: unknown }).axe, 'axe did not load');
    await expectAccessible(page.document.body);
    await choose(page, 'input[name="element"][value="hulp-link"]');
    await choose(page, 'input[name="editor"][value="html"]');
    await expectAccessible(page.document.body);
  });
});

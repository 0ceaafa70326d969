import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible, loadFrame, widgetsRendered, type FramePage } from './helpers.js';

// demo/configurator.html, where a webmaster makes an embed code without reading code.

async function sri(file: string) {
  return (await (await fetch(`/dist/${file}.sri`)).text()).trim();
}

async function openConfigurator(): Promise<FramePage & { snippet: HTMLTextAreaElement; css: HTMLTextAreaElement }> {
  const page = await loadFrame('/demo/configurator.html');
  const snippet = page.document.querySelector<HTMLTextAreaElement>('#snippet')!;
  await waitUntil(() => snippet.value.includes('integrity='), 'no snippet with integrity');
  return { ...page, snippet, css: page.document.querySelector<HTMLTextAreaElement>('#css')! };
}

/** Sets a form control as a visitor does, and waits for the preview. */
async function choose(page: FramePage, selector: string, value?: string | boolean) {
  const control = page.document.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else if (value !== undefined) control.value = value;
  else (control as HTMLInputElement).checked = true;
  control.dispatchEvent(new Event(control instanceof page.window.HTMLSelectElement || control.type === 'checkbox' || control.type === 'radio' ? 'change' : 'input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await widgetsRendered(page.document.querySelector('#preview')!);
}

describe('embed-code configurator', () => {
  it('starts with the README snippet, with this build\'s integrity value, and a preview', async () => {
    const page = await openConfigurator();
    expect(page.snippet.value).to.equal(
      `<script src="/js/hechting-widget.js" integrity="${await sri('hechting-widget.js')}" crossorigin="anonymous" defer></script>\n<hechting-uitleg></hechting-uitleg>`,
    );
    await widgetsRendered(page.document.querySelector('#preview')!);
    expect(page.document.querySelector('#preview hechting-uitleg .hechting-widget')).to.exist;
  });

  it('builds the element and options chosen, leaving out defaults, and previews them', async () => {
    const page = await openConfigurator();
    await choose(page, 'input[name="element"][value="band-tips"]');
    await choose(page, '#mode', 'tip-of-the-day');
    await choose(page, '#lang', 'ar');
    await choose(page, 'input[name="languages"]', true);
    await choose(page, '#hulp-href', 'https://www.gemeente.example/opvoeden');
    await choose(page, '#hulp-label', 'Naar het "CJG"');
    await choose(page, 'input[name="tips"][value="speel"]', false);
    const markup = page.snippet.value.split('\n')[1];
    expect(markup).to.equal(
      '<band-tips lang="ar" languages mode="tip-of-the-day" tips="reageer maak-contact troost gevoelens" hulp-href="https://www.gemeente.example/opvoeden" hulp-label="Naar het &quot;CJG&quot;"></band-tips>',
    );
    const preview = page.document.querySelector('#preview band-tips')!;
    expect(preview.querySelector('.hechting-widget')!.getAttribute('dir')).to.equal('rtl');
    expect(preview.querySelector('.hechting-tip')).to.exist;
    expect(page.document.querySelector<HTMLFieldSetElement>('[data-for="hulp-link"]')!.hidden).to.equal(true);
  });

  it('gives the theme tokens as CSS for the host\'s stylesheet, and previews them', async () => {
    const page = await openConfigurator();
    expect(page.document.querySelector<HTMLElement>('#css-output')!.hidden).to.equal(true);
    await choose(page, '[name="--hechting-heading-color"]', '#1f6b4b');
    expect(page.css.value).to.equal('hechting-uitleg {\n  --hechting-heading-color: #1f6b4b;\n}');
    expect(page.document.querySelector<HTMLElement>('#css-output')!.hidden).to.equal(false);
    const heading = page.document.querySelector('#preview .hechting-title')!;
    expect(page.window.getComputedStyle(heading).color).to.equal('rgb(31, 107, 75)');
  });

  it('switches to the Dutch-only file, with its own integrity value', async () => {
    const page = await openConfigurator();
    await choose(page, 'input[name="dutch-only"]', true);
    expect(page.snippet.value.split('\n')[0]).to.equal(
      `<script src="/js/hechting-widget.nl.js" integrity="${await sri('hechting-widget.nl.js')}" crossorigin="anonymous" defer></script>`,
    );
  });

  it('copies the code with one click, and says so', async () => {
    const page = await openConfigurator();
    const copied: string[] = [];
    Object.defineProperty(page.window.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => copied.push(text) } });
    page.document.querySelector<HTMLButtonElement>('[data-copy="snippet"]')!.click();
    const status = page.document.querySelector('#copy-status')!;
    await waitUntil(() => status.textContent!.includes('Gekopieerd'), 'no word that it was copied');
    expect(copied).to.deep.equal([page.snippet.value]);
  });

  it('is accessible', async () => {
    const page = await openConfigurator();
    const axe = page.document.createElement('script');
    axe.src = '/node_modules/axe-core/axe.min.js';
    page.document.head.append(axe);
    await waitUntil(() => (page.window as unknown as { axe?: unknown }).axe, 'axe did not load');
    await expectAccessible(page.document.body);
    await choose(page, 'input[name="element"][value="hulp-link"]');
    await expectAccessible(page.document.body);
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/hechting-widget.js';
import type { BandTips } from '../src/band-tips/band-tips.js';
import type { HechtingUitleg } from '../src/hechting-uitleg/hechting-uitleg.js';
import { collapsibleSections, expectAccessible, expectFocusOn, isOpen, readContentFile, readInterfaceStrings, textOf, widgetFixture, widgetsRendered } from './helpers.js';

// The browser's speech synthesis, replaced by a fake that records what it is asked to say and
// lets the test play each utterance's events. It has local voices for nl, en and ar.

class FakeUtterance extends EventTarget {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  constructor(readonly text: string) {
    super();
  }
}

interface FakeSynthesis extends EventTarget {
  voices: SpeechSynthesisVoice[];
  queue: FakeUtterance[];
  calls: string[];
  getVoices(): SpeechSynthesisVoice[];
  speak(utterance: FakeUtterance): void;
  pause(): void;
  resume(): void;
  cancel(): void;
}

const voice = (lang: string, localService = true) => ({ lang, localService, name: `voice ${lang}`, default: false, voiceURI: lang }) as SpeechSynthesisVoice;

function fakeSynthesis(): FakeSynthesis {
  const fake = Object.assign(new EventTarget(), {
    voices: [voice('nl-NL'), voice('en-GB'), voice('ar-SA'), voice('tr-TR', false)],
    queue: [] as FakeUtterance[],
    calls: [] as string[],
    getVoices: () => fake.voices,
    speak: (utterance: FakeUtterance) => fake.queue.push(utterance),
    pause: () => fake.calls.push('pause'),
    resume: () => fake.calls.push('resume'),
    cancel: () => {
      fake.calls.push('cancel');
      fake.queue = [];
    },
  });
  return fake;
}

let synthesis: FakeSynthesis;
const realSynthesis = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
const realUtterance = Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance');

beforeEach(() => {
  synthesis = fakeSynthesis();
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synthesis });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: FakeUtterance });
});

afterEach(() => {
  if (realSynthesis) Object.defineProperty(window, 'speechSynthesis', realSynthesis);
  else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  if (realUtterance) Object.defineProperty(window, 'SpeechSynthesisUtterance', realUtterance);
  CSS.highlights?.clear();
});

const tools = (el: Element) => [...el.querySelectorAll<HTMLButtonElement>('.hechting-read-aloud button')];

const status = (el: Element) => textOf(el.querySelector('.hechting-read-aloud-status')!);

/**
 * Whether every one of `parts` occurs in `text`, each after the one before, whitespace aside:
 * the Dutch term in a translated sentence is an utterance of its own.
 */
function inOrder(text: string, parts: string[]): boolean {
  const squeeze = (value: string) => value.replace(/\s+/g, '');
  text = squeeze(text);
  let from = 0;
  for (const part of parts.map(squeeze)) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** Whether an utterance says `term`, with at most the punctuation after it (a closing bracket, a full stop). */
const saysTerm = (said: string, term: string) => said.startsWith(term) && !/[\p{L}\p{N}]/u.test(said.slice(term.length));

/** A section's text as the page has it: its headings, paragraphs and list items. */
const textOfSection = (section: Element) => [...section.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li')].map(textOf).join(' ');

/** Which sections are open, in order. */
const openSections = (el: Element) => collapsibleSections(el).map(isOpen);

/** The index of the utterance that begins each section: from there on, the section's text is said. */
const firstSentences = (el: Element, said: string[]) => collapsibleSections(el).map((section) => said.findIndex((_, i) => said.slice(i).join(' ').startsWith(textOfSection(section))));

/** The browser reports that it starts saying utterance `i`. */
const startSaying = (i: number, queue = synthesis.queue) => queue[i].dispatchEvent(new Event('start'));

describe('read aloud', () => {
  it('offers "Lees voor" from the first render, and never starts by itself', async () => {
    const strings = await readInterfaceStrings('nl');
    const el = await fixture(html`<hechting-uitleg></hechting-uitleg>`);
    expect(tools(el).map(textOf)).to.deep.equal([strings['read-aloud.start']]);
    // Named by what it reads, for a page with several; no group around it to be announced.
    expect(tools(el)[0].getAttribute('aria-label')).to.equal(`${strings['read-aloud.start']}: ${(await readContentFile('nl', 'hechting-uitleg')).title}`);
    expect(el.querySelector('.hechting-read-aloud')!.getAttribute('role')).to.equal(null);
    expect(el.querySelector('.hechting-read-aloud-status')!.getAttribute('role')).to.equal('status');
    expect(status(el)).to.equal('');
    expect(synthesis.queue).to.deep.equal([]);
  });

  it('says so when asked where the device has no voice for the language, or only a network voice', async () => {
    const page = await widgetFixture(html`<div><band-tips lang="pl"></band-tips><band-tips lang="tr"></band-tips></div>`);
    for (const el of page.querySelectorAll<BandTips>('band-tips')) {
      const strings = await readInterfaceStrings(el.lang);
      tools(el)[0].click();
      await el.updateComplete;
      expect(status(el), el.lang).to.equal(strings['read-aloud.no-voice']);
      expect(tools(el).map(textOf), el.lang).to.deep.equal([strings['read-aloud.start']]);
    }
    expect(synthesis.queue).to.deep.equal([]);
  });

  it('says so in a browser without speech synthesis', async () => {
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => undefined });
    const el = await fixture<BandTips>(html`<band-tips></band-tips>`);
    tools(el)[0].click();
    await el.updateComplete;
    expect(status(el)).to.equal((await readInterfaceStrings('nl'))['read-aloud.no-voice']);
  });

  it('is absent with no-read-aloud, and from <hulp-link>', async () => {
    const page = await widgetFixture(html`<div><band-tips no-read-aloud></band-tips><hechting-uitleg no-read-aloud></hechting-uitleg><hulp-link></hulp-link></div>`);
    expect(page.querySelectorAll('.hechting-read-aloud, .hechting-read-aloud-status')).to.have.length(0);
  });

  it('waits for a browser that lists its voices a moment after it is asked', async () => {
    synthesis.voices = [];
    const el = await fixture<BandTips>(html`<band-tips></band-tips>`);
    tools(el)[0].click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(synthesis.queue).to.deep.equal([]);
    synthesis.voices = [voice('nl-BE')];
    synthesis.dispatchEvent(new Event('voiceschanged'));
    await waitUntil(() => synthesis.queue.length > 0, 'nothing read once the voices were listed');
    await el.updateComplete;
    expect(synthesis.queue[0].lang).to.equal('nl-BE');
    expect(status(el)).to.equal('');
  });

  it('reads the text sentence by sentence in its language, marking each sentence', async () => {
    const content = await readContentFile('en', 'hechting-uitleg');
    const el = await fixture<HechtingUitleg>(html`<hechting-uitleg lang="en"></hechting-uitleg>`);
    const started = oneEvent(el, 'hechting-read-aloud');
    tools(el)[0].click();
    expect((await started).detail).to.deep.equal({ action: 'start', language: 'en' });
    const said = synthesis.queue.map((utterance) => utterance.text);
    // In English, but the Dutch terms (`lang="nl"`) in Dutch.
    const dutchTerms = [...el.querySelectorAll('span[lang="nl"]')].map(textOf);
    expect(dutchTerms).to.have.length.greaterThan(0);
    const dutch = synthesis.queue.filter((utterance) => utterance.lang !== 'en-GB');
    expect(dutch.map((utterance, i) => [saysTerm(utterance.text, dutchTerms[i]), utterance.lang, utterance.voice?.lang])).to.deep.equal(dutchTerms.map(() => [true, 'nl-NL', 'nl-NL']));
    expect(synthesis.queue.every((utterance) => utterance.voice?.lang === utterance.lang)).to.equal(true);
    // The title first, then every block of the content in sentences, in order; not the note.
    expect(said[0]).to.equal(content.title);
    expect(said.length).to.be.greaterThan(content.blocks.length);
    expect(
      inOrder(
        said.join(' '),
        content.blocks.map((block) => block.text),
      ),
    ).to.equal(true);
    expect(said.join(' ')).not.to.include(textOf(el.querySelector('.hechting-translation-note')!));
    // Each sentence is marked while it is read.
    synthesis.queue[1].dispatchEvent(new Event('start'));
    if (CSS.highlights) {
      const [range] = CSS.highlights.get('hechting-read-aloud')!;
      expect(range.toString()).to.equal(said[1]);
    }
  });

  it('says the Dutch terms of a translation with a Dutch voice, each in its sentence, never a bracket alone', async () => {
    const el = await fixture<BandTips>(html`<band-tips lang="en"></band-tips>`);
    tools(el)[0].click();
    const queue = synthesis.queue;
    const terms = [...el.querySelectorAll('span[lang="nl"]')];
    expect(terms.map(textOf)).to.include.members(['huisarts', 'consultatiebureau', 'jeugdarts']);
    const dutch = queue.filter((utterance) => utterance.lang === 'nl-NL');
    expect(dutch.map((utterance, i) => saysTerm(utterance.text, textOf(terms[i])) || utterance.text)).to.deep.equal(terms.map(() => true));
    expect(queue.filter((utterance) => !/[\p{L}\p{N}]/u.test(utterance.text)).map((utterance) => utterance.text)).to.deep.equal([]);
    // A term, the words before it and the words after it: the sentence, said in order.
    const sentence = terms[0].closest('p, li')!;
    const at = queue.indexOf(dutch[0]);
    expect(queue[at - 1].lang).to.equal('en-GB');
    expect(textOf(sentence).replace(/\s+/g, '')).to.include(
      queue
        .slice(at - 1, at + 2)
        .map((utterance) => utterance.text)
        .join('')
        .replace(/\s+/g, ''),
    );
    // The term is marked while it is said.
    startSaying(at);
    if (CSS.highlights) {
      const [range] = CSS.highlights.get('hechting-read-aloud')!;
      expect(range.toString()).to.equal(dutch[0].text);
    }
  });

  it('says a translated sentence whole, Dutch terms and all, on a device without a Dutch voice', async () => {
    synthesis.voices = [voice('en-GB')];
    const el = await fixture<BandTips>(html`<band-tips lang="en"></band-tips>`);
    tools(el)[0].click();
    const terms = [...el.querySelectorAll('span[lang="nl"]')].map(textOf);
    expect(synthesis.queue.every((utterance) => utterance.lang === 'en-GB')).to.equal(true);
    for (const term of terms)
      expect(
        synthesis.queue.some((utterance) => utterance.text.includes(term) && utterance.text.length > term.length + 4),
        term,
      ).to.equal(true);
  });

  it('pauses, goes on and stops, with the first button keeping the focus', async () => {
    const strings = await readInterfaceStrings('nl');
    const el = await fixture<BandTips>(html`<band-tips age="young"></band-tips>`);
    const [start] = tools(el);
    start.focus();
    start.click();
    await el.updateComplete;
    expect(tools(el).map(textOf)).to.deep.equal([strings['read-aloud.pause'], strings['read-aloud.stop']]);
    expectFocusOn(tools(el)[0]);
    tools(el)[0].click();
    await el.updateComplete;
    expect(synthesis.calls).to.include('pause');
    expect(tools(el).map(textOf)).to.deep.equal([strings['read-aloud.resume'], strings['read-aloud.stop']]);
    tools(el)[0].click();
    await el.updateComplete;
    expect(synthesis.calls).to.include('resume');
    const stopped = oneEvent(el, 'hechting-read-aloud');
    tools(el)[1].click();
    expect((await stopped).detail.action).to.equal('stop');
    await el.updateComplete;
    expect(tools(el).map(textOf)).to.deep.equal([strings['read-aloud.start']]);
    expect(CSS.highlights?.has('hechting-read-aloud') ?? false).to.equal(false);
  });

  it('is accessible, idle and while reading', async () => {
    const el = await fixture<BandTips>(html`<band-tips lang="ar"></band-tips>`);
    await expectAccessible(el);
    tools(el)[0].click();
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('ends by itself after the last sentence, and stops when the language changes', async () => {
    const el = await fixture<BandTips>(html`<band-tips age="young"></band-tips>`);
    tools(el)[0].click();
    const ended = oneEvent(el, 'hechting-read-aloud');
    synthesis.queue.at(-1)!.dispatchEvent(new Event('end'));
    expect((await ended).detail.action).to.equal('end');
    await el.updateComplete;
    expect(tools(el)).to.have.length(1);

    tools(el)[0].click();
    el.setAttribute('lang', 'ar');
    await widgetsRendered(el);
    expect(synthesis.calls.slice(-2)).to.deep.equal(['cancel', 'resume']);
    expect(tools(el)).to.have.length(1);
  });

  it('stops when the widget is taken off the page, as a page that changes its content does', async () => {
    const el = await fixture<BandTips>(html`<band-tips age="young"></band-tips>`);
    tools(el)[0].click(); // Lees voor
    startSaying(1);
    synthesis.calls = [];
    const actions: string[] = [];
    el.addEventListener('hechting-read-aloud', (event) => actions.push((event as CustomEvent).detail.action));
    el.remove();
    // The browser's speech queue is emptied: the voice falls silent.
    expect(synthesis.calls).to.deep.equal(['cancel', 'resume']);
    expect(CSS.highlights?.has('hechting-read-aloud') ?? false).to.equal(false);
    expect(actions).to.deep.equal(['stop']);
  });

  it('speaks after a pause and a stop: the queue is emptied and un-paused', async () => {
    const el = await fixture<BandTips>(html`<band-tips age="young"></band-tips>`);
    tools(el)[0].click(); // Lees voor
    await el.updateComplete;
    tools(el)[0].click(); // Pauzeer
    await el.updateComplete;
    synthesis.calls = [];
    tools(el)[1].click(); // Stop
    await el.updateComplete;
    expect(synthesis.calls).to.deep.equal(['cancel', 'resume']);
    // The focus goes to the button that stays.
    expectFocusOn(tools(el)[0]);
  });

  it('ignores the late events of a reading that was stopped', async () => {
    const el = await fixture<BandTips>(html`<band-tips age="young"></band-tips>`);
    tools(el)[0].click(); // Lees voor
    const first = [...synthesis.queue];
    await el.updateComplete;
    tools(el)[1].click(); // Stop
    await el.updateComplete;
    tools(el)[0].click(); // Lees voor, again
    await el.updateComplete;
    // The first reading's last sentence reports its end (or an error) after the second began.
    first.at(-1)!.dispatchEvent(new Event('end'));
    first[0].dispatchEvent(new Event('error'));
    await el.updateComplete;
    expect(tools(el)).to.have.length(2);
  });

  it('reads one widget at a time', async () => {
    const [first, second] = await Promise.all([fixture<BandTips>(html`<band-tips age="young"></band-tips>`), fixture<BandTips>(html`<hechting-uitleg></hechting-uitleg>`)]);
    tools(first)[0].click();
    tools(second)[0].click();
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(tools(first)).to.have.length(1);
    expect(tools(second)).to.have.length(2);
  });

  describe('a collapsible <hechting-uitleg>', () => {
    for (const lang of ['nl', 'en', 'ar']) {
      it(`reads the whole text, also of the closed sections, in order (${lang})`, async () => {
        const content = await readContentFile(lang, 'hechting-uitleg');
        const el = await fixture<HechtingUitleg>(html`<hechting-uitleg lang=${lang} collapsible></hechting-uitleg>`);
        expect(openSections(el)).to.deep.equal([false, false]);
        tools(el)[0].click();
        const said = synthesis.queue.map((utterance) => utterance.text).join(' ');
        // Each section's text as the page has it, and every block of the content file.
        expect(inOrder(said, collapsibleSections(el).map(textOfSection))).to.equal(true);
        expect(inOrder(said, [content.title, ...content.blocks.map((block) => block.text)])).to.equal(true);
      });
    }

    it('opens each closed section as the reading reaches it, leaves it open, and keeps the focus', async () => {
      const el = await fixture<HechtingUitleg>(html`<hechting-uitleg collapsible></hechting-uitleg>`);
      const toggles: unknown[] = [];
      el.addEventListener('hechting-section-toggle', (event) => toggles.push(event));
      tools(el)[0].focus();
      tools(el)[0].click();
      await el.updateComplete;
      const said = synthesis.queue.map((utterance) => utterance.text);
      const firsts = firstSentences(el, said);
      expect(firsts.every((first, i) => first > (firsts[i - 1] ?? 0))).to.equal(true);
      for (let i = 0; i < said.length; i++) {
        startSaying(i);
        // Open: the sections the reading has reached; closed: those still to come.
        expect(openSections(el), `at "${said[i]}"`).to.deep.equal(firsts.map((first) => first <= i));
        if (CSS.highlights) {
          const [range] = CSS.highlights.get('hechting-read-aloud')!;
          expect(range.toString()).to.equal(said[i]);
          expect(range.startContainer.parentElement!.checkVisibility(), `"${said[i]}" is visible`).to.equal(true);
        }
        expectFocusOn(tools(el)[0], `the first button, at "${said[i]}"`);
      }
      synthesis.queue.at(-1)!.dispatchEvent(new Event('end'));
      await el.updateComplete;
      expect(tools(el)).to.have.length(1);
      expect(openSections(el)).to.deep.equal([true, true]);
      // Opening by the reading is not the visitor's click: the host page is not told it was.
      expect(toggles).to.have.length(0);
    });

    it('does not undo what the visitor does: a section closed while read stays closed, one opened ahead stays open', async () => {
      const el = await fixture<HechtingUitleg>(html`<hechting-uitleg collapsible></hechting-uitleg>`);
      const [first, second] = collapsibleSections(el);
      tools(el)[0].click();
      await el.updateComplete;
      const queue = [...synthesis.queue];
      const [start, next] = firstSentences(
        el,
        queue.map((utterance) => utterance.text),
      );
      second.querySelector('button')!.click(); // opened ahead
      startSaying(start);
      expect(openSections(el)).to.deep.equal([true, true]);
      first.querySelector('button')!.click(); // closed while read
      for (let i = start + 1; i < next; i++) startSaying(i);
      expect(openSections(el)).to.deep.equal([false, true]);
      startSaying(next);
      expect(openSections(el)).to.deep.equal([false, true]);
      // After a stop, the late start of a sentence opens nothing.
      tools(el)[1].click();
      await el.updateComplete;
      startSaying(start, queue);
      expect(openSections(el)).to.deep.equal([false, true]);
    });

    it('pauses, goes on and stops, leaving the section being read open', async () => {
      const strings = await readInterfaceStrings('nl');
      const el = await fixture<HechtingUitleg>(html`<hechting-uitleg collapsible></hechting-uitleg>`);
      tools(el)[0].click();
      await el.updateComplete;
      const said = synthesis.queue.map((utterance) => utterance.text);
      const [, second] = firstSentences(el, said);
      // The reading is in the second section, past its title (the test skips ahead to it).
      startSaying(second);
      startSaying(second + 1);
      expect(openSections(el)).to.deep.equal([false, true]);
      tools(el)[0].click(); // Pauzeer
      await el.updateComplete;
      expect(synthesis.calls).to.deep.equal(['cancel', 'resume', 'pause']);
      expect(tools(el).map(textOf)).to.deep.equal([strings['read-aloud.resume'], strings['read-aloud.stop']]);
      tools(el)[0].click(); // Ga verder
      await el.updateComplete;
      expect(synthesis.calls.at(-1)).to.equal('resume');
      expect(tools(el).map(textOf)).to.deep.equal([strings['read-aloud.pause'], strings['read-aloud.stop']]);
      const stopped = oneEvent(el, 'hechting-read-aloud');
      tools(el)[1].click(); // Stop
      expect((await stopped).detail.action).to.equal('stop');
      await el.updateComplete;
      expect(synthesis.calls.slice(-2)).to.deep.equal(['cancel', 'resume']);
      expect(tools(el).map(textOf)).to.deep.equal([strings['read-aloud.start']]);
      expectFocusOn(tools(el)[0]);
      expect(CSS.highlights?.has('hechting-read-aloud') ?? false).to.equal(false);
      expect(openSections(el)).to.deep.equal([false, true]);
      // Read again, it reads the whole text again.
      tools(el)[0].click();
      expect(synthesis.queue.map((utterance) => utterance.text)).to.deep.equal(said);
    });
  });
});

describe('read aloud, when the voices come late', () => {
  it('reads nothing for a widget removed before the browser listed its voices', async () => {
    // Chrome often lists no voices until a moment after the page asked; a single-page app may
    // swap the widget out in that moment.
    const voices = synthesis.voices;
    synthesis.voices = [];
    const el = await widgetFixture<HechtingUitleg>(html`<hechting-uitleg></hechting-uitleg>`);
    tools(el)[0].click();
    el.remove();
    synthesis.voices = voices;
    synthesis.dispatchEvent(new Event('voiceschanged'));
    // The reading would have started in the same task as the event.
    await el.updateComplete;
    expect(synthesis.queue.map((utterance) => utterance.text)).to.deep.equal([]);
  });

  it('reads a widget that is still there when the voices come', async () => {
    const voices = synthesis.voices;
    synthesis.voices = [];
    const el = await widgetFixture<HechtingUitleg>(html`<hechting-uitleg></hechting-uitleg>`);
    tools(el)[0].click();
    synthesis.voices = voices;
    synthesis.dispatchEvent(new Event('voiceschanged'));
    await waitUntil(() => synthesis.queue.length > 0, 'nothing was read once the voices came', { timeout: 3000 });
    expect(synthesis.queue[0].text).to.equal(textOf(el.querySelector('.hechting-title')!));
  });
});

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { detailsOf } from '../content/render.js';
import { parseLanguage, type Language } from './languages.js';

type Host = ReactiveControllerHost & HTMLElement;
export type ReadAloudState = 'idle' | 'reading' | 'paused';

/** The name of the highlight that marks the sentence being read (see the stylesheet). */
const HIGHLIGHT = 'hechting-read-aloud';

// Parts of a widget that are not its text: its controls and the note on a translation.
const NOT_TEXT = '.hechting-languages, .hechting-translation-note, .hechting-read-aloud, .hechting-read-aloud-status, button';

/** The one widget reading aloud: the browser has one speech queue for the page. */
let reading: ReadAloudController | undefined;

const synthesis = (): SpeechSynthesis | undefined => globalThis.speechSynthesis;

/** Empties the speech queue; and un-pauses it, for a cancel leaves a paused queue paused (silent). */
function clear(speech: SpeechSynthesis) {
  speech.cancel();
  speech.resume();
}

/**
 * A voice on this device for `language`. Only local voices: a network voice (such as Chrome's
 * "Google" voices) would send the text to a third party.
 */
function voiceFor(language: Language): SpeechSynthesisVoice | undefined {
  return synthesis()
    ?.getVoices()
    .find((voice) => voice.localService && parseLanguage(voice.lang) === language);
}

/**
 * Resolves once the browser lists its voices: Chrome lists none until a page has asked, and then
 * only a moment later. For a browser that has none, after a second.
 */
function voicesListed(speech: SpeechSynthesis): Promise<void> {
  return new Promise((resolve) => {
    speech.addEventListener?.('voiceschanged', () => resolve(), { once: true });
    setTimeout(resolve, 1000);
  });
}

/** What one voice says: a sentence, or the part of one in another language than the widget's. */
interface Phrase {
  range: Range;
  voice: SpeechSynthesisVoice;
}

// Text with no letter or digit, such as the ")" after a Dutch term: no voice says it alone.
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/**
 * The text in `root` as phrases, in reading order, each a range of the page: all of it, also the
 * text of closed sections, for the visitor asked for the text, not for what is open. A sentence
 * is one phrase, said by `voice`; a part of it marked with another language (a Dutch term in a
 * translation, `<span lang="nl">`) is a phrase of its own, said by a voice for that language
 * where the device has one, as a screen reader would.
 */
function phrasesIn(root: Element, language: Language, voice: SpeechSynthesisVoice): Phrase[] {
  const blocks = [...root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, p, li')].filter((block) => !block.closest(NOT_TEXT));
  const segmenter = 'Segmenter' in Intl ? new Intl.Segmenter(language, { granularity: 'sentence' }) : undefined;
  return blocks.flatMap((block) => {
    // The block's text nodes, where each starts in the block's text, and the voice for its language.
    const nodes: { node: Text; start: number; voice: SpeechSynthesisVoice }[] = [];
    let text = '';
    const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const marked = parseLanguage(node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? '');
      nodes.push({ node, start: text.length, voice: (marked && marked !== language && voiceFor(marked)) || voice });
      text += node.data;
    }
    const at = (offset: number) => {
      let found = nodes[0];
      for (const entry of nodes) if (entry.start <= offset) found = entry;
      return [found.node, Math.min(offset - found.start, found.node.length)] as const;
    };
    const sentences = segmenter ? [...segmenter.segment(text)].map(({ index, segment }) => ({ index, segment })) : [{ index: 0, segment: text }];
    return sentences
      .filter(({ segment }) => segment.trim())
      .flatMap(({ index, segment }) => {
        const start = index + segment.length - segment.trimStart().length;
        const end = index + segment.trimEnd().length;
        // The sentence's runs of one voice.
        const runs: { start: number; end: number; voice: SpeechSynthesisVoice }[] = [];
        for (const entry of nodes) {
          const from = Math.max(start, entry.start);
          const to = Math.min(end, entry.start + entry.node.length);
          if (from >= to) continue;
          const last = runs.at(-1);
          if (last && (last.voice === entry.voice || !SAYS_SOMETHING.test(text.slice(from, to)))) last.end = to;
          else if (last && !SAYS_SOMETHING.test(text.slice(last.start, last.end))) Object.assign(last, { end: to, voice: entry.voice });
          else runs.push({ start: from, end: to, voice: entry.voice });
        }
        return runs.map((run) => {
          const range = block.ownerDocument.createRange();
          range.setStart(...at(run.start));
          range.setEnd(...at(run.end));
          return { range, voice: run.voice };
        });
      });
  });
}

/**
 * "Lees voor": reads a widget's whole text aloud with the browser's own speech synthesis, one
 * sentence after the other, opens each closed section as the reading reaches it, and marks the
 * sentence being read with the CSS Custom Highlight API (no other change to the page's DOM). It
 * only starts when the visitor asks. The voices are looked up then, not before: the button is
 * there from the first render, so that nothing on the page moves when a voice turns up, and a
 * device without a voice for the language says so when asked.
 */
export class ReadAloudController implements ReactiveController {
  state: ReadAloudState = 'idle';

  /** The language that the device was found to have no voice for, when the visitor asked. */
  noVoiceFor?: Language;

  /** The language being read, so that a switch of language stops the reading. */
  private _language?: Language;

  /** Counts readings, so that the events of a cancelled one (which come late) are ignored. */
  private _session = 0;

  constructor(
    private readonly _host: Host,
    private readonly _onChange: (action: 'start' | 'pause' | 'resume' | 'stop' | 'end') => void,
  ) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    if (this.state !== 'idle') this.stop();
  }

  /** Stops a reading in another language than `language`, the one the widget now shows. */
  follow(language: Language): void {
    if (this.state !== 'idle' && language !== this._language) this.stop();
  }

  start(root: Element, language: Language): void {
    const speech = synthesis();
    if (speech && !speech.getVoices().length) void voicesListed(speech).then(() => this._speak(speech, root, language));
    else this._speak(speech, root, language);
  }

  private _speak(speech: SpeechSynthesis | undefined, root: Element, language: Language) {
    // Removed while the browser listed its voices: nothing to read, and no Stop button to end it.
    if (!this._host.isConnected) return;
    const voice = voiceFor(language);
    if (!speech || !voice) {
      this.noVoiceFor = language;
      this._host.requestUpdate();
      return;
    }
    this.noVoiceFor = undefined;
    reading?.stop();
    clear(speech);
    reading = this;
    this._language = language;
    const session = ++this._session;
    const current = () => reading === this && session === this._session;
    const phrases = phrasesIn(root, language, voice);
    let section: HTMLDetailsElement | null = null;
    phrases.forEach(({ range, voice }, i) => {
      // A closed section opens when the reading reaches its title, so that the sentence read can
      // be seen; only then, so that a section the visitor closes while it is read stays closed.
      // What the reading opened stays open: the text just heard does not vanish from under the eyes.
      const here = range.startContainer.parentElement!.closest('.hechting-section');
      const details = here && detailsOf(here);
      const reached = details !== section && details;
      section = details;
      const utterance = new SpeechSynthesisUtterance(range.toString());
      utterance.lang = voice.lang;
      utterance.voice = voice;
      utterance.addEventListener('start', () => {
        if (!current()) return;
        if (reached) reached.open = true;
        this._mark(range);
      });
      if (i === phrases.length - 1) utterance.addEventListener('end', () => current() && this._finish('end'));
      utterance.addEventListener('error', () => current() && this.stop());
      speech.speak(utterance);
    });
    this._setState('reading', 'start');
  }

  pause(): void {
    synthesis()?.pause();
    this._setState('paused', 'pause');
  }

  resume(): void {
    synthesis()?.resume();
    this._setState('reading', 'resume');
  }

  stop(): void {
    const speech = synthesis();
    if (speech) clear(speech);
    this._finish('stop');
  }

  private _finish(action: 'stop' | 'end') {
    if (reading !== this || this.state === 'idle') return;
    reading = undefined;
    this._mark(undefined);
    this._setState('idle', action);
  }

  private _setState(state: ReadAloudState, action: 'start' | 'pause' | 'resume' | 'stop' | 'end') {
    this.state = state;
    this._host.requestUpdate();
    this._onChange(action);
  }

  /** Marks the sentence being read, where the browser has highlights (else reads unmarked). */
  private _mark(range: Range | undefined) {
    const highlights = globalThis.CSS?.highlights;
    if (!highlights) return;
    if (range) highlights.set(HIGHLIGHT, new Highlight(range));
    else highlights.delete(HIGHLIGHT);
  }
}

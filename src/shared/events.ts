import type { HechtingUitlegSection, Tip } from '../generated/content/ids.js';
import type { Language } from './languages.js';

/**
 * What each event of the elements tells, by event name: the `detail` of its CustomEvent. Every
 * event bubbles and is composed, so the host page can listen on the element, the document or
 * the window.
 */
export interface HechtingEventDetails {
  /** A visitor chose a language with the buttons (every element). */
  'hechting-language-change': { language: Language };
  /** A visitor started, paused, resumed or stopped reading aloud, or it ended (`<hechting-uitleg>`, `<band-tips>`). */
  'hechting-read-aloud': { action: 'start' | 'pause' | 'resume' | 'stop' | 'end'; language: Language };
  /** A visitor asked for the next tip; `tip` is the id of the tip now shown (`<band-tips>`). */
  'hechting-next-tip': { tip: Tip };
  /** A visitor opened or closed a section (`<hechting-uitleg>`). */
  'hechting-section-toggle': { section: HechtingUitlegSection; open: boolean };
  /** A visitor followed the help page or the phone number (`<hulp-link>`). */
  'hechting-help-link': { href: string; kind: 'page' | 'phone' };
}

/** The events of the elements, by name: `HechtingEventMap['hechting-next-tip']` is a `CustomEvent<{ tip: Tip }>`. */
export type HechtingEventMap = { [Type in keyof HechtingEventDetails]: CustomEvent<HechtingEventDetails[Type]> };

declare global {
  // For addEventListener on the elements, and on document and window, where the events bubble to.
  interface GlobalEventHandlersEventMap {
    'hechting-language-change': HechtingEventMap['hechting-language-change'];
    'hechting-read-aloud': HechtingEventMap['hechting-read-aloud'];
    'hechting-next-tip': HechtingEventMap['hechting-next-tip'];
    'hechting-section-toggle': HechtingEventMap['hechting-section-toggle'];
    'hechting-help-link': HechtingEventMap['hechting-help-link'];
  }
}

// The whole widget in one file: every element, all content. Loading it twice is harmless.
import './hechting-uitleg/define.js';
import './band-tips/define.js';
import './hulp-link/define.js';

// The events' types (nothing at run time): HechtingEventMap['hechting-next-tip'] and so on.
export type { HechtingEventDetails, HechtingEventMap } from './shared/events.js';

import { define } from '../shared/define.js';
import { HulpLink } from './hulp-link.js';

define('hulp-link', HulpLink);

// Types only (nothing at run time): without it, define.d.ts would lose the import of the class
// module, which is used only at run time here, and with it the HTMLElementTagNameMap entry that
// types document.createElement('hulp-link').
export type { HulpLink } from './hulp-link.js';

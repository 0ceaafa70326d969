import '../hulp-link/define.js';
import { define } from '../shared/define.js';
import { BandTips } from './band-tips.js';

define('band-tips', BandTips);

// Types only (nothing at run time): without it, define.d.ts would lose the import of the class
// module, which is used only at run time here, and with it the HTMLElementTagNameMap entry that
// types document.createElement('band-tips').
export type { BandTips } from './band-tips.js';

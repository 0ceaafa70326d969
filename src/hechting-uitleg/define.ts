import '../hulp-link/define.js';
import { define } from '../shared/define.js';
import { HechtingUitleg } from './hechting-uitleg.js';

define('hechting-uitleg', HechtingUitleg);

// Types only (nothing at run time): without it, define.d.ts would lose the import of the class
// module, which is used only at run time here, and with it the HTMLElementTagNameMap entry that
// types document.createElement('hechting-uitleg').
export type { HechtingUitleg } from './hechting-uitleg.js';

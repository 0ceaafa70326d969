// The one-file script for web pages (dist/hechting-widget.js): every element, and the page's
// placement links turned into elements. (The npm package's entry, hechting-widget.ts, defines
// the elements only: an application renders them itself.)
import './hechting-widget.js';
import { applyPageOptions, upgradePlacements } from './placement/placement.js';

applyPageOptions();
upgradePlacements();

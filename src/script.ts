// The one-file script for web pages (dist/hechting-widget.js): every element, and the page's
// placement links turned into elements. (The npm package's entry, hechting-widget.ts, defines
// the elements only: an application renders them itself.)
import './hechting-widget.js';
import { applyPageOptions, scriptFolder, upgradePlacements } from './placement/placement.js';

// Placements and a standalone page's options come only from the script's own folder.
const folder = scriptFolder();
applyPageOptions(folder);
upgradePlacements(folder);

// A project that uses the package, as its own TypeScript sees it (tests/build/package.test.mjs).
import 'hechting-widget';
import type { BandTips } from 'hechting-widget/band-tips.class.js';
import { HulpLink } from 'hechting-widget/hulp-link.class.js';

const tips: BandTips = document.createElement('band-tips');
tips.mode = 'tip-of-the-day';
tips.noReadAloud = true;

const help = document.querySelector('hulp-link');
if (help instanceof HulpLink) help.organization = 'Centrum voor Jeugd en Gezin';

// @ts-expect-error: a <hulp-link> is not a <band-tips>
export const wrong: BandTips = document.createElement('hulp-link');

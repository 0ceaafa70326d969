// The elements' events, typed for a project that imports the package (tests/build/package.test.mjs).
import 'hechting-widget';
import type { HechtingEventMap } from 'hechting-widget';

const tips = document.createElement('band-tips');
tips.addEventListener('hechting-next-tip', (event) => console.log(event.detail.tip.toUpperCase()));
tips.addEventListener('hechting-read-aloud', (event) => console.log(event.detail.action, event.detail.language));
document.createElement('hechting-uitleg').addEventListener('hechting-section-toggle', (event) => console.log(event.detail.section, event.detail.open === true));
document.createElement('hulp-link').addEventListener('hechting-help-link', (event) => console.log(event.detail.href, event.detail.kind === 'phone'));
// They bubble and are composed: the host page listens on document or window as well.
document.addEventListener('hechting-language-change', (event) => console.log(event.detail.language));
window.addEventListener('hechting-next-tip', (event) => console.log(event.detail.tip));

export const count = (event: HechtingEventMap['hechting-help-link']) => event.detail.kind;

// @ts-expect-error: the next tip's detail has no language
tips.addEventListener('hechting-next-tip', (event) => event.detail.language);
// @ts-expect-error: a link is followed as a page or a phone number, nothing else
export const kind: HechtingEventMap['hechting-help-link']['detail']['kind'] = 'mail';

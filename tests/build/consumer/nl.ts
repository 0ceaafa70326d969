// A project that imports only the Dutch-only entry, 'hechting-widget/nl' (tests/build/tarball.test.mjs):
// its elements and events are typed as those of 'hechting-widget', through HTMLElementTagNameMap.
import 'hechting-widget/nl';
import type { HechtingEventMap } from 'hechting-widget/nl';

const tips = document.createElement('band-tips');
tips.mode = 'tip-of-the-day';
tips.addEventListener('hechting-next-tip', (event) => console.log(event.detail.tip.toUpperCase()));
document.createElement('hechting-uitleg').sections = 'wat-is-hechting';
document.createElement('hulp-link').organization = 'Centrum voor Jeugd en Gezin';

export const count = (event: HechtingEventMap['hechting-help-link']) => event.detail.kind;

// @ts-expect-error: a <band-tips> has no organization
tips.organization = 'Centrum voor Jeugd en Gezin';

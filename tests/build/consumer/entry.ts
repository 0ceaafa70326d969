// A project that imports only the package's entry, 'hechting-widget' (tests/build/package.test.mjs):
// its elements are typed through HTMLElementTagNameMap without importing a class module.
import 'hechting-widget';

const tips = document.createElement('band-tips');
tips.mode = 'tip-of-the-day';
document.createElement('hechting-uitleg').sections = 'wat-is-hechting';
document.createElement('hulp-link').organization = 'Centrum voor Jeugd en Gezin';

// @ts-expect-error: a <band-tips> has no organization
tips.organization = 'Centrum voor Jeugd en Gezin';

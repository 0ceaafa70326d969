// A Vite + TypeScript project that imports the package and makes its elements with
// document.createElement (tests/build/tarball.test.mjs builds it and opens it in Chromium).
import 'hechting-widget';

const uitleg = document.createElement('hechting-uitleg');
uitleg.sections = 'veilige-basis';
uitleg.collapsible = true;

const tips = document.createElement('band-tips');
tips.mode = 'tip-of-the-day';
const shown = document.createElement('output');
shown.id = 'next-tips';
tips.addEventListener('hechting-next-tip', (event) => shown.append(event.detail.tip, ' '));

const help = document.createElement('hulp-link');
help.organization = 'Centrum voor Jeugd en Gezin';
help.phone = '0123 456 789';
help.lang = 'en';

document.querySelector('main')?.append(uitleg, tips, shown, help);

// The demo's themes, shared by the theme switcher (demo/themes.html) and the theming tests.
// Each theme is a class on the page (or a test's container) and the stylesheets it needs;
// paths are relative to the site root, where npm start and the test runner serve the project.

/** @typedef {{ id: string, label: string, className: string, stylesheets: string[] }} Theme */

/** @type {Theme[]} */
export const THEMES = [
  {
    id: 'kaal',
    label: 'Kale pagina: geen eigen stijl',
    className: 'demo-theme-kaal',
    stylesheets: [],
  },
  {
    id: 'donker',
    label: 'Donkere pagina',
    className: 'demo-theme-donker',
    stylesheets: ['/demo/themes/donker.css'],
  },
  {
    id: 'utrecht',
    label: 'NL Design System: Gemeente Utrecht',
    className: 'utrecht-theme demo-theme-utrecht',
    stylesheets: ['/node_modules/@utrecht/design-tokens/dist/index.css', '/demo/themes/utrecht.css'],
  },
  {
    id: 'voorbeeld',
    label: 'NL Design System: Voorbeeld (--basis-*)',
    className: 'voorbeeld-theme demo-theme-voorbeeld',
    stylesheets: ['/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css', '/demo/themes/voorbeeld.css'],
  },
  {
    id: 'kinderopvang',
    label: 'Kinderopvang: eigen huisstijl met --hechting-* tokens',
    className: 'demo-theme-kinderopvang',
    stylesheets: ['/demo/themes/kinderopvang.css'],
  },
];

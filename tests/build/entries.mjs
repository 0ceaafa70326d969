// What each entry of the package defines when an application imports it: the one table that
// tarball.test.mjs checks in Chromium, from the packed tarball, and checks the README's table of
// imports against, and that element-bundles.test.mjs checks the text of each element's bundle by.
const ALL = ['hechting-uitleg', 'band-tips', 'hulp-link'];

export const DEFINES = {
  'hechting-widget': ALL,
  'hechting-widget/nl': ALL,
  // <hechting-uitleg> and <band-tips> render a <hulp-link> for hulp-href, so they define it too.
  'hechting-widget/hechting-uitleg.js': ['hechting-uitleg', 'hulp-link'],
  'hechting-widget/band-tips.js': ['band-tips', 'hulp-link'],
  'hechting-widget/hulp-link.js': ['hulp-link'],
  'hechting-widget/hechting-uitleg.class.js': [],
  'hechting-widget/band-tips.class.js': [],
  'hechting-widget/hulp-link.class.js': [],
  // The server renderer: HTML for a server's page, no element.
  'hechting-widget/server': [],
  'hechting-widget/dist/hechting-widget.js': ALL,
};

import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame, useEverything, type FramePage } from './helpers.js';

// The widget on a host page (tests/pages/embed.html), watched from before its script runs by
// tests/pages/record.js, through everything a visitor can do.

/**
 * The paths the page requested, after the page itself; without the test server's own script,
 * which it adds to every page it serves from disk.
 */
const requests = (page: FramePage) =>
  page.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => !path.startsWith('/__web-dev-server'));

describe('privacy', () => {
  it('makes no request after its own script: not on mount, attribute changes, language switches, disclosures or tips', async () => {
    const page = await loadFrame('/tests/pages/embed.html');
    expect(requests(page)).to.deep.equal(['/tests/pages/record.js', '/dist/hechting-widget.js']);
    await useEverything(page);
    expect(requests(page)).to.deep.equal(['/tests/pages/record.js', '/dist/hechting-widget.js']);
    // The record is live: a request the widget never makes shows up.
    await (await page.window.fetch('/tests/pages/record.js?control')).text();
    await waitUntil(() => requests(page).length === 3, 'the control request was not recorded');
  });

  it('stores nothing: no cookie, localStorage, sessionStorage, IndexedDB or Cache Storage', async () => {
    const page = await loadFrame('/tests/pages/embed.html');
    await useEverything(page);
    expect(page.recorded.storage).to.deep.equal([]);
    expect(page.document.cookie).to.equal('');
    // The record is live: a store the widget never makes shows up.
    page.window.sessionStorage.setItem('control', '1');
    page.window.sessionStorage.removeItem('control');
    expect(page.recorded.storage).to.deep.equal(['sessionStorage.setItem(control)']);
  });

  it("adds no window globals beyond Lit's own", async () => {
    const page = await loadFrame('/tests/pages/embed.html');
    await useEverything(page);
    const before = new Set([...page.recorded.globalsBefore, 'hechtingTest']);
    const added = Object.getOwnPropertyNames(page.window).filter((name) => !before.has(name));
    // Lit records its versions on window, so that two copies on one page can be told apart, and
    // keeps its decorators' property metadata there.
    expect(added.sort()).to.deep.equal(['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions']);
  });
});

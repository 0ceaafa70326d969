// The WordPress plugin in a real WordPress (Debian's, with MariaDB and PHP; scripts/wordpress.mjs
// starts it): installed from its zip through WordPress's own upload, its blocks inserted and set
// through the block editor's own interface by an Administrator and by an Author, its shortcodes
// and a placement in the same post, its settings page, and switched off and deleted again. In
// Chromium, as a site owner and a visitor see it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeRelease } from '../../scripts/release.mjs';
import { ownFiles } from '../../scripts/wordpress-plugin.mjs';
import { startWordPress } from '../../scripts/wordpress.mjs';
import { launchChromium, tab as openTab, scriptTags, STORED_OPTIONS, uploadAndActivate } from './helpers.mjs';

const HELP_PAGE = 'https://www.gemeente.example/opvoeden';

/**
 * The options each user sets in the sidebar, by the controls' Dutch labels, and the attributes the
 * published element must then carry (null: must not carry).
 */
const BLOCKS = {
  admin: [
    {
      block: 'hechting-uitleg',
      controls: [
        ['checkbox', 'Goede band opbouwen', false],
        ['toggle', 'Onderdelen gaan open met een klik'],
        ['select', 'Niveau van de titel', '3'],
      ],
      attributes: { sections: 'veilige-basis', collapsible: '', 'heading-level': '3' },
    },
    {
      block: 'band-tips',
      controls: [
        ['select', 'Leeftijd van het kind', 'young'],
        ['toggle', 'Taalknoppen'],
      ],
      attributes: { age: 'young', languages: 'nl en ar tr pl uk' },
    },
    {
      block: 'hulp-link',
      controls: [
        ['text', 'Adres van uw hulppagina', HELP_PAGE],
        ['text', 'Organisatie', 'Centrum voor Jeugd en Gezin'],
        ['text', 'Telefoonnummer', '0800 1234'],
      ],
      attributes: { href: HELP_PAGE, organization: 'Centrum voor Jeugd en Gezin', phone: '0800 1234' },
    },
  ],
  author: [
    {
      block: 'hechting-uitleg',
      controls: [
        ['select', 'Taal', 'en'],
        ['toggle', 'Geen knop ‘Lees voor’'],
      ],
      attributes: { lang: 'en', 'no-read-aloud': '' },
    },
    {
      block: 'band-tips',
      controls: [
        ['select', 'Toon', 'tip-of-the-day'],
        ['checkbox', 'Speel met je kind, bijvoorbeeld door liedjes te zingen of muziek te maken.', false],
        ['select', 'Niveau van de titel', '4'],
      ],
      attributes: { mode: 'tip-of-the-day', tips: 'reageer maak-contact troost gevoelens', 'heading-level': '4' },
    },
    {
      block: 'hulp-link',
      controls: [
        ['text', 'Linktekst', 'Vragen over opvoeden?'],
        ['toggle', 'Verberg de titel'],
        // The sidebar says at once what the element will not use; the page leaves it out.
        ['refused', 'Adres van uw hulppagina', 'javascript:alert(1)'],
      ],
      attributes: { label: 'Vragen over opvoeden?', 'no-title': '', href: null },
    },
  ],
};

let wp;
let browser;
let pluginZip;
let integrity;

/** A new tab with `user` logged in (none: a visitor's). */
const tab = (user) => openTab(browser, wp, user);

/** The server's HTML of a page, as a visitor gets it. */
const source = async (path) => (await fetch(new URL(path, wp.url))).text();

/** The control in the block sidebar that `label` labels. */
async function control(page, label) {
  const id = await page.$$eval('.block-editor-block-inspector label', (labels, text) => labels.find((l) => l.textContent.trim() === text)?.htmlFor, label);
  assert.ok(id, `no control labelled "${label}" in the block sidebar`);
  return page.$(`[id="${id}"]`);
}

/** Inserts `block` through the inserter, by its Dutch title, and sets `controls` in the sidebar. */
async function insertBlock(page, block, title, controls) {
  await page.click('.edit-post-header-toolbar__inserter-toggle');
  const search = await page.waitForSelector('.block-editor-inserter__search input');
  await search.type(title);
  await (await page.waitForSelector(`.block-editor-block-types-list__item.editor-block-list-item-hechting-widget-${block}`)).click();
  await page.waitForSelector(`.block-editor-block-list__block[data-type="hechting-widget/${block}"].is-selected`);
  if (await page.$('.edit-post-editor__inserter-panel')) await page.click('.edit-post-header-toolbar__inserter-toggle');
  const settings = await page.$('.interface-pinned-items button[aria-pressed="false"]');
  await settings?.click();
  await page.waitForSelector('.block-editor-block-inspector .components-panel__body');
  for (const [kind, label, value] of controls) {
    const input = await control(page, label);
    if (kind === 'select') await input.select(value);
    else if (kind === 'text') await input.type(value);
    else if (kind === 'refused') {
      await input.type(value);
      const notice = await page.waitForSelector('.block-editor-block-inspector .components-notice.is-warning');
      assert.match(await notice.evaluate((element) => element.textContent), /Wordt niet gebruikt: alleen adressen die beginnen met https:\/\//);
    } else if (kind === 'toggle' || (await input.evaluate((checkbox) => checkbox.checked)) !== value) await input.click();
  }
}

/** Writes a post as `user` through the block editor with every block and its options; resolves to its address. */
async function publishWithBlocks(user, postTitle) {
  const page = await tab(user);
  await page.goto(`${wp.url}/wp-admin/post-new.php`);
  await page.waitForSelector('.edit-post-visual-editor');
  if (await page.waitForSelector('.edit-post-welcome-guide', { timeout: 5000 }).catch(() => null)) {
    await page.keyboard.press('Escape');
    await page.waitForSelector('.edit-post-welcome-guide', { hidden: true });
  }
  await (await page.waitForSelector('.editor-post-title__input')).click();
  await page.keyboard.type(postTitle);
  const titles = { 'hechting-uitleg': 'Hechting uitgelegd', 'band-tips': 'Tips voor een goede band', 'hulp-link': 'Hulp voor ouders' };
  for (const { block, controls, attributes } of BLOCKS[user]) {
    await insertBlock(page, block, titles[block], controls);
    // The preview is the element itself, with the options as they are set.
    const preview = `.block-editor-block-list__block[data-type="hechting-widget/${block}"] ${block}`;
    await page.waitForFunction((selector) => document.querySelector(selector)?.querySelector('.hechting-widget'), {}, preview);
    // What the element is given (a refused value too: the element checks it as any attribute).
    const given = Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== null));
    assert.deepEqual(
      await page.$eval(preview, (element, names) => Object.fromEntries(names.map((name) => [name, element.getAttribute(name)])), Object.keys(given)),
      given,
      `${user}'s preview of ${block}`,
    );
  }
  // The preview's links and buttons do not act in the editor: a click on its help page's link
  // (where the user gave one) reaches no link.
  if (BLOCKS[user].some(({ block, attributes }) => block === 'hulp-link' && attributes.href)) {
    await page.evaluate(() => document.addEventListener('click', (event) => (window.clickedLink = event.composedPath().some((node) => node.localName === 'a')), true));
    await page.click('.block-editor-block-list__block[data-type="hechting-widget/hulp-link"] hulp-link a');
    assert.equal(await page.evaluate(() => window.clickedLink), false, "a click on the preview's link reached the link");
  }
  await page.click('.editor-post-publish-panel__toggle');
  await (await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button')).click();
  await page.waitForSelector('.post-publish-panel__postpublish');
  const link = await page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
  assert.deepEqual(page.errors, [], `errors in the editor: ${page.errors.join('; ')}`);
  await page.close();
  return link;
}

/** Checks a published page as a visitor: each element with `expected` attributes has rendered its text, and the script is there once with its integrity value. */
async function assertPublished(link, expected) {
  const html = await source(link);
  const scripts = scriptTags(html);
  assert.equal(scripts.length, 1, `the script should be on the page once: ${scripts.join('\n')}`);
  assert.match(scripts[0], new RegExp(`integrity="${integrity.replace(/[+/]/g, '\\$&')}"`));
  assert.match(scripts[0], /crossorigin="anonymous"/);
  assert.ok(html.indexOf(scripts[0]) < html.indexOf('</head>'), 'the script is in the <head>');
  const page = await tab();
  await page.goto(link);
  for (const { block, attributes } of expected) {
    const selector = `${block}${Object.entries(attributes)
      .map(([name, value]) => (value === null ? `:not([${name}])` : `[${name}="${value}"]`))
      .join('')}`;
    await page
      .waitForFunction((s) => document.querySelector(s)?.querySelector('.hechting-widget')?.textContent.trim().length > 20, {}, selector)
      .catch(() => assert.fail(`no rendered ${selector} on ${link}`));
  }
  assert.deepEqual(page.errors, []);
  return page;
}

describe('the WordPress plugin in a real WordPress', { timeout: 600_000 }, () => {
  before(async () => {
    const paths = await writeRelease(await mkdtemp(join(tmpdir(), 'hechting-wordpress-')));
    pluginZip = paths.wordpress;
    integrity = (await readFile('dist/hechting-widget.js.sri', 'utf8')).trim();
    wp = await startWordPress();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    // On a failure, what PHP said, without WordPress 6.1's own notices under PHP 8.2 and its failed calls home.
    if (process.exitCode && wp)
      console.log(
        (await wp.log())
          .split('\n')
          .filter((line) => !/PHP Deprecated|WordPress\.org|Accepted|Closing/.test(line))
          .slice(-80)
          .join('\n'),
      );
    await wp?.stop();
  });

  it('has PHP files that all pass php -l', async () => {
    for (const file of (await ownFiles()).filter((name) => name.endsWith('.php'))) {
      assert.match(execFileSync('php', ['-l', join('wordpress', file)], { encoding: 'utf8' }), /No syntax errors/, file);
    }
  });

  it('installs through Plugins → Add New → Upload plugin, and activates', async () => {
    const page = await tab('admin');
    await uploadAndActivate(page, `${wp.url}/wp-admin`, pluginZip);
    // The plugin's row, translated: its settings link is in Dutch.
    assert.equal(await page.$eval('tr[data-slug="hechting-widget"] a[href*="page=hechting-widget"]', (link) => link.textContent), 'Instellingen');
    await page.close();
  });

  it('puts the script on every front-end page once, in the <head>, with its integrity value', async () => {
    const scripts = scriptTags(await source('/'));
    assert.equal(scripts.length, 1, scripts.join('\n'));
    assert.match(scripts[0], /\/wp-content\/plugins\/hechting-widget\/hechting-widget\.js/);
  });

  let adminPost;
  it('lets an Administrator insert every block through the editor, set its options in the sidebar and publish', async () => {
    adminPost = await publishWithBlocks('admin', 'Hechting op onze opvang');
    const page = await assertPublished(adminPost, BLOCKS.admin);
    // The options did what they say: one section, collapsible, under an h3.
    assert.equal(await page.$$eval('hechting-uitleg .hechting-section:has(.hechting-disclosure)', (sections) => sections.length), 1);
    assert.equal(await page.$eval('hechting-uitleg h3', (heading) => heading.textContent.trim()), 'Wat is hechting en waarom is het belangrijk?');
    assert.equal(await page.$eval(`hulp-link a[href="${HELP_PAGE}"]`, (link) => link.href), HELP_PAGE);
    await page.close();
  });

  let authorPost;
  it('lets an Author do the same, and their post keeps the blocks', async () => {
    authorPost = await publishWithBlocks('author', 'Tips van de auteur');
    const page = await assertPublished(authorPost, BLOCKS.author);
    assert.equal(await page.$eval('hechting-uitleg h2, hechting-uitleg h3', (heading) => heading.textContent.trim()), 'What is attachment and why is it important?');
    assert.equal(await page.$eval('band-tips h4', (heading) => heading.textContent.trim()), 'Hoe bouw ik een goede band op met mijn kind?');
    await page.close();
  });

  it('makes the shortcodes and a placement link in the same post into their elements', async () => {
    const id = Number(await wp.php(`echo url_to_postid(${JSON.stringify(authorPost)});`));
    // Added as the Author, through WordPress's own filters for a user without unfiltered_html.
    await wp.php(`
      wp_set_current_user(get_user_by('login', ${JSON.stringify(wp.users.author.login)})->ID);
      kses_init();
      $post = get_post(${id});
      wp_update_post(['ID' => ${id}, 'post_content' => $post->post_content . "\\n\\n" . '<!-- wp:paragraph --><p>Lees hieronder meer over hechting.</p><!-- /wp:paragraph -->'
        . '<!-- wp:shortcode -->[band_tips age="older" heading-level="3" languages]<!-- /wp:shortcode -->'
        . '<!-- wp:shortcode -->[hechting_uitleg sections="goede-band" collapsible]<!-- /wp:shortcode -->'
        . '<!-- wp:shortcode -->[hulp_link phone="0800-5678"]<!-- /wp:shortcode -->'
        . '<!-- wp:paragraph --><p><a href="/wp-content/plugins/hechting-widget/nl/hulp-link.html?organization=GGD#hechting-widget">Hulp en advies voor ouders</a></p><!-- /wp:paragraph -->'
        . '<!-- wp:paragraph --><p><a href="/blog/hechting#reacties">Reacties op hechting</a></p><!-- /wp:paragraph -->']);
    `);
    const page = await assertPublished(authorPost, [
      { block: 'band-tips', attributes: { age: 'older', 'heading-level': '3', languages: '' } },
      { block: 'hechting-uitleg', attributes: { sections: 'goede-band', collapsible: '' } },
      { block: 'hulp-link', attributes: { phone: '0800-5678' } },
      { block: 'hulp-link', attributes: { organization: 'GGD' } },
    ]);
    assert.equal(await page.$$eval('hechting-uitleg[sections="goede-band"] .hechting-section:has(.hechting-disclosure)', (sections) => sections.length), 1);
    // `languages` alone: a button for every language.
    assert.equal(await page.$$eval('band-tips[age="older"] .hechting-languages button', (buttons) => buttons.length), 6);
    await page.close();
  });

  it('leaves the widget text out of the excerpt and the feed', async () => {
    const id = Number(await wp.php(`echo url_to_postid(${JSON.stringify(authorPost)});`));
    const excerpt = await wp.php(`echo get_the_excerpt(${id});`);
    assert.match(excerpt, /Lees hieronder meer over hechting\./);
    // A link of its own in a paragraph that is no placement stays.
    assert.match(excerpt, /Reacties op hechting/);
    for (const title of ['Wat is hechting', 'What is attachment', 'Hoe bouw ik', 'Hulp en advies voor ouders', 'Vragen over opvoeden'])
      assert.ok(!excerpt.includes(title), `the excerpt has "${title}": ${excerpt}`);
    const feed = await source('/?feed=rss2');
    const item = feed.split('<item>').find((part) => part.includes('Tips van de auteur'));
    const description = item.match(/<description><!\[CDATA\[([^]*?)\]\]><\/description>/)[1];
    for (const title of ['Wat is hechting', 'Hoe bouw ik', 'Hulp en advies voor ouders']) assert.ok(!description.includes(title), `the feed's description has "${title}": ${description}`);
    // The full text in the feed: each block a paragraph of its own with a link to its text.
    const content = item.match(/<content:encoded><!\[CDATA\[([^]*?)\]\]><\/content:encoded>/)[1];
    assert.match(content, /<p><a href="[^"]*\/wp-content\/plugins\/hechting-widget\/en\/hechting-uitleg\.html">What is attachment and why is it important\?<\/a><\/p>/);
    assert.match(content, /<p><a href="[^"]*\/wp-content\/plugins\/hechting-widget\/nl\/band-tips\.html">Hoe bouw ik een goede band op met mijn kind\?<\/a><\/p>/);
    assert.ok(!/<(hechting-uitleg|band-tips|hulp-link)\b/.test(content), 'no empty elements in the feed');
  });

  it('has a settings page that saves a help page for every help link without one, refuses javascript:, and is closed to an Author', async () => {
    const page = await tab('admin');
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=hechting-widget`);
    assert.equal(await page.$eval('.wrap h1', (heading) => heading.textContent), 'Instellingen van de hechting-widget');
    await page.type('#help_href', 'https://www.gemeente.example/hulp');
    await page.type('#help_organization', 'Gemeente Voorbeeld');
    await page.type('#help_phone', '14 020');
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    assert.ok(await page.$('#setting-error-settings_updated'), 'saved');
    // A help link with no options of its own shows the site's.
    const id = await wp.php(`
      wp_set_current_user(get_user_by('login', ${JSON.stringify(wp.users.author.login)})->ID);
      echo wp_insert_post(['post_title' => 'Hulp', 'post_status' => 'publish', 'post_content' => '<!-- wp:hechting-widget/hulp-link /-->']);
    `);
    const visitor = await tab();
    await visitor.goto(`${wp.url}/?p=${id}`);
    await visitor.waitForSelector('hulp-link a[href="https://www.gemeente.example/hulp"]');
    assert.match(await visitor.$eval('hulp-link', (element) => element.textContent), /Gemeente Voorbeeld[^]*14 020/);
    // And at the end of the other texts, which name no help page of their own.
    await visitor.goto(adminPost);
    for (const block of ['hechting-uitleg', 'band-tips']) await visitor.waitForSelector(`${block} hulp-link a[href="https://www.gemeente.example/hulp"]`);
    await visitor.close();
    // javascript: is refused with a message, and the saved address stays.
    await page.$eval('#help_href', (input) => (input.value = ''));
    await page.type('#help_href', 'javascript:alert(1)');
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    assert.match(await page.$eval('#setting-error-help_href', (notice) => notice.textContent), /niet bewaard/);
    assert.equal(await page.$eval('#help_href', (input) => input.value), 'https://www.gemeente.example/hulp');
    assert.equal(await wp.php(`echo get_option('hechting_widget')['help_href'];`), 'https://www.gemeente.example/hulp');
    // An address on this site starts with /; a bare word is not made into http://word.
    assert.equal(
      await wp.php(`echo json_encode(array_map('HechtingWidget\\checked_address', ['/opvoeden', 'opvoeden', 'tel:+3114020', 'data:text/html,x']));`),
      '["\\/opvoeden","","tel:+3114020",""]',
    );
    await page.close();
    const author = await tab('author');
    await author.goto(`${wp.url}/wp-admin/options-general.php?page=hechting-widget`);
    // WordPress's refusal (wp_die), without the form.
    assert.ok(await author.$('.wp-die-message'), 'an Author is refused the settings page');
    assert.equal(await author.$('#help_href'), null);
    await author.close();
  });

  it('loads the Dutch-only script, with its own integrity value, once the settings ask for it', async () => {
    const page = await tab('admin');
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=hechting-widget`);
    const save = async () => {
      await page.click('#dutch_only');
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    };
    await save();
    try {
      const scripts = scriptTags(await source(adminPost));
      assert.equal(scripts.length, 1, scripts.join('\n'));
      assert.match(scripts[0], /\/hechting-widget\.nl\.js/);
      assert.ok(scripts[0].includes(`integrity="${(await readFile('dist/hechting-widget.nl.js.sri', 'utf8')).trim()}"`), scripts[0]);
    } finally {
      await save();
    }
    assert.match(scriptTags(await source(adminPost))[0], /\/hechting-widget\.js/);
    await page.close();
  });

  it('works with a classic theme too', async () => {
    await wp.php(`switch_theme('twentytwentyone');`);
    try {
      await (await assertPublished(adminPost, BLOCKS.admin)).close();
    } finally {
      await wp.php(`switch_theme('twentytwentythree');`);
    }
  });

  it('loads the script once where a theme or another plugin already loads it (here as a dependency of its own script)', async () => {
    await wp.php(`
      @mkdir(WPMU_PLUGIN_DIR, 0755, true);
      file_put_contents(WPMU_PLUGIN_DIR . '/theme-copy.php', '<?php add_action("wp_enqueue_scripts", function () { wp_register_script("theme-hechting", plugins_url("hechting-widget/hechting-widget.js"), array(), null); wp_enqueue_script("theme-main", includes_url("js/wp-embed.min.js"), array("theme-hechting"), null); });');
    `);
    try {
      const scripts = scriptTags(await source(adminPost));
      assert.equal(scripts.length, 1, scripts.join('\n'));
      assert.match(scripts[0], /id=["']theme-hechting-js["']/);
    } finally {
      await wp.php(`unlink(WPMU_PLUGIN_DIR . '/theme-copy.php');`);
    }
  });

  it('takes the script away when deactivated, and its option when deleted', async () => {
    const page = await tab('admin');
    await page.goto(`${wp.url}/wp-admin/plugins.php`);
    await Promise.all([page.waitForNavigation(), page.click('tr[data-slug="hechting-widget"] .deactivate a')]);
    assert.deepEqual(scriptTags(await source(adminPost)), []);
    assert.notEqual(await wp.php(`var_export(get_option('hechting_widget', false) !== false);`), 'false', 'the settings are kept while deactivated');
    page.on('dialog', (dialog) => dialog.accept());
    await page.click('tr[data-slug="hechting-widget"] .delete a');
    await page.waitForSelector('.plugin-deleted-tr');
    assert.equal(await wp.php(STORED_OPTIONS), '');
    assert.equal(await wp.php(`echo is_dir(WP_PLUGIN_DIR . '/hechting-widget') ? 'there' : 'gone';`), 'gone');
    await page.close();
  });
});

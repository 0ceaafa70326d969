// The WordPress plugin on a network (multisite): uploaded and activated for the whole network in
// the network admin, its blocks and shortcodes kept in a post on the second site (where even an
// Administrator's own HTML loses the elements), and every site's setting gone when it is deleted.
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeRelease } from '../../scripts/release.mjs';
import { startMultisite } from '../../scripts/wordpress.mjs';
import { launchChromium, scriptTags, STORED_OPTIONS, tab, uploadAndActivate } from './helpers.mjs';

describe('the WordPress plugin on a network', { timeout: 600_000 }, () => {
  let wp;
  let browser;
  let pluginZip;
  before(async () => {
    pluginZip = (await writeRelease(await mkdtemp(join(tmpdir(), 'hechting-multisite-')))).wordpress;
    wp = await startMultisite();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await wp?.stop();
  });

  it('is activated for the whole network, and its blocks and shortcodes show on the second site', async () => {
    const page = await tab(browser, wp, 'admin');
    // In the network admin, the activation button activates for every site.
    await uploadAndActivate(page, `${wp.url}/wp-admin/network`, pluginZip);
    assert.equal(await wp.php(`echo is_plugin_active_for_network('hechting-widget/hechting-widget.php') ? 'network' : 'no';`), 'network');
    // A post by the second site's Administrator, who on a network has no unfiltered_html either.
    const post = await wp.php(`
      switch_to_blog(get_id_from_blogname('tweede'));
      $user = wp_insert_user(['user_login' => 'sitebeheerder', 'user_pass' => wp_generate_password(), 'user_email' => 'sitebeheerder@gemeente.example', 'role' => 'administrator']);
      wp_set_current_user($user);
      kses_init();
      $id = wp_insert_post(['post_title' => 'Hechting op de tweede site', 'post_status' => 'publish', 'post_content' =>
        '<!-- wp:hechting-widget/band-tips {"age":"young"} /--><!-- wp:shortcode -->[hulp_link organization="GGD"]<!-- /wp:shortcode -->'
        . '<!-- wp:html --><hechting-uitleg></hechting-uitleg><!-- /wp:html -->']);
      echo current_user_can('unfiltered_html') ? 'unfiltered ' : '', get_permalink($id);
    `);
    assert.doesNotMatch(post, /^unfiltered/, "the second site's Administrator has no unfiltered_html");
    const html = await (await fetch(post)).text();
    assert.equal(scriptTags(html).length, 1, scriptTags(html).join('\n'));
    assert.ok(!html.includes('<hechting-uitleg'), "WordPress's filter took the element out of the Administrator's own HTML");
    const visitor = await tab(browser, wp);
    await visitor.goto(post);
    for (const selector of ['band-tips[age="young"]', 'hulp-link[organization="GGD"]']) {
      await visitor.waitForFunction((s) => document.querySelector(s)?.querySelector('.hechting-widget'), {}, selector);
    }
    assert.deepEqual(visitor.errors, []);
    await visitor.close();
    await page.close();
  });

  it("removes every site's setting when deleted from the network", async () => {
    await wp.php(`
      foreach (get_sites(['fields' => 'ids']) as $site) { switch_to_blog($site); update_option('hechting_widget', ['help_href' => '/hulp']); restore_current_blog(); }
    `);
    const page = await tab(browser, wp, 'admin');
    await page.goto(`${wp.url}/wp-admin/network/plugins.php`);
    await Promise.all([page.waitForNavigation(), page.click('tr[data-slug="hechting-widget"] .deactivate a')]);
    page.on('dialog', (dialog) => dialog.accept());
    await page.click('tr[data-slug="hechting-widget"] .delete a');
    await page.waitForSelector('.plugin-deleted-tr');
    for (const site of JSON.parse(await wp.php(`echo json_encode(get_sites(['fields' => 'ids']));`))) {
      assert.equal(await wp.php(`switch_to_blog(${site}); ${STORED_OPTIONS}`), '', `site ${site}`);
    }
    await page.close();
  });
});

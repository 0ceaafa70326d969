// What the WordPress tests share: a Chromium that reaches only this machine, logged-in tabs, the
// plugin's upload through WordPress's own page, and the widget's script tags in a page's source.
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngine } from '../../scripts/browsers.mjs';

/** Chromium for WordPress's pages; nothing leaves the machine (WordPress names fonts, emoji and update servers). */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: findEngine('chromium'),
    headless: true,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
  });
}

/**
 * A new tab on `wp`'s site with `user` (a key of wp.users) logged in, or a visitor's, in a context
 * of its own (its own cookies); `page.errors` collects its uncaught errors.
 */
export async function tab(browser, wp, user) {
  const page = await (await browser.createBrowserContext()).newPage();
  page.setDefaultTimeout(60_000);
  await page.setViewport({ width: 1400, height: 1000 });
  // The editor's panels slide in: a click on a button that is still moving can miss it. With
  // less motion, as a visitor may set it, they are where they end at once.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  if (user) {
    await page.goto(`${wp.url}/wp-login.php`);
    // The login page focuses and selects the user name 200 ms after it loads: typed before that,
    // part of a name or password would land in the wrong field, or be replaced.
    await page.waitForFunction(() => document.activeElement?.id === 'user_login');
    await page.type('#user_login', wp.users[user].login);
    await page.type('#user_pass', wp.users[user].password);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    assert.ok(!new URL(page.url()).pathname.endsWith('/wp-login.php'), `${user} is not logged in: ${await page.$eval('#login_error', (error) => error.textContent.trim()).catch(() => page.url())}`);
  }
  return page;
}

/** Uploads the plugin's zip through `admin`'s Plugins → Add New → Upload plugin page and clicks the activation button it offers. */
export async function uploadAndActivate(page, admin, zip) {
  await page.goto(`${admin}/plugin-install.php`);
  await page.click('.upload-view-toggle');
  await (await page.waitForSelector('#pluginzip', { visible: true })).uploadFile(zip);
  await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
  await Promise.all([page.waitForNavigation(), page.click('.wrap a.button-primary[href*="action=activate"]')]);
  assert.match(await page.$eval('tr[data-slug="hechting-widget"]', (row) => row.className), /\bactive\b/);
}

/** The widget's script tags in a page's HTML. */
export const scriptTags = (html) => [...html.matchAll(/<script\b[^>]*\bsrc=["'][^"']*hechting-widget(?:\.nl)?\.js[^"']*["'][^>]*>/g)].map((match) => match[0]);

/** The widget's options in the database, by site: what uninstalling must leave none of. */
export const STORED_OPTIONS = `global $wpdb; echo implode(',', $wpdb->get_col("SELECT option_name FROM $wpdb->options WHERE option_name LIKE '%hechting%'"));`;

// A real WordPress for the tests: Debian's packages (WordPress, MariaDB, PHP), started and stopped
// by the test suite. Each start gets a fresh temp dir with its own MariaDB (datadir, socket), its
// own uploads and logs, and its own config in /etc/wordpress, so runs never see each other's data
// and a real site's config on the machine is never touched. PHP's built-in server, with
// scripts/wordpress-router.php, stands in for Apache: nothing here starts a system service.
// Run directly (`node scripts/wordpress.mjs`), this installs what is missing from Debian's packages
// when it can (Debian or Ubuntu, as root), and otherwise stops with one sentence saying what to
// install.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isDebianLike, onPath } from './browsers.mjs';

const CORE = '/usr/share/wordpress';
const CONTENT = '/var/lib/wordpress/wp-content';
const ROUTER = fileURLToPath(new URL('./wordpress-router.php', import.meta.url));
const PACKAGES = [
  'wordpress',
  'wordpress-l10n',
  'wordpress-theme-twentytwentyone',
  'mariadb-server',
  'php-mysql',
  'php-cli',
  'php-xml',
  'php-mbstring',
  'php-curl',
  'php-zip',
  'php-gd',
  'php-intl',
  'unzip',
];
// A machine with 2 busy cores can be slow: wait long, but never forever.
const TIMEOUT = 120_000;

const run = promisify(execFile);

/** A program on the PATH or in /usr/sbin (not on a user's PATH everywhere), or undefined. */
function program(name) {
  return onPath(name) ?? [`/usr/sbin/${name}`].find((path) => existsSync(path));
}

/** What the WordPress tests need and this machine lacks, in words. */
function missingParts() {
  const missing = [];
  if (!existsSync(`${CORE}/wp-load.php`)) missing.push('WordPress');
  if (!existsSync(`${CORE}/wp-content/themes/twentytwentyone/style.css`)) missing.push('the Twenty Twenty-One theme');
  if (!existsSync(`${CORE}/wp-content/languages/nl_NL.mo`)) missing.push("WordPress's Dutch language files");
  if (!program('mariadbd') || !program('mariadb-install-db')) missing.push('MariaDB');
  try {
    execFileSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);'], { stdio: 'ignore' });
  } catch {
    missing.push("PHP's command line with mysqli");
  }
  return missing;
}

/** Installs what the WordPress tests need from Debian's packages when it can, else exits saying what to install. */
export function ensureWordPress() {
  const started = Date.now();
  let missing = missingParts();
  if (missing.length && process.platform === 'linux' && process.getuid?.() === 0 && isDebianLike()) {
    console.log(`Installing WordPress, MariaDB and PHP from Debian's packages (a few minutes, once): ${PACKAGES.join(' ')}`);
    // Apache comes along with the wordpress package but stays off: the tests use PHP's own server.
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], { stdio: 'inherit', env });
    missing = missingParts();
  }
  if (missing.length) {
    console.error(`The WordPress tests need ${missing.join(', ')}: install Debian's packages ${PACKAGES.join(' ')} (as root: apt-get install ${PACKAGES.join(' ')}).`);
    process.exit(1);
  }
  console.log(`WordPress, MariaDB and PHP: ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** Resolves when check() resolves true; rejects with what() after the timeout. */
async function waitFor(check, what, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A TCP port no one listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Rejects when something already listens on the port (a run that died, say), instead of testing against it. */
function checkPortFree(port) {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', (error) => reject(new Error(`Port ${port} is in use (${error.code}): stop what listens there, a WordPress of a run that died for one`)));
    server.listen(port, '127.0.0.1', () => server.close(resolve));
  });
}

/** Whether something accepts connections on the port. */
function answers(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    }).once('error', () => resolve(false));
  });
}

/** Whether a process group still has a member. */
function alive(group) {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

/** The user and group id of MariaDB's system user. */
function mysqlIds() {
  return ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'mysql'], { encoding: 'utf8' })));
}

/** A PHP single-quoted string literal. */
function phpString(value) {
  return `'${String(value).replace(/[\\']/g, '\\$&')}'`;
}

/** Starts a program in a process group of its own, its output into a log file. */
function startGroup(command, args, log, env = process.env) {
  const output = openSync(log, 'a');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', output, output], env });
  closeSync(output);
  // The test process may end without stop(): the exit handler then ends the group.
  child.unref();
  return child;
}

/**
 * Starts MariaDB, PHP's server and WordPress in a fresh temp dir, and installs the site.
 * @param {{ port: number, locale: string, multisite: boolean }} options
 */
async function start({ port, locale, multisite }) {
  const missing = missingParts();
  if (missing.length) throw new Error(`The WordPress tests need ${missing.join(', ')}: run \`node scripts/wordpress.mjs\` to install them`);
  await checkPortFree(port);

  const dir = mkdtempSync(join(tmpdir(), 'hechting-wordpress-'));
  const host = multisite ? 'localhost' : `127.0.0.1:${port}`;
  const url = `http://${host}`;
  const configName = `hechting-widget-test-${port}`;
  const configFile = `/etc/wordpress/config-${configName}.php`;
  const logs = { php: join(dir, 'php-server.log'), debug: join(dir, 'wp-debug.log'), mariadb: join(dir, 'mariadb.log') };
  const groups = [];

  // Also when the test process ends without stop(), or start() fails half-way.
  const cleanUp = () => {
    for (const group of groups) if (alive(group)) process.kill(-group, 'SIGKILL');
    rmSync(configFile, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', cleanUp);

  async function stop() {
    for (const group of groups) if (alive(group)) process.kill(-group, 'SIGTERM');
    for (const group of groups) {
      try {
        await waitFor(() => !alive(group), `process group ${group} to stop`, 15_000);
      } catch {
        process.kill(-group, 'SIGKILL');
      }
    }
    process.off('exit', cleanUp);
    cleanUp();
  }

  async function log() {
    const read = (file) => readFile(file, 'utf8').catch(() => '(none)\n');
    return `== PHP server log (${logs.php}) ==\n${await read(logs.php)}== WordPress debug.log (${logs.debug}) ==\n${await read(logs.debug)}`;
  }

  // WordPress for a PHP snippet on the command line, as for a request to the site's home page.
  const bootstrap = join(dir, 'php-bootstrap.php');
  writeFileSync(
    bootstrap,
    `<?php
$_SERVER['HTTP_HOST'] = ${phpString(host)};
$_SERVER['SERVER_NAME'] = ${phpString(host.replace(/:.*/, ''))};
$_SERVER['SERVER_PORT'] = ${phpString(port)};
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['WORDPRESS_CONFIG'] = ${phpString(configName)};
// An error in a snippet goes to stderr, not into WordPress's "critical error" page.
define('WP_DISABLE_FATAL_ERROR_HANDLER', true);
require ${phpString(`${CORE}/wp-load.php`)};
require_once ABSPATH . 'wp-admin/includes/plugin.php';
ini_set('display_errors', 'stderr');
`,
  );
  let snippets = 0;

  /**
   * Runs PHP code with WordPress loaded (and wp-admin/includes/plugin.php), resolves to its output.
   * @param {string} code PHP statements, without `<?php`
   * @returns {Promise<string>}
   */
  async function php(code) {
    const file = join(dir, `php-snippet-${++snippets}.php`);
    writeFileSync(file, `<?php\n${code}\n`);
    try {
      const { stdout } = await run('php', ['-d', `auto_prepend_file=${bootstrap}`, '-d', 'sendmail_path=/bin/true', file], { maxBuffer: 64 * 1024 * 1024, timeout: TIMEOUT });
      return stdout;
    } catch (error) {
      throw new Error(`PHP snippet ${file} failed (exit ${error.code}):\n${error.stderr || error.stdout}`, { cause: error });
    }
  }

  try {
    // MariaDB, from nothing, in the temp dir: in a folder its own user can reach and write.
    const mariadbDir = join(dir, 'mariadb');
    const db = join(mariadbDir, 'data');
    const socket = join(mariadbDir, 'mysqld.sock');
    const root = process.getuid?.() === 0;
    mkdirSync(mariadbDir);
    if (root) {
      chmodSync(dir, 0o755);
      chownSync(mariadbDir, ...mysqlIds());
    }
    // Throwaway data: no flushing to disk per transaction, a small redo log (quick to create).
    const mariadbOptions = ['--innodb-buffer-pool-size=64M', '--innodb-log-file-size=16M', '--innodb-flush-log-at-trx-commit=0', '--innodb-doublewrite=0', '--skip-log-bin'];
    // --no-defaults: the machine's own MariaDB config (socket, pid file, port) is not ours.
    await run(program('mariadb-install-db'), ['--no-defaults', ...(root ? ['--user=mysql'] : []), `--datadir=${db}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...mariadbOptions], {
      timeout: TIMEOUT,
    }).catch((error) => {
      throw new Error(`mariadb-install-db failed:\n${error.stderr || error.stdout}`, { cause: error });
    });
    const dbPort = await freePort();
    const mariadb = startGroup(
      program('mariadbd'),
      [
        '--no-defaults',
        ...(root ? ['--user=mysql'] : []),
        `--datadir=${db}`,
        `--socket=${socket}`,
        `--pid-file=${join(mariadbDir, 'mysqld.pid')}`,
        '--bind-address=127.0.0.1',
        `--port=${dbPort}`,
        '--skip-name-resolve',
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_unicode_ci',
        ...mariadbOptions,
      ],
      logs.mariadb,
    );
    groups.push(mariadb.pid);
    const client = ['--no-defaults', `--socket=${socket}`, '--user=root'];
    await waitFor(async () => {
      if (mariadb.exitCode !== null) throw new Error(`MariaDB stopped (exit ${mariadb.exitCode}):\n${await readFile(logs.mariadb, 'utf8')}`);
      return run('mariadb-admin', [...client, 'ping'])
        .then(() => true)
        .catch(() => false);
    }, 'MariaDB to answer');
    const dbPassword = randomBytes(12).toString('hex');
    await run('mariadb', [...client, '--execute', `CREATE DATABASE wordpress; CREATE USER 'wordpress'@'%' IDENTIFIED BY '${dbPassword}'; GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'%';`]);

    const uploads = join(dir, 'uploads');
    mkdirSync(uploads);
    // The keys and salts of the cookies and nonces, as a site's wp-config.php sets them: without
    // them, WordPress makes and stores its own on the first requests, which the server's four
    // workers could each do at once, leaving a login's cookie signed with a salt that is gone.
    const secrets = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
      .flatMap((scheme) => [`${scheme}_KEY`, `${scheme}_SALT`])
      .map((name) => `define('${name}', '${randomBytes(32).toString('hex')}');`)
      .join('\n');
    const writeConfig = (network = '') =>
      writeFileSync(
        configFile,
        `<?php
// Written by scripts/wordpress.mjs for one test run (${dir}); it removes this file when the run stops.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', ${phpString(dbPassword)});
define('DB_HOST', '127.0.0.1:${dbPort}');
define('WP_CONTENT_DIR', ${phpString(CONTENT)});
define('FS_METHOD', 'direct');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', ${phpString(logs.debug)});
define('WP_DEBUG_DISPLAY', false);
${secrets}
${network}`,
      );
    writeConfig();

    const server = startGroup(
      'php',
      // sendmail_path: WordPress's mails (a new site, a new user) go nowhere.
      ['-d', 'upload_max_filesize=64M', '-d', 'post_max_size=64M', '-d', 'sendmail_path=/bin/true', '-S', `127.0.0.1:${port}`, '-t', CORE, ROUTER],
      logs.php,
      { ...process.env, PHP_CLI_SERVER_WORKERS: '4', WORDPRESS_CONFIG: configName, HECHTING_WP_UPLOADS: uploads, HECHTING_WP_MULTISITE: multisite ? '1' : '' },
    );
    groups.push(server.pid);
    await waitFor(async () => {
      if (server.exitCode !== null) throw new Error(`PHP's server stopped (exit ${server.exitCode}):\n${await readFile(logs.php, 'utf8')}`);
      return answers(port);
    }, `PHP's server on port ${port}`);

    // A plugin left behind by a run that died would be there before the tests install theirs.
    rmSync(`${CONTENT}/plugins/hechting-widget`, { recursive: true, force: true });

    const password = () => randomBytes(12).toString('base64url');
    const users = {
      admin: { login: 'beheerder', password: password() },
      author: { login: 'auteur', password: password() },
      contributor: { login: 'schrijver', password: password() },
    };
    // The install form, as a person fills it in.
    const response = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({
        weblog_title: 'Gemeente Voorbeeld',
        user_name: users.admin.login,
        admin_password: users.admin.password,
        admin_password2: users.admin.password,
        pw_weak: '1',
        admin_email: 'beheerder@gemeente.example',
        blog_public: '0',
        language: locale,
      }),
      signal: AbortSignal.timeout(TIMEOUT),
    });
    const page = await response.text();
    if (!response.ok || !page.includes('wp-login.php')) throw new Error(`Installing WordPress failed (HTTP ${response.status}):\n${page.slice(0, 2000)}`);

    let subsiteUrl;
    if (multisite) {
      // What Tools > Network Setup (wp-admin/network.php) does, then the constants it asks for.
      await php(`
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
foreach ($wpdb->tables('ms_global') as $table => $prefixed) $wpdb->$table = $prefixed;
install_network();
$result = populate_network(1, 'localhost', 'beheerder@gemeente.example', 'Gemeente Voorbeeld', '/', false);
if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }`);
      writeConfig(`define('MULTISITE', true);
define('SUBDOMAIN_INSTALL', false);
define('DOMAIN_CURRENT_SITE', 'localhost');
define('PATH_CURRENT_SITE', '/');
define('SITE_ID_CURRENT_SITE', 1);
define('BLOG_ID_CURRENT_SITE', 1);
`);
      await php(`
$id = wpmu_create_blog('localhost', '/tweede/', 'Tweede site', 1);
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }`);
      subsiteUrl = `${url}/tweede/`;
    }

    // This run's uploads, pretty permalinks, and the authors; on a network for every site (a new
    // site copies the main site's upload_path, WordPress adds /sites/<id> to it).
    await php(`
$sites = is_multisite() ? get_sites(['fields' => 'ids']) : [];
foreach ($sites ?: [0] as $site) {
  if ($site) switch_to_blog($site);
  update_option('upload_path', ${phpString(uploads)});
  $GLOBALS['wp_rewrite']->init();
  $GLOBALS['wp_rewrite']->set_permalink_structure('/%postname%/');
  flush_rewrite_rules(false);
  if ($site) restore_current_blog();
}
foreach ([['author', ${phpString(users.author.login)}, ${phpString(users.author.password)}], ['contributor', ${phpString(users.contributor.login)}, ${phpString(users.contributor.password)}]] as [$role, $login, $pass]) {
  $id = wp_insert_user(['user_login' => $login, 'user_pass' => $pass, 'user_email' => "$login@gemeente.example", 'role' => $role]);
  // 0: the database refused the row.
  if (!$id || is_wp_error($id)) { fwrite(STDERR, $id ? $id->get_error_message() : $wpdb->last_error); exit(1); }
  foreach ($sites as $site) add_user_to_blog($site, $id, $role);
}`);

    const active = (await php('echo get_locale();')).trim();
    if (active !== locale) throw new Error(`WordPress speaks ${active}, not ${locale}: its language files for ${locale} are missing (Debian's wordpress-l10n), and it cannot download them here`);

    return { url, ...(multisite ? { subsiteUrl } : {}), users, php, log, stop };
  } catch (error) {
    error.message += `\n${await log()}`;
    await stop();
    throw error;
  }
}

/**
 * @typedef {object} WordPress
 * @property {string} url The site, e.g. http://127.0.0.1:8881 (no trailing slash).
 * @property {string} [subsiteUrl] On a network: the second site, http://localhost/tweede/.
 * @property {Record<'admin' | 'author' | 'contributor', { login: string, password: string }>} users
 *   One user with each of these roles (the admin is a network super admin on a network).
 * @property {(code: string) => Promise<string>} php Runs PHP statements (no `<?php`) with WordPress
 *   and wp-admin/includes/plugin.php loaded, as for a request to the home page; resolves to what
 *   they print; rejects with their errors when PHP exits with an error.
 * @property {() => Promise<string>} log PHP's server log and WordPress's debug.log, for a failing test to print.
 * @property {() => Promise<void>} stop Stops PHP's server and MariaDB, removes the temp dir and the config.
 */

/**
 * Starts a fresh WordPress site (MariaDB, PHP's server, an installed site with pretty permalinks
 * and one admin, author and contributor) for the tests. Call stop() when done.
 * @param {{ port?: number, locale?: string }} [options]
 * @returns {Promise<WordPress>}
 */
export function startWordPress({ port = 8881, locale = 'nl_NL' } = {}) {
  return start({ port, locale, multisite: false });
}

/**
 * Starts a fresh WordPress network (multisite in subdirectories) with a second site, /tweede/.
 * WordPress allows a network only without a port in its address: it runs on http://localhost
 * (port 80, so as root).
 * @param {{ locale?: string }} [options]
 * @returns {Promise<WordPress>}
 */
export function startMultisite({ locale = 'nl_NL' } = {}) {
  return start({ port: 80, locale, multisite: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureWordPress();

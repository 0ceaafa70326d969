<?php
// Router for `php -S` in front of Debian's WordPress, for scripts/wordpress.mjs: it does what
// Apache with Debian's config and WordPress's .htaccess would do. The environment tells it
// which config to load (WORDPRESS_CONFIG), where this run's uploads live (HECHTING_WP_UPLOADS)
// and whether the site is a multisite network (HECHTING_WP_MULTISITE=1).

const CORE = '/usr/share/wordpress';
const CONTENT = '/var/lib/wordpress/wp-content';
const TYPES = [
    'css' => 'text/css; charset=utf-8',
    'gif' => 'image/gif',
    'html' => 'text/html; charset=utf-8',
    'ico' => 'image/x-icon',
    'jpg' => 'image/jpeg',
    'js' => 'text/javascript; charset=utf-8',
    'json' => 'application/json',
    'mo' => 'application/octet-stream',
    'pdf' => 'application/pdf',
    'png' => 'image/png',
    'svg' => 'image/svg+xml',
    'txt' => 'text/plain; charset=utf-8',
    'webp' => 'image/webp',
    'woff' => 'font/woff',
    'woff2' => 'font/woff2',
    'zip' => 'application/zip',
];

// Debian's wp-config.php picks /etc/wordpress/config-<WORDPRESS_CONFIG>.php.
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');

$requested = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$path = $requested;
if (strpos($path, '..') !== false) {
    http_response_code(400);
    return true;
}

// A subdirectory network's sites share the core files: /tweede/wp-admin/... is /wp-admin/...
if (getenv('HECHTING_WP_MULTISITE') && preg_match('#^/[_0-9a-zA-Z-]+(/(wp-(content|admin|includes)/.*|[^/]*\.php))$#', $path, $match) && !file_exists(CORE . $path)) {
    $path = $match[1];
}

// Each run has its own uploads (the upload_path option); the rest of wp-content is Debian's.
$uploads = '/wp-content/uploads/';
if (strpos($path, $uploads) === 0) {
    $file = getenv('HECHTING_WP_UPLOADS') . '/' . substr($path, strlen($uploads));
} elseif (strpos($path, '/wp-content/') === 0) {
    $file = CONTENT . substr($path, strlen('/wp-content'));
} else {
    $file = CORE . $path;
}

// A directory without its slash: redirect, as Apache does, so relative links in wp-admin work.
if (is_dir($file) && substr($path, -1) !== '/') {
    $query = parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY);
    header('Location: ' . $requested . '/' . ($query ? '?' . $query : ''), true, 301);
    return true;
}
if (is_dir($file) && is_file($file . 'index.php')) {
    $file .= 'index.php';
    $path .= 'index.php';
}

if (is_file($file) && substr($file, -4) !== '.php') {
    $extension = strtolower(pathinfo($file, PATHINFO_EXTENSION));
    header('Content-Type: ' . (TYPES[$extension] ?? 'application/octet-stream'));
    header('Content-Length: ' . filesize($file));
    readfile($file);
    return true;
}

// Pretty permalinks: every other path goes to WordPress's front controller.
if (!is_file($file)) {
    $file = CORE . '/index.php';
    $path = '/index.php';
}
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = $path;
$_SERVER['SCRIPT_FILENAME'] = $file;
chdir(dirname($file));
require $file;
return true;

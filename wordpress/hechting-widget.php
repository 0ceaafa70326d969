<?php
/**
 * Plugin Name:       Hechting-widget
 * Description:       Betrouwbare informatie over hechting voor ouders: uitleg, tips voor een goede band en waar u hulp vindt, als blokken en shortcodes. | Trusted Dutch parenting information about attachment, as blocks and shortcodes.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           EUPL-1.2
 * License URI:       https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12
 * Text Domain:       hechting-widget
 * Domain Path:       /languages
 *
 * @package HechtingWidget
 */

namespace HechtingWidget;

defined( 'ABSPATH' ) || exit;

/** The widget's version: that of the scripts in this folder. */
const VERSION = '0.2.0';

/** This file, for plugins_url() and the plugin's own paths. */
const PLUGIN_FILE = __FILE__;

require __DIR__ . '/includes/settings.php';
require __DIR__ . '/includes/script.php';
require __DIR__ . '/includes/elements.php';
require __DIR__ . '/includes/blocks.php';
require __DIR__ . '/includes/shortcodes.php';
require __DIR__ . '/includes/excerpts.php';

add_action(
	'init',
	function () {
		// Before the blocks register: their titles and descriptions are translated as they do.
		load_plugin_textdomain( 'hechting-widget', false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
	},
	1
);

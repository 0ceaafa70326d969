<?php
/**
 * The widget's script: on every front-end page, in the <head>, from this plugin's folder, with
 * its integrity value, and once. Every page, because a placement or an element can sit anywhere a
 * page is made of (a sidebar, a template part, a page builder's data), which no cheap check sees;
 * the browser caches the file after the first page.
 *
 * @package HechtingWidget
 */

namespace HechtingWidget;

defined( 'ABSPATH' ) || exit;

/** The script's handle, also the blocks' script in the editor. */
const SCRIPT = 'hechting-widget';

/** The script files in this folder: with every language, and Dutch only. */
const SCRIPT_FILES = array( 'hechting-widget.js', 'hechting-widget.nl.js' );

/** The script file the settings choose. */
function script_file(): string {
	return SCRIPT_FILES[ settings()['dutch_only'] ? 1 : 0 ];
}

/** The integrity value of a script file, from the `.sri` file beside it. */
function script_integrity( string $file ): string {
	$sri = file_get_contents( dirname( PLUGIN_FILE ) . '/' . $file . '.sri' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
	return false === $sri ? '' : trim( $sri );
}

add_action(
	'init',
	function () {
		wp_register_script( SCRIPT, plugins_url( script_file(), PLUGIN_FILE ), array(), VERSION, false );
	},
	5
);

add_action(
	'wp_enqueue_scripts',
	function () {
		wp_enqueue_script( SCRIPT );
	}
);

add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		$integrity = SCRIPT === $handle && is_string( $tag ) ? script_integrity( script_file() ) : '';
		// Only on the tag with the file, not on inline scripts printed with it.
		return $integrity ? preg_replace( '/<script (?=[^>]*\bsrc=)/', '<script integrity="' . esc_attr( $integrity ) . '" crossorigin="anonymous" ', $tag, 1 ) : $tag;
	},
	10,
	2
);

/**
 * Once on the page: where a theme or another plugin already loads a copy of the widget's script
 * through WordPress (by its file name; also as another script's dependency), this one counts as
 * printed, so WordPress leaves it out. A copy written into the page by hand is not seen: the
 * guide says to remove the template line.
 */
function leave_out_second_copy(): void {
	$scripts = wp_scripts();
	foreach ( $scripts->registered as $handle => $script ) {
		$file = is_string( $script->src ) ? basename( (string) wp_parse_url( $script->src, PHP_URL_PATH ) ) : '';
		if ( SCRIPT !== $handle && in_array( $file, SCRIPT_FILES, true ) && wp_script_is( $handle, 'enqueued' ) ) {
			$scripts->done[] = SCRIPT;
			return;
		}
	}
}
add_action( 'wp_print_scripts', __NAMESPACE__ . '\leave_out_second_copy' );

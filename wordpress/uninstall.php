<?php
/**
 * Deleting the plugin removes what it stored: its one option, on every site of a network.
 *
 * @package HechtingWidget
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $hechting_widget_site ) {
		delete_blog_option( $hechting_widget_site, 'hechting_widget' );
	}
} else {
	delete_option( 'hechting_widget' );
}

<?php
/**
 * A block per element, in the category "Hechting". Dynamic: a post stores only the block comment
 * with its options (so no HTML filter has anything to strip, for an Author or a Contributor
 * either), and the element is made when the page is: see element_markup(). In the editor the
 * block shows the element itself, with a control in the sidebar for each option
 * (blocks/editor.js).
 *
 * @package HechtingWidget
 */

namespace HechtingWidget;

defined( 'ABSPATH' ) || exit;

/** The blocks' editor script. */
const EDITOR_SCRIPT = 'hechting-widget-blocks';

add_filter(
	'block_categories_all',
	function ( array $categories ): array {
		$categories[] = array(
			'slug'  => 'hechting',
			'title' => __( 'Attachment', 'hechting-widget' ),
			'icon'  => null,
		);
		return $categories;
	}
);

add_action(
	'init',
	function () {
		wp_register_script(
			EDITOR_SCRIPT,
			plugins_url( 'blocks/editor.js', PLUGIN_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', SCRIPT ),
			VERSION,
			true
		);
		wp_set_script_translations( EDITOR_SCRIPT, 'hechting-widget', dirname( PLUGIN_FILE ) . '/languages' );
		foreach ( ELEMENTS as $tag ) {
			register_block_type(
				dirname( PLUGIN_FILE ) . "/blocks/$tag",
				array(
					'render_callback' => fn( array $attributes ) => element_markup( $tag, $attributes, get_block_wrapper_attributes() ),
				)
			);
		}
	}
);

add_action(
	'enqueue_block_editor_assets',
	function () {
		// What the controls offer (the sections, the tips, the languages of the script) and the
		// site's help page, which the preview shows as the page will: only in the editor.
		$site = settings();
		$data = array(
			'texts'      => texts(),
			'languages'  => $site['dutch_only'] ? array_slice( LANGUAGES, 0, 1 ) : LANGUAGES,
			'siteHelp'   => array(
				'href'         => $site['help_href'],
				'label'        => $site['help_label'],
				'organization' => $site['help_organization'],
				'phone'        => $site['help_phone'],
			),
			'maxLength'  => MAX_TEXT_LENGTH,
			'attributes' => array_combine( ELEMENTS, array_map( __NAMESPACE__ . '\element_attributes', ELEMENTS ) ),
		);
		wp_add_inline_script( EDITOR_SCRIPT, 'var hechtingWidget = ' . wp_json_encode( $data ) . ';', 'before' );
	}
);

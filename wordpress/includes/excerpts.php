<?php
/**
 * Excerpts (an archive's, a feed's description) without placements: the paragraphs with a single
 * link that the script turns into an element would otherwise string their link texts together
 * ("…Wat is hechting en waarom is het belangrijk? Hoe bouw ik een goede band op met mijn kind?").
 * The blocks and shortcodes need nothing: WordPress leaves both out of excerpts.
 *
 * @package HechtingWidget
 */

namespace HechtingWidget;

defined( 'ABSPATH' ) || exit;

/** A placement's address: a text's page, `<lang>/<element>.html`, marked `#hechting-widget`. */
const PLACEMENT_ADDRESS = '#/[a-z]{2}/(hechting-uitleg|band-tips|hulp-link)\.html(\?[^\#]*)?\#hechting-widget(?![\w-])#i';

/**
 * `$html` without its placements: paragraphs and headings whose text is that of their one link,
 * to a placement's address. Unchanged where the regular expression gives up (a very long post).
 */
function without_placements( string $html ): string {
	$result = preg_replace_callback(
		'#<(p|h[1-6])\b[^>]*>(.*?)</\1>#is',
		function ( array $block ): string {
			$is_placement = 1 === preg_match_all( '#<a\b[^>]*\bhref=(["\'])([^"\']*)\1[^>]*>(.*?)</a>#is', $block[2], $links, PREG_SET_ORDER )
				&& preg_match( PLACEMENT_ADDRESS, html_entity_decode( $links[0][2] ) )
				&& trim( wp_strip_all_tags( $block[2] ) ) === trim( wp_strip_all_tags( $links[0][3] ) );
			return $is_placement ? '' : $block[0];
		},
		$html
	);
	return $result ?? $html;
}

add_filter(
	'the_content',
	function ( $content ) {
		// Late, after wpautop has made the paragraphs of a classic post.
		return is_string( $content ) && doing_filter( 'get_the_excerpt' ) ? without_placements( $content ) : $content;
	},
	20
);

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

/**
 * `$html` without its placements: paragraphs whose text is that of their one link, to an address
 * with a fragment that names hechting (the script's own test: `a[href*="#"][href*="hechting" i]`).
 */
function without_placements( string $html ): string {
	return preg_replace_callback(
		'#<p\b[^>]*>(.*?)</p>#is',
		function ( array $paragraph ): string {
			$is_placement = 1 === preg_match_all( '#<a\b[^>]*\bhref=(["\'])([^"\']*)\1[^>]*>(.*?)</a>#is', $paragraph[1], $links, PREG_SET_ORDER )
				&& str_contains( $links[0][2], '#' )
				&& false !== stripos( $links[0][2], 'hechting' )
				&& trim( wp_strip_all_tags( $paragraph[1] ) ) === trim( wp_strip_all_tags( $links[0][3] ) );
			return $is_placement ? '' : $paragraph[0];
		},
		$html
	);
}

add_filter(
	'the_content',
	function ( string $content ): string {
		// Late, after wpautop has made the paragraphs of a classic post.
		return doing_filter( 'get_the_excerpt' ) ? without_placements( $content ) : $content;
	},
	20
);

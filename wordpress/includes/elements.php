<?php
/**
 * The one place that turns options (from a block or a shortcode) into an element's markup: the
 * element with its attributes, which the script renders and checks as it does any attribute
 * (a bad value: a warning in the console and the default). In a feed, where no script runs, a
 * link to the text instead.
 *
 * @package HechtingWidget
 */

namespace HechtingWidget;

defined( 'ABSPATH' ) || exit;

/** The elements, each with its block and shortcode. */
const ELEMENTS = array( 'hechting-uitleg', 'band-tips', 'hulp-link' );

/** The languages of the texts; the first is the source's. */
const LANGUAGES = array( 'nl', 'en', 'ar', 'tr', 'pl', 'uk' );

/** A block attribute's name as the element's attribute: `headingLevel` is `heading-level`. */
function attribute_name( string $name ): string {
	return strtolower( preg_replace( '/[A-Z]/', '-$0', $name ) );
}

/**
 * What the editor and the feeds need of the texts (made by the release from the content): the
 * titles per language, the sections and the example tips.
 */
function texts(): array {
	static $texts;
	$texts ??= json_decode( (string) file_get_contents( dirname( PLUGIN_FILE ) . '/blocks/texts.json' ), true ) ?: array(); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
	return $texts;
}

/**
 * The element's attributes, by their block attribute names (camelCase) with their types, from
 * the element's block.json: one list for the block, its shortcode and the element.
 *
 * @return array<string, string> Name => 'string', 'number' or 'boolean'.
 */
function element_attributes( string $tag ): array {
	static $attributes = array();
	if ( ! isset( $attributes[ $tag ] ) ) {
		$metadata           = json_decode( (string) file_get_contents( dirname( PLUGIN_FILE ) . "/blocks/$tag/block.json" ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$attributes[ $tag ] = array_map( fn( $attribute ) => $attribute['type'], $metadata['attributes'] ?? array() );
	}
	return $attributes[ $tag ];
}

/**
 * The options with the site's help page (see settings.php) where they name none: on a
 * <hulp-link> without an address, organisation or phone of its own; on the other elements as
 * hulp-href and hulp-label.
 */
function with_site_help( string $tag, array $options ): array {
	$site = settings();
	if ( 'hulp-link' === $tag ) {
		if ( empty( $options['href'] ) && empty( $options['organization'] ) && empty( $options['phone'] ) ) {
			$options = array_merge(
				$options,
				array_filter(
					array(
						'href'         => $site['help_href'],
						'label'        => ( $options['label'] ?? '' ) ? $options['label'] : ( $site['help_href'] ? $site['help_label'] : '' ),
						'organization' => $site['help_organization'],
						'phone'        => $site['help_phone'],
					)
				)
			);
		}
	} elseif ( empty( $options['hulpHref'] ) && '' !== $site['help_href'] ) {
		$options['hulpHref']  = $site['help_href'];
		$options['hulpLabel'] = ( $options['hulpLabel'] ?? '' ) ? $options['hulpLabel'] : $site['help_label'];
	}
	return $options;
}

/**
 * The element `$tag` with `$options` (block attribute names => values) as its attributes, and
 * `$extra` attributes (the block's class). Options it does not have are left out; so are empty
 * ones, `false` switches, and an address other than https:, http:, mailto:, tel: or relative.
 * `true` gives an attribute without a value.
 */
function element_markup( string $tag, array $options, string $extra = '' ): string {
	$options = with_site_help( $tag, $options );
	if ( is_feed() ) {
		return feed_link( $tag, $options );
	}
	$markup = '';
	foreach ( element_attributes( $tag ) as $name => $type ) {
		$value = $options[ $name ] ?? null;
		// A switch, or a name without a value ([band_tips languages]): the attribute alone, as in HTML.
		if ( 'boolean' === $type || true === $value ) {
			$markup .= $value ? ' ' . attribute_name( $name ) : '';
			continue;
		}
		$value = trim( (string) $value );
		if ( in_array( $name, array( 'href', 'hulpHref' ), true ) ) {
			$value = checked_address( $value );
		}
		if ( '' !== $value ) {
			$markup .= sprintf( ' %s="%s"', attribute_name( $name ), esc_attr( $value ) );
		}
	}
	return sprintf( '<%1$s%2$s%3$s></%1$s>', $tag, $extra ? ' ' . $extra : '', $markup );
}

/**
 * In a feed: one paragraph with a link to the text's page in this folder (to the help page, for a
 * <hulp-link> with one), titled as the text, so a feed reader shows where the text is.
 */
function feed_link( string $tag, array $options ): string {
	$lang = strtolower( substr( (string) ( $options['lang'] ?? '' ), 0, 2 ) );
	$lang = in_array( $lang, LANGUAGES, true ) ? $lang : LANGUAGES[0];
	$href = plugins_url( "$lang/$tag.html", PLUGIN_FILE );
	$text = texts()['titles'][ $lang ][ $tag ] ?? $tag;
	if ( 'hulp-link' === $tag && ! empty( $options['href'] ) ) {
		$href = checked_address( (string) $options['href'] ) ?: $href;
		$text = ( $options['label'] ?? '' ) ? $options['label'] : $text;
	}
	return sprintf( '<p><a href="%s">%s</a></p>', esc_url( $href ), esc_html( $text ) );
}

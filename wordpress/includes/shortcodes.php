<?php
/**
 * Shortcodes for the classic editor and page builders: [hechting_uitleg], [band_tips] and
 * [hulp_link], with the elements' own attribute names ([band_tips age="young" heading-level="3"],
 * [hechting_uitleg sections="veilige-basis" collapsible]). Made as the blocks are: see
 * element_markup().
 *
 * @package HechtingWidget
 */

namespace HechtingWidget;

defined( 'ABSPATH' ) || exit;

/** Values of a switch that switch it off: [hechting_uitleg collapsible="false"]. */
const SWITCH_OFF_VALUES = array( 'false', '0', 'no', 'nee', 'off' );

/**
 * A shortcode's attributes as the element's options (block attribute names => values). A name may
 * stand alone, as in HTML: a switch ([hechting_uitleg collapsible]) is on, another option is
 * there without a value ([band_tips languages]: buttons for every language). Names the element
 * does not have are left out.
 *
 * @param array|string $atts The attributes as WordPress parsed them.
 */
function shortcode_options( string $tag, $atts ): array {
	$types   = element_attributes( $tag );
	$names   = array_combine( array_map( __NAMESPACE__ . '\attribute_name', array_keys( $types ) ), array_keys( $types ) );
	$options = array();
	foreach ( (array) $atts as $key => $value ) {
		// WordPress gives a name without a value under a number.
		[ $key, $value ] = is_int( $key ) ? array( $value, true ) : array( $key, $value );
		$name = $names[ strtolower( (string) $key ) ] ?? null;
		if ( null !== $name ) {
			$options[ $name ] = 'boolean' === $types[ $name ] ? ( true === $value || ! in_array( strtolower( trim( $value ) ), SWITCH_OFF_VALUES, true ) ) : $value;
		}
	}
	return $options;
}

foreach ( ELEMENTS as $tag ) {
	add_shortcode( str_replace( '-', '_', $tag ), fn( $atts ) => element_markup( $tag, shortcode_options( $tag, $atts ) ) );
}

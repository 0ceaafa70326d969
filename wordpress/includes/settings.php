<?php
/**
 * The settings page (Settings → Hechting-widget): the site's own help page, which every
 * <hulp-link> and hulp-href without one of their own shows, and the choice of the Dutch-only
 * script. Stored in one option, OPTION; only users who may manage options can change it.
 *
 * @package HechtingWidget
 */

namespace HechtingWidget;

defined( 'ABSPATH' ) || exit;

/** The one option the plugin stores (uninstall.php removes it). */
const OPTION = 'hechting_widget';

/** The settings page's slug, under Settings. */
const SETTINGS_PAGE = 'hechting-widget';

/** The longest name or link text, as the elements allow. */
const MAX_TEXT_LENGTH = 200;

/**
 * The saved settings, each with its default.
 *
 * @return array{help_href: string, help_label: string, help_organization: string, help_phone: string, dutch_only: bool}
 */
function settings(): array {
	$saved = get_option( OPTION, array() );
	return array_merge(
		array(
			'help_href'         => '',
			'help_label'        => '',
			'help_organization' => '',
			'help_phone'        => '',
			'dutch_only'        => false,
		),
		is_array( $saved ) ? $saved : array()
	);
}

/**
 * An address the elements link to: https:, http:, mailto: or tel:, or one on this site (starting
 * with /, # or ?); '' for anything else (javascript:, data:, or a bare word, which esc_url_raw
 * would make into http://word), as the blocks' editor checks it.
 */
function checked_address( string $value ): string {
	$value = trim( $value );
	if ( ! preg_match( '#^([a-z][a-z0-9+.-]*:|[/?\#])#i', $value ) ) {
		return '';
	}
	return esc_url_raw( $value, array( 'https', 'http', 'mailto', 'tel' ) );
}

/** A phone number as the elements accept it (digits, spaces, + - . ( ) /), or ''. */
function checked_phone( string $value ): string {
	$value  = sanitize_text_field( $value );
	$digits = preg_replace( '/[\s\-.()\/]/', '', $value );
	return preg_match( '/^\+?\d{3,20}$/', $digits ) ? $value : '';
}

/** A name or link text: one line of plain text, at most MAX_TEXT_LENGTH characters. */
function checked_text( string $value ): string {
	return mb_substr( sanitize_text_field( $value ), 0, MAX_TEXT_LENGTH );
}

/**
 * The settings as submitted, checked: a value that cannot be used keeps the saved one, with a
 * message that says why.
 *
 * @param mixed $input The submitted fields.
 * @return array The settings to store.
 */
function sanitize_settings( $input ): array {
	$saved = settings();
	// options.php has unslashed the input already.
	$input = is_array( $input ) ? $input : array();
	$clean = array(
		'help_href'         => checked_address( (string) ( $input['help_href'] ?? '' ) ),
		'help_label'        => checked_text( (string) ( $input['help_label'] ?? '' ) ),
		'help_organization' => checked_text( (string) ( $input['help_organization'] ?? '' ) ),
		'help_phone'        => checked_phone( (string) ( $input['help_phone'] ?? '' ) ),
		'dutch_only'        => ! empty( $input['dutch_only'] ),
	);
	if ( '' === $clean['help_href'] && '' !== trim( (string) ( $input['help_href'] ?? '' ) ) ) {
		$clean['help_href'] = $saved['help_href'];
		add_settings_error( OPTION, 'help_href', __( 'The address of your help page was not saved: use an address that starts with https://, http://, mailto: or tel:, or one on your own site that starts with /.', 'hechting-widget' ) );
	}
	if ( '' === $clean['help_phone'] && '' !== trim( (string) ( $input['help_phone'] ?? '' ) ) ) {
		$clean['help_phone'] = $saved['help_phone'];
		add_settings_error( OPTION, 'help_phone', __( 'The phone number was not saved: use digits, spaces, + and - only.', 'hechting-widget' ) );
	}
	return $clean;
}

add_action(
	'admin_init',
	function () {
		register_setting(
			SETTINGS_PAGE,
			OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => __NAMESPACE__ . '\sanitize_settings',
				'default'           => array(),
			)
		);
		add_settings_section(
			'help',
			__( 'Your help page', 'hechting-widget' ),
			function () {
				echo '<p>' . esc_html__( 'Where parents on your site can turn for help. The help links of the blocks and shortcodes show it, and so does the end of each text, unless the block or shortcode names a help page of its own. Leave the address empty to show the places the source texts name.', 'hechting-widget' ) . '</p>';
			},
			SETTINGS_PAGE
		);
		$fields = array(
			'help_href'         => array( __( 'Address of your help page', 'hechting-widget' ), 'url', __( 'For example https://www.gemeente.example/opvoeden or /opvoeden.', 'hechting-widget' ) ),
			'help_label'        => array( __( 'Link text', 'hechting-widget' ), 'text', __( 'Empty: "Hulp en advies voor ouders".', 'hechting-widget' ) ),
			'help_organization' => array( __( 'Organisation', 'hechting-widget' ), 'text', __( 'For example Centrum voor Jeugd en Gezin.', 'hechting-widget' ) ),
			'help_phone'        => array( __( 'Phone number', 'hechting-widget' ), 'tel', '' ),
		);
		foreach ( $fields as $name => [ $label, $type, $description ] ) {
			add_settings_field(
				$name,
				$label,
				function () use ( $name, $type, $description ) {
					printf(
						'<input type="%1$s" id="%2$s" name="%3$s[%2$s]" value="%4$s" class="regular-text"%5$s>',
						esc_attr( 'url' === $type ? 'text' : $type ),
						esc_attr( $name ),
						esc_attr( OPTION ),
						esc_attr( settings()[ $name ] ),
						$description ? ' aria-describedby="' . esc_attr( $name ) . '-description"' : ''
					);
					if ( $description ) {
						printf( '<p class="description" id="%s-description">%s</p>', esc_attr( $name ), esc_html( $description ) );
					}
				},
				SETTINGS_PAGE,
				'help',
				array( 'label_for' => $name )
			);
		}
		add_settings_section( 'script', __( 'Languages', 'hechting-widget' ), '__return_null', SETTINGS_PAGE );
		add_settings_field(
			'dutch_only',
			__( 'Dutch only', 'hechting-widget' ),
			function () {
				printf(
					'<label><input type="checkbox" id="dutch_only" name="%s[dutch_only]" value="1"%s> %s</label><p class="description">%s</p>',
					esc_attr( OPTION ),
					checked( settings()['dutch_only'], true, false ),
					esc_html__( 'Load the Dutch-only script', 'hechting-widget' ),
					esc_html__( 'Half the size, for a site that wants only Dutch. The texts then have no other languages and no language buttons.', 'hechting-widget' )
				);
			},
			SETTINGS_PAGE,
			'script'
		);
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'Hechting-widget settings', 'hechting-widget' ),
			__( 'Hechting-widget', 'hechting-widget' ),
			'manage_options',
			SETTINGS_PAGE,
			function () {
				if ( ! current_user_can( 'manage_options' ) ) {
					return;
				}
				?>
				<div class="wrap">
					<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
					<form action="options.php" method="post">
						<?php
						settings_fields( SETTINGS_PAGE );
						do_settings_sections( SETTINGS_PAGE );
						submit_button();
						?>
					</form>
				</div>
				<?php
			}
		);
	}
);

add_filter(
	'plugin_action_links_' . plugin_basename( PLUGIN_FILE ),
	function ( array $links ): array {
		$url = admin_url( 'options-general.php?page=' . SETTINGS_PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'hechting-widget' ) . '</a>' );
		return $links;
	}
);

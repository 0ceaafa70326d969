/**
 * The blocks in the editor: each shows its element itself, live, with a control in the sidebar
 * for each option. The controls offer only what the element accepts, and say so where a typed
 * value (an address, a phone number, a text) would not be used, by the element's own rules.
 * Plain JavaScript on WordPress's globals: the plugin needs no build. The blocks are dynamic:
 * `save` stores nothing but the options.
 */
(function (wp, hechtingWidget) {
  'use strict';

  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;
  var blockEditor = wp.blockEditor;
  var components = wp.components;

  var texts = hechtingWidget.texts;
  var LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'];

  /** An address the element links to (https:, http:, mailto:, tel:, or one on this site starting with /, # or ?), or none at all; as checked_address() in settings.php. */
  function isAddress(value) {
    var address = value.trim();
    if (!address) return true;
    if (!/^([a-z][a-z0-9+.-]*:|[/?#])/i.test(address)) return false;
    try {
      return LINK_SCHEMES.indexOf(new URL(address, document.baseURI).protocol) !== -1;
    } catch (error) {
      return false;
    }
  }

  /** A phone number as the element shows it: digits, spaces, + - . ( ) /. */
  function isPhone(value) {
    return !value.trim() || /^\+?\d{3,20}$/.test(value.replace(/[\s\-.()/]/g, ''));
  }

  /** What would not be used of a typed value, or nothing. */
  var CHECKS = {
    address: function (value) {
      return isAddress(value) ? '' : __('Not used: only addresses that start with https://, http://, mailto: or tel:, or one on this site that starts with /.', 'hechting-widget');
    },
    phone: function (value) {
      return isPhone(value) ? '' : __('Not used: a phone number has digits, spaces, + and - only.', 'hechting-widget');
    },
    text: function (value) {
      return value.length <= hechtingWidget.maxLength
        ? ''
        : /* translators: %d: the most characters a name or link text may have */
          sprintf(__('Not used: at most %d characters.', 'hechting-widget'), hechtingWidget.maxLength);
    },
  };

  /** A block attribute's name as the element's attribute: `headingLevel` is `heading-level`. */
  function attributeName(name) {
    return name.replace(/[A-Z]/g, function (letter) {
      return '-' + letter.toLowerCase();
    });
  }

  /** The options with the site's help page where they name none, as the page will show them (see with_site_help() in elements.php). */
  function withSiteHelp(tag, attributes) {
    var site = hechtingWidget.siteHelp;
    var options = Object.assign({}, attributes);
    if (tag === 'hulp-link') {
      if (!options.href && !options.organization && !options.phone) {
        ['href', 'organization', 'phone'].forEach(function (name) {
          if (site[name]) options[name] = site[name];
        });
        if (site.href && !options.label && site.label) options.label = site.label;
      }
    } else if (!options.hulpHref && site.href) {
      options.hulpHref = site.href;
      options.hulpLabel = options.hulpLabel || site.label || undefined;
    }
    return options;
  }

  /** The element's attributes for `attributes`, as React sets them on a custom element. */
  function elementAttributes(tag, attributes, types) {
    var options = withSiteHelp(tag, attributes);
    var result = {};
    Object.keys(types).forEach(function (name) {
      var value = options[name];
      if (types[name] === 'boolean') result[attributeName(name)] = value ? '' : undefined;
      else result[attributeName(name)] = value === undefined || value === '' ? undefined : String(value);
    });
    return result;
  }

  /** A language's name in itself: "Nederlands", "English". */
  function languageName(code) {
    try {
      return new Intl.DisplayNames([code], { type: 'language' }).of(code);
    } catch (error) {
      return code;
    }
  }

  /** A space-separated list of ids as checkboxes; all or none checked is the attribute left out (all). */
  function IdsControl(props) {
    var chosen = props.value ? props.value.split(/\s+/).filter(Boolean) : [];
    var all = props.choices.map(function (choice) {
      return choice.id;
    });
    var isChosen = function (id) {
      return chosen.length === 0 || chosen.indexOf(id) !== -1;
    };
    return el(
      'fieldset',
      { className: 'components-base-control' },
      el('legend', { className: 'components-base-control__label' }, props.label),
      props.choices.map(function (choice) {
        return el(components.CheckboxControl, {
          key: choice.id,
          label: choice.label,
          checked: isChosen(choice.id),
          onChange: function (on) {
            var next = all.filter(function (id) {
              return id === choice.id ? on : isChosen(id);
            });
            props.onChange(next.length === all.length || next.length === 0 ? undefined : next.join(' '));
          },
        });
      }),
    );
  }

  /** A text option with the check the element applies to it. */
  function checkedText(props, name, label, check, help, type) {
    var value = props.attributes[name] || '';
    var problem = CHECKS[check](value);
    return el(
      Fragment,
      { key: name },
      el(components.TextControl, {
        label: label,
        help: help,
        type: type || 'text',
        value: value,
        onChange: function (next) {
          var update = {};
          update[name] = next || undefined;
          props.setAttributes(update);
        },
      }),
      problem ? el(components.Notice, { status: 'warning', isDismissible: false }, problem) : null,
    );
  }

  /** A help page's address; left empty, the site's from the settings, else what `otherwise` says. */
  function helpPageControl(props, name, label, otherwise) {
    var site = hechtingWidget.siteHelp.href;
    /* translators: %s: the address of the site's help page, from the settings */
    var fromSettings = __('Empty: %s, from the settings.', 'hechting-widget');
    return checkedText(props, name, label, 'address', site ? sprintf(fromSettings, site) : otherwise, 'url');
  }

  function toggle(props, name, label, help) {
    return el(components.ToggleControl, {
      key: name,
      label: label,
      help: help,
      checked: !!props.attributes[name],
      onChange: function (on) {
        var update = {};
        update[name] = on || undefined;
        props.setAttributes(update);
      },
    });
  }

  function select(props, name, label, options, help) {
    return el(components.SelectControl, {
      key: name,
      label: label,
      help: help,
      value: props.attributes[name] === undefined ? '' : String(props.attributes[name]),
      options: options,
      onChange: function (value) {
        var update = {};
        update[name] = value === '' ? undefined : name === 'headingLevel' ? Number(value) : value;
        props.setAttributes(update);
      },
    });
  }

  /** The controls of each element's own options. */
  var OWN_CONTROLS = {
    'hechting-uitleg': function (props) {
      return [
        el(IdsControl, {
          key: 'sections',
          label: __('Sections', 'hechting-widget'),
          value: props.attributes.sections,
          choices: texts.sections,
          onChange: function (sections) {
            props.setAttributes({ sections: sections });
          },
        }),
        toggle(props, 'collapsible', __('Sections open with a click', 'hechting-widget'), __('The introduction stays open.', 'hechting-widget')),
      ];
    },
    'band-tips': function (props) {
      return [
        select(props, 'mode', __('Show', 'hechting-widget'), [
          { value: '', label: __('All tips', 'hechting-widget') },
          { value: 'tip-of-the-day', label: __('One tip a day, with a button for the next', 'hechting-widget') },
        ]),
        select(props, 'age', __('Age of the child', 'hechting-widget'), [
          { value: '', label: __('All ages, and what to do if it does not work out', 'hechting-widget') },
          { value: 'young', label: __('Young children', 'hechting-widget') },
          { value: 'older', label: __('Older children', 'hechting-widget') },
        ]),
        el(IdsControl, {
          key: 'tips',
          label: __('Example tips', 'hechting-widget'),
          value: props.attributes.tips,
          choices: texts.tips,
          onChange: function (tips) {
            props.setAttributes({ tips: tips });
          },
        }),
      ];
    },
    'hulp-link': function (props) {
      return [
        helpPageControl(props, 'href', __('Address of your help page', 'hechting-widget'), __('Empty: the places the source texts name.', 'hechting-widget')),
        checkedText(props, 'label', __('Link text', 'hechting-widget'), 'text'),
        checkedText(props, 'organization', __('Organisation', 'hechting-widget'), 'text'),
        checkedText(props, 'phone', __('Phone number', 'hechting-widget'), 'phone', '', 'tel'),
      ];
    },
  };

  /** The controls every element has: language, title, read aloud and the help page at the end. */
  function commonControls(props, types) {
    var languages = hechtingWidget.languages;
    var controls = [];
    if (languages.length > 1) {
      controls.push(
        select(
          props,
          'lang',
          __('Language', 'hechting-widget'),
          [{ value: '', label: __("The page's language", 'hechting-widget') }].concat(
            languages.map(function (code) {
              return { value: code, label: languageName(code) };
            }),
          ),
        ),
        el(components.ToggleControl, {
          key: 'languages',
          label: __('Language buttons', 'hechting-widget'),
          help: __("A visitor's choice switches every text on the page.", 'hechting-widget'),
          checked: !!props.attributes.languages,
          onChange: function (on) {
            props.setAttributes({ languages: on ? languages.join(' ') : undefined });
          },
        }),
      );
      if (props.attributes.languages) {
        controls.push(
          el(IdsControl, {
            key: 'languages-list',
            label: __('Buttons for', 'hechting-widget'),
            value: props.attributes.languages,
            choices: languages.map(function (code) {
              return { id: code, label: languageName(code) };
            }),
            onChange: function (chosen) {
              props.setAttributes({ languages: chosen || languages.join(' ') });
            },
          }),
        );
      }
    }
    controls.push(
      select(
        props,
        'headingLevel',
        __('Title level', 'hechting-widget'),
        [{ value: '', label: __('Automatic: one below the heading before it', 'hechting-widget') }].concat(
          [1, 2, 3, 4, 5, 6].map(function (level) {
            /* translators: %d: a heading level, 1 to 6 */
            return { value: String(level), label: sprintf(__('Heading %d', 'hechting-widget'), level) };
          }),
        ),
      ),
      toggle(props, 'noTitle', __('Hide the title', 'hechting-widget')),
    );
    if ('noReadAloud' in types) controls.push(toggle(props, 'noReadAloud', __('No "Lees voor" button', 'hechting-widget')));
    if ('hulpHref' in types) {
      controls.push(
        helpPageControl(props, 'hulpHref', __('Help page at the end', 'hechting-widget'), __('Empty: none.', 'hechting-widget')),
        checkedText(props, 'hulpLabel', __('Link text of the help page', 'hechting-widget'), 'text'),
      );
    }
    return controls;
  }

  Object.keys(OWN_CONTROLS).forEach(function (tag) {
    // The element's attributes and their types, from its block.json (see element_attributes()).
    var types = hechtingWidget.attributes[tag];
    wp.blocks.registerBlockType('hechting-widget/' + tag, {
      edit: function (props) {
        return el(
          Fragment,
          null,
          el(
            blockEditor.InspectorControls,
            null,
            el(components.PanelBody, { title: __('Text', 'hechting-widget') }, OWN_CONTROLS[tag](props)),
            el(components.PanelBody, { title: __('Language, title and help', 'hechting-widget') }, commonControls(props, types)),
          ),
          // The element itself, but inert: its links and buttons (a help page, "Lees voor", a
          // language for every text on the page) would act on the editor.
          el('div', blockEditor.useBlockProps(), el(components.Disabled, null, el(tag, elementAttributes(tag, props.attributes, types)))),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.hechtingWidget);

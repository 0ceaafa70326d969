import { define } from '../shared/define.js';
import { HulpLink } from './hulp-link.js';

define('hulp-link', HulpLink);

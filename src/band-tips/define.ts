import '../hulp-link/define.js';
import { define } from '../shared/define.js';
import { BandTips } from './band-tips.js';

define('band-tips', BandTips);

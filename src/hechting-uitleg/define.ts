import '../hulp-link/define.js';
import { define } from '../shared/define.js';
import { HechtingUitleg } from './hechting-uitleg.js';

define('hechting-uitleg', HechtingUitleg);

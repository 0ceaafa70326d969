// A Vite project that imports one element only (tests/build/tarball.test.mjs): its bundle holds
// <hulp-link>'s text and no other element's.
import 'hechting-widget/hulp-link.js';

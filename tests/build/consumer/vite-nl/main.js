// A Vite project that imports the Dutch-only entry (tests/build/tarball.test.mjs): the three
// elements in Dutch, and for lang="en" Dutch with a warning.
import 'hechting-widget/nl';

// `npm start`: serves the project so the demo loads dist/ exactly as a host page would.
import { wdsCssInline } from './scripts/css.mjs';

export default {
  rootDir: '.',
  port: 8000,
  // A module of src/ that imports its stylesheet, as the build bundles it.
  plugins: [wdsCssInline()],
  // The printed address opens the demo; the configurator is built into dist/ (the folder a
  // webmaster uploads), where it was in demo/ before.
  middleware: [
    (context, next) => {
      if (context.path === '/') context.redirect('/demo/');
      else if (context.path === '/demo/configurator.html') context.redirect('/dist/configurator.html');
      return next();
    },
  ],
};

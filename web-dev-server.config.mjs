// `npm start`: serves the project so the demo loads dist/ exactly as a host page would.
export default {
  rootDir: '.',
  port: 8000,
  // The printed address opens the demo.
  middleware: [
    (context, next) => {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
};

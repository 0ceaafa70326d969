import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/**
 * `executeServerCommand('emulate-media-features', { features })`: emulates CSS media features
 * through the DevTools protocol, including forced-colors, which @web/test-runner-commands'
 * emulateMedia offers only with Playwright.
 */
function emulateMediaFeaturesPlugin() {
  // One DevTools session per page, kept open: emulation ends with the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}

export default {
  files: ['tests/**/*.test.ts'],
  // Default export conditions, as in dist/: Lit's production build.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' }), emulateMediaFeaturesPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } })],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
};

// Loaded first by every test page: records what the widget does that a host must know about, in
// window.hechtingTest, before the widget's script runs. A classic script of its own, so that it
// runs under the strictest Content-Security-Policy of the tests.
(() => {
  const recorded = {
    warnings: [],
    errors: [],
    violations: [],
    storage: [],
    globalsBefore: Object.getOwnPropertyNames(window),
  };
  window.hechtingTest = recorded;

  const warn = console.warn;
  console.warn = (...args) => {
    recorded.warnings.push(args.join(' '));
    warn.apply(console, args);
  };
  addEventListener('error', (event) => recorded.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => recorded.errors.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => {
    recorded.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });

  // Every way to store something in the browser, wrapped to record its use.
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    recorded.storage.push(`${this === localStorage ? 'localStorage' : 'sessionStorage'}.setItem(${key})`);
    return setItem.call(this, key, value);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      recorded.storage.push(`document.cookie = ${value}`);
      cookie.set.call(this, value);
    },
  });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name, ...rest) {
    recorded.storage.push(`indexedDB.open(${name})`);
    return open.call(this, name, ...rest);
  };
  if (window.caches) {
    const cachesOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (name) {
      recorded.storage.push(`caches.open(${name})`);
      return cachesOpen.call(this, name);
    };
  }
})();

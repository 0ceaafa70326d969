// Reader View as Firefox runs it (toolkit/components/reader: ReaderMode.sys.mjs and its worker):
// the page, serialized with XMLSerializer, is parsed by JSDOMParser and read by Readability in a
// worker. Both scripts are the ones @mozilla/readability ships, classic scripts as Firefox loads them.
importScripts('/node_modules/@mozilla/readability/JSDOMParser.js', '/node_modules/@mozilla/readability/Readability.js');

// { id, html, url } in; { id, article } out: the article's text and HTML, or null when Readability finds none.
self.onmessage = ({ data: { id, html, url } }) => {
  const article = new Readability(new JSDOMParser().parse(html, url)).parse();
  self.postMessage({ id, article: article ? { text: article.textContent, html: article.content } : null });
};

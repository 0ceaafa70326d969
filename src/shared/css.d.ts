// `import css from './file.css?inline'`: the file's CSS text, minified (scripts/css.mjs).
declare module '*.css?inline' {
  const css: string;
  export default css;
}

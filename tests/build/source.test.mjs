// Safe by construction: the widget's own source never parses HTML from a string, never evaluates
// code from a string and never sets a style attribute. (Lit's own template parsing, with its
// Trusted Types policy, is the one place HTML is made; the browser tests run it under
// Trusted Types and a strict Content-Security-Policy.)
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const FORBIDDEN = [
  [/\binnerHTML\b|\bouterHTML\b|\binsertAdjacentHTML\b|\bcreateContextualFragment\b/, 'HTML parsed from a string'],
  [/\bunsafe(HTML|SVG|MathML|Static)\b/, "Lit's unsafe directives"],
  [/\bdocument\.write\b|\beval\s*\(|\bnew Function\b|setTimeout\(\s*['"`]/, 'code from a string'],
  [/\sstyle=|\.style\b|styleMap/, 'a style attribute'],
  [/<style\b|createElement\(['"]style/, 'a <style> element'],
  [/\bfetch\s*\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|\bimport\s*\(/, 'a network request'],
  [/localStorage|sessionStorage|indexedDB|document\.cookie|\bcaches\b/, 'browser storage'],
];

async function sourceFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(entries.map((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join('src', 'generated') ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  }));
  return files.flat();
}

/** Each line of code in src/ (not a comment) that matches one of `patterns`, as file:line: what: line. */
async function findInCode(patterns) {
  const files = await sourceFiles('src');
  assert.ok(files.length > 10);
  const found = [];
  for (const file of files) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      // Code only: not a // comment, nor a line of a /* */ or /** */ comment.
      const code = line.replace(/\/\/.*$/, '').replace(/^\s*(\/\*|\*).*$/, '');
      for (const [pattern, what] of patterns) if (pattern.test(code)) found.push(`${file}:${i + 1}: ${what}: ${line.trim()}`);
    });
  }
  return found;
}

describe('src/', () => {
  it('has no HTML from strings, no code from strings, no style attributes, no requests and no storage', async () => {
    assert.deepEqual(await findInCode(FORBIDDEN), []);
  });

  // WCAG 2.5.1, 2.5.2 and 2.5.7: a click fires on release, with one pointer, without dragging.
  it('takes pointer input as clicks only: no pointer, mouse, touch, drag or gesture events', async () => {
    const pointer = /\b(pointer|mouse|touch)(down|up|move|start|end|over|out|enter|leave|cancel)\b|drag|\bdrop\b|gesture|\bwheel\b/i;
    assert.deepEqual(await findInCode([[pointer, 'pointer input other than a click']]), []);
  });
});

// How the project measures a file's size over the wire: gzip at level 9 and brotli at quality
// 11, with Node's zlib, as web servers compress (the size budgets and `npm run bench` use it).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const brotliSize = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

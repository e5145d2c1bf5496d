#!/usr/bin/env node
// Prints the gzipped size of the JavaScript the page loads before its first paint, and fails the build
// when it is over the budget (issue 5: "initial JavaScript at most 100 KB gzipped, React included").
//
// "Initial" = the entry chunk of index.html plus every chunk it imports statically, transitively (what
// the browser must fetch before the app runs); chunks behind dynamic import() are listed but not counted.
// Source of truth: Vite's manifest (dist/.vite/manifest.json, build.manifest in vite.config.ts); the
// <script>/<link rel="modulepreload"> tags of dist/index.html are cross-checked against it.
//
// Usage: node scripts/check-bundle-size.mjs [distDir]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget, in bytes of gzip output (1 KB = 1000 bytes, the stricter reading of "100 KB"). */
const INITIAL_JS_BUDGET_BYTES = 100 * 1000;
/** gzip level used to measure: 6 is what common static hosts and CDNs use (9 would flatter the figure). */
const GZIP_LEVEL = 6;

const dist = resolve(process.argv[2] ?? 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
const indexPath = join(dist, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`check-bundle-size: ${indexPath} not found; run vite build first.`);
  process.exit(1);
}

const gz = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: GZIP_LEVEL }).length };
};
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/** JS files index.html loads at once: its module scripts and modulepreload links. */
function filesFromIndexHtml() {
  const html = readFileSync(indexPath, 'utf8');
  const files = new Set();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="\/?([^"]+\.js)"/g)) files.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="\/?([^"]+\.js)"/g)) files.add(match[1]);
  return files;
}

/** Entry chunk + static imports (transitively) from the manifest; dynamic imports listed apart. */
function filesFromManifest() {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry && chunk.file.endsWith('.js'));
  const initial = new Set();
  const lazy = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key] of entries) visit(key);
  for (const chunk of Object.values(manifest)) {
    if (chunk.file.endsWith('.js') && !initial.has(chunk.file)) lazy.add(chunk.file);
    // Web Workers are recorded as assets of the chunk that creates them.
    for (const asset of chunk.assets ?? []) if (asset.endsWith('.js') && !initial.has(asset)) lazy.add(asset);
  }
  return { initial, lazy };
}

const fromHtml = filesFromIndexHtml();
let initial = fromHtml;
let lazy = new Set();
if (existsSync(manifestPath)) {
  ({ initial, lazy } = filesFromManifest());
  const missing = [...fromHtml].filter((file) => !initial.has(file));
  // Anything index.html loads counts, even if the manifest walk did not reach it.
  for (const file of missing) initial.add(file);
} else {
  console.warn('check-bundle-size: no Vite manifest; using the tags of dist/index.html only.');
}

let total = 0;
console.log(`Initial JavaScript (gzip level ${GZIP_LEVEL}):`);
for (const file of [...initial].sort()) {
  const size = gz(file);
  total += size.gzip;
  console.log(`  ${file.padEnd(48)} ${kb(size.raw).padStart(10)} raw  ${kb(size.gzip).padStart(9)} gzip`);
}
console.log(`  ${'total'.padEnd(48)} ${''.padStart(10)}      ${kb(total).padStart(9)} gzip  (budget ${kb(INITIAL_JS_BUDGET_BYTES)})`);
if (lazy.size > 0) {
  console.log('Loaded later (not counted):');
  for (const file of [...lazy].sort()) {
    const size = gz(file);
    console.log(`  ${file.padEnd(48)} ${kb(size.raw).padStart(10)} raw  ${kb(size.gzip).padStart(9)} gzip`);
  }
}
if (total > INITIAL_JS_BUDGET_BYTES) {
  console.error(`Initial JavaScript is ${kb(total)} gzipped, over the ${kb(INITIAL_JS_BUDGET_BYTES)} budget.`);
  process.exit(1);
}
console.log(`Initial JavaScript within budget: ${kb(total)} of ${kb(INITIAL_JS_BUDGET_BYTES)} gzipped.`);

/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * A DoH server to proxy at /dns-query on the page's own origin: the end-to-end tests start the local
 * DNS stack (test/dns-server/) and pass its port here, so the page, its DNS queries and the CSP's 'self'
 * all share one origin (the stack sends no CORS headers for a cross-origin preflight).
 */
const dohPort = process.env.BOUNCE_DOCTOR_DOH_PORT;
const dohProxy: Record<string, ProxyOptions> | undefined = dohPort && /^[0-9]{1,5}$/.test(dohPort)
  ? { '/dns-query': { target: `http://127.0.0.1:${dohPort}`, changeOrigin: true } }
  : undefined;

/**
 * The Content-Security-Policy lives in index.html as a meta tag (a static host sends no headers). The dev
 * server needs inline scripts and styles (React refresh preamble, injected CSS for hot reload), so in dev
 * only the tag is removed; `vite build` and `vite preview` serve it as written.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'bounce-doctor:dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, ''),
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), devWithoutCsp()],
  build: {
    // scripts/check-bundle-size.mjs reads it to find the entry chunk and its static imports.
    manifest: true,
  },
  server: { proxy: dohProxy },
  preview: { proxy: dohProxy },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});

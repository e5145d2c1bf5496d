import { defineConfig } from 'vite';

// The command line as one self-contained ESM file for Node: every dependency bundled in, so start-up
// reads one file instead of resolving node_modules.
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    // Two entries: the command line, and the classify worker thread (src/cli/classify-pool.ts), which
    // shares the reader/classifier chunk with it.
    rollupOptions: {
      input: { cli: 'src/cli/main.ts', 'classify-worker': 'src/cli/classify-worker.ts' },
      output: { entryFileNames: '[name].mjs', chunkFileNames: '[name].mjs', format: 'es' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});

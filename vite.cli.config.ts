import { defineConfig } from 'vite';

// The command line as one self-contained ESM file for Node: every dependency bundled in, so start-up
// reads one file instead of resolving node_modules.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'cli.mjs', format: 'es' } },
  },
  ssr: { noExternal: true, target: 'node' },
});

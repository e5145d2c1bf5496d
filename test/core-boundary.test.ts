import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The lint rule keeps DOM and Node globals out of src/core; this test keeps its imports pointing one way,
// so the core can be bundled for the browser, the Web Worker and the command line alike.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) && !entry.endsWith('.test.ts') ? [path] : [];
  });
}

describe('src/core boundary', () => {
  const files = sourceFiles('src/core');
  it('has source files', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s imports neither the UI, the CLI, React nor Node built-ins', (file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    for (const spec of imports) {
      expect(spec).not.toMatch(/^(react|react-dom|zustand)(\/|$)/);
      expect(spec).not.toMatch(/^node:|^(fs|path|os|child_process|http|https|net|dns)$/);
      expect(spec).not.toMatch(/\/(app|cli)\//);
    }
  });
});

/**
 * Narrows the page's connect-src at start-up. The static policy in index.html has to allow any https
 * resolver (it cannot know a custom URL); a second meta policy added here, before the analysis worker
 * starts, names only the resolvers in Settings. Policies intersect, so it can only narrow; the worker
 * inherits both because it is started from a blob: URL (worker/client.ts). A policy can never be widened
 * later, so a resolver on another origin chosen afterwards needs a reload (features/settings).
 */
import { isAllowedBy } from './connect-sources.ts';

/** The sources applied to this page, null until narrowed (or in dev, where nothing is narrowed). */
let applied: readonly string[] | null = null;

/** Adds `<meta http-equiv="Content-Security-Policy" content="connect-src ...">` once; later calls do nothing. */
export function narrowConnectSrc(sources: readonly string[]): void {
  // The dev server serves no policy at all (vite.config.ts), and its hot-reload socket is not listed here.
  if (applied !== null || import.meta.env.DEV) return;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src ${sources.join(' ')}`;
  document.head.append(meta);
  applied = [...sources];
}

/** Whether this page may reach the resolver at `url` without a reload. */
export function canReachWithoutReload(url: string): boolean {
  return applied === null || isAllowedBy(applied, url, location.origin);
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { connectSourcesFor } from './csp/connect-sources.ts';
import { narrowConnectSrc } from './csp/narrow-connect-src.ts';
import { DEFAULT_EXAMPLE } from './examples/index.ts';
import { hasShareFragment, openShareLinkFromHash, forgetStaleShareFragment } from './features/share/open-link.ts';
import { useSession } from './store/session.ts';
import { pickSettings, useSettings } from './store/settings.ts';
import './styles.css';

/**
 * Start-up: a share link in the address opens that diagnosis; otherwise an example is shown, so a first
 * visit (offline too) sees the tool work at once.
 */
function start(): void {
  // Before anything starts the analysis worker, which inherits the page's policies when it is created.
  narrowConnectSrc(connectSourcesFor(pickSettings(useSettings.getState()), location.origin));
  if (hasShareFragment(location.hash)) void openShareLinkFromHash(location.hash);
  else useSession.getState().setInput(DEFAULT_EXAMPLE.text, 'example', DEFAULT_EXAMPLE.name);

  window.addEventListener('hashchange', () => {
    if (hasShareFragment(location.hash)) void openShareLinkFromHash(location.hash);
  });
  // Once the text is no longer the linked one, drop the fragment so a reload does not bring back old text.
  useSession.subscribe((state, previous) => {
    if (state.source !== 'link' && previous.source === 'link') forgetStaleShareFragment();
  });

  const root = document.getElementById('root');
  if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
}

start();

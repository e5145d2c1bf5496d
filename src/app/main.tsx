import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { DEFAULT_EXAMPLE } from './examples/index.ts';
import { hasShareFragment, openShareLinkFromHash, forgetStaleShareFragment } from './features/share/open-link.ts';
import { useSession } from './store/session.ts';
import './styles.css';

/**
 * Start-up: a share link in the address opens that diagnosis; otherwise an example is shown, so a first
 * visit (offline too) sees the tool work at once.
 */
function start(): void {
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

/**
 * Opening a share link: the part of it that is in the first-paint bundle. The decoder (and its
 * decompressor) is loaded only when the address holds a link.
 */
import { useSession } from '../../store/session.ts';

/** Must equal SHARE_FRAGMENT_PREFIX of src/core/share (not imported here: that would pull the codec into the first paint). */
const SHARE_PREFIX = '#share=';

export function hasShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

export async function openShareLinkFromHash(hash: string): Promise<void> {
  const session = useSession.getState();
  let module: typeof import('./decode-link.ts');
  try {
    module = await import('./decode-link.ts');
  } catch {
    session.showNotice({ tone: 'error', text: 'The shared diagnosis could not be opened: part of the app failed to load. Reload the page to try again.' });
    return;
  }
  const opened = module.decodeLink(hash.slice(1));
  if (!opened.ok) {
    session.clear();
    useSession.getState().showNotice({ tone: 'error', text: opened.message });
    return;
  }
  session.openShared(opened.payload.bounce, opened.payload.settings.blocklists, opened.payload.checkedSteps ?? []);
  useSession.getState().showNotice({ tone: 'info', text: module.openedMessage(opened.payload) });
}

/** Removes the share fragment from the address without a reload or a new history entry. */
export function forgetStaleShareFragment(): void {
  if (hasShareFragment(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
}

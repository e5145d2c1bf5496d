/** Decoding a share link and applying its settings (lazy chunk: holds the codec and the decompressor). */
import { decodeShareLink, shareLinkErrorMessage, type SharePayload, type ShareSettings } from '../../../core/share/index.ts';
import { useSettings } from '../../store/settings.ts';

export type OpenedLink = { ok: true; payload: SharePayload } | { ok: false; message: string };

export function decodeLink(fragment: string): OpenedLink {
  const decoded = decodeShareLink(fragment);
  if (!decoded.ok) return { ok: false, message: shareLinkErrorMessage(decoded.error, 'opening') };
  return { ok: true, payload: decoded.value };
}

/**
 * Applies what a link says about the checks. Cloudflare/Google and the blocklists are taken over; a
 * custom resolver from a link is not (it would send this browser's lookups to a server someone else
 * chose), and the user's own DQS key is kept (a link never carries one).
 */
export function applyLinkSettings(settings: ShareSettings): void {
  const current = useSettings.getState();
  const next = {
    resolver: settings.resolver === 'custom' ? current.resolver : settings.resolver,
    customResolverUrl: current.customResolverUrl,
    blocklists: settings.blocklists,
    dqsKey: current.dqsKey,
  };
  current.replaceAll(next);
}

export function openedMessage(payload: SharePayload): string {
  const parts = ['Opened a shared diagnosis. The checks run again now, from your browser.'];
  if (payload.redacted) parts.push('The sender hid mailbox and personal names; domains and IP addresses are real.');
  if (payload.settings.resolver === 'custom') parts.push('The link named a custom resolver; your own resolver setting is used instead.');
  return parts.join(' ');
}

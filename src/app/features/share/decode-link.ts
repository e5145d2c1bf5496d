/** Decoding a share link and applying its settings (lazy chunk: holds the codec and the decompressor). */
import { decodeShareLink, shareLinkErrorMessage, type SharePayload } from '../../../core/share/index.ts';
import { useSettings } from '../../store/settings.ts';
import { resolverLabel } from '../../store/settings-model.ts';

export type OpenedLink = { ok: true; payload: SharePayload } | { ok: false; message: string };

export function decodeLink(fragment: string): OpenedLink {
  const decoded = decodeShareLink(fragment);
  if (!decoded.ok) return { ok: false, message: shareLinkErrorMessage(decoded.error, 'opening') };
  return { ok: true, payload: decoded.value };
}

export function openedMessage(payload: SharePayload): string {
  const parts = ['Opened a shared diagnosis. The checks run again now, from your browser.'];
  if (payload.redacted) parts.push('The sender hid mailbox and personal names; domains and IP addresses are real.');
  // A link never redirects this browser's lookups: the user's own resolver answers (the blocklists the
  // sender chose are used, for this text only).
  const own = useSettings.getState();
  const sameCustom = payload.settings.resolver === 'custom' && own.resolver === 'custom'
    && (payload.settings.customResolverUrl ?? '').trim() === own.customResolverUrl.trim();
  if (payload.settings.resolver !== own.resolver || (payload.settings.resolver === 'custom' && !sameCustom)) {
    parts.push(`The checks use your own resolver (${resolverLabel(own)}), not the sender's.`);
  }
  return parts.join(' ');
}

/**
 * The facts the plan's steps are written with, gathered once per recipient from the classification:
 * the real addresses, domains, IP and servers, so steps can name them instead of saying "your domain".
 */
import type { Classification, Reason, ReasonDetail, RecipientDiagnosis } from '../classify/types.ts';
import { suggestDomain } from '../knowledge/mailbox-providers.ts';
import { PROVIDERS } from '../knowledge/providers.ts';
import { findSendingService, type SendingService } from '../knowledge/sending-services.ts';

export interface AdviceContext {
  /** The failed recipient's address ('' when the bounce named none). */
  address: string;
  /** The recipient's domain, lower case ('' when unknown). */
  domain: string;
  /** The recipient address with a likely typo of the domain corrected, or null. */
  suggestedAddress: string | null;
  /** The sender's address (From of the returned message, else its Return-Path), or null. */
  sender: string | null;
  /** The domain the sender's mail is authenticated for (From domain, else Return-Path domain), or null. */
  senderDomain: string | null;
  /** The envelope sender's (Return-Path) domain, the identity SPF checks; null when unknown. */
  envelopeDomain: string | null;
  /** The public IP of the sending server, from the Received chain or quoted in the rejection; null when unknown. */
  sendingIp: string | null;
  /** The server that refused, as named in the bounce; null when unknown. */
  remoteMta: string | null;
  /** The server's answer as quoted; null when none. */
  diagnostic: string | null;
  /** DKIM selectors and domains the returned message was signed with. */
  dkim: { domain: string; selector: string }[];
  /** Message-ID of the returned message (for log searches); null when unknown. */
  messageId: string | null;
  reason: Reason;
  status: string | null;
  replyCode: string | null;
  permanent: boolean;
  detail: ReasonDetail;
  /** The provider catalog entry that matched, with its pages; null when none did. */
  provider: { name: string; code: string | null; docsUrl: string; delistUrl: string | null } | null;
  /** The service the sender's mail went out through, when the Received chain shows it. */
  sendingService: SendingService | null;
}

/** The domain of an address as written, lower-cased, for the plan's text ('' when there is no @); diagnose.ts's dnsDomainOf is the stricter one that decides what DNS is asked. */
export function domainOf(address: string | null | undefined): string {
  if (typeof address !== 'string') return '';
  const at = address.lastIndexOf('@');
  if (at < 0) return '';
  const rest = address.slice(at + 1).trim();
  const cut = rest.search(/[>\s]/);
  return (cut < 0 ? rest : rest.slice(0, cut)).toLowerCase();
}

/** "Jane <jane@example.com>" → "jane@example.com"; a bare address stays as it is. */
export function bareAddress(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const lt = value.lastIndexOf('<');
  const gt = value.lastIndexOf('>');
  const inner = lt >= 0 && gt > lt ? value.slice(lt + 1, gt) : value;
  const trimmed = inner.trim();
  return trimmed.includes('@') ? trimmed : null;
}

/** Builds the context for one recipient (or for the message as a whole when `recipient` is null). */
export function adviceContext(c: Classification, recipient: RecipientDiagnosis | null, reason: Reason): AdviceContext {
  const original = c.parsed?.original ?? null;
  const report = recipient ? c.parsed?.recipients?.find((r) => r.address === recipient.address) ?? null : null;
  const address = recipient?.address ?? '';
  const domain = domainOf(address);
  const typo = domain ? suggestDomain(domain) : null;
  const sender = bareAddress(original?.from) ?? bareAddress(original?.returnPath);
  const envelope = bareAddress(original?.returnPath);
  const detail = recipient?.detail ?? {};
  const catalog = detail.provider ? PROVIDERS.find((p) => p.provider === detail.provider) ?? null : null;
  const rule = catalog && detail.providerCode ? catalog.rules.find((r) => r.code === detail.providerCode) ?? null : null;
  const hosts = (original?.received ?? []).flatMap((h) => [h.byHost, h.fromHost]);
  return {
    address,
    domain,
    suggestedAddress: typo ? `${address.slice(0, address.lastIndexOf('@'))}@${typo}` : null,
    sender,
    senderDomain: domainOf(sender) || null,
    envelopeDomain: domainOf(envelope) || null,
    sendingIp: original?.sendingIp ?? detail.blocklist?.ip ?? report?.quotedIps?.[0] ?? null,
    remoteMta: report?.remoteMta ?? null,
    diagnostic: report?.diagnostic ?? null,
    dkim: (original?.dkimSignatures ?? []).map((s) => ({ domain: s.domain, selector: s.selector })),
    messageId: original?.messageId ?? null,
    reason,
    status: recipient?.status ?? null,
    replyCode: recipient?.replyCode ?? null,
    permanent: recipient?.permanent ?? true,
    detail,
    provider: catalog
      ? { name: catalog.provider, code: detail.providerCode ?? null, docsUrl: rule?.docsUrl ?? catalog.docsUrl, delistUrl: catalog.delistUrl ?? null }
      : null,
    sendingService: findSendingService(hosts),
  };
}

/**
 * What to do about each reason of the vocabulary, as data: one function per reason that writes the
 * steps with the real names of the bounce filled in. Written in our own words. Steps that a DNS check
 * can confirm or replace carry a `topic`, so the plan can swap them for the check's concrete findings.
 */
import type { Actor, Reason } from '../classify/types.ts';
import type { AdviceContext } from './context.ts';
import { blocklistQuery, dblQuery, digMx, digPtr, digTxt, grepLog, ncSmtp, opensslStarttls, ptrRecord, type Copyable } from './commands.ts';
import { BLOCKLISTS } from '../knowledge/blocklists.ts';

/**
 * The subject a step shares with a DNS check, so the check's result can confirm or replace it. Only
 * advice that the check really settles carries one: "is the mailbox real" is not settled by an address
 * syntax check, nor a provider's private block list by the public blocklists.
 */
export type Topic = 'spf' | 'dkim' | 'dmarc' | 'ptr' | 'blocklist-ip' | 'blocklist-domain' | 'mx' | 'address';

export interface StepLink {
  label: string;
  url: string;
}

/** A step before it gets its id. */
export interface StepDraft {
  /** Unique within its reason; the step id is "<reason>.<key>". */
  key: string;
  actor: Actor;
  title: string;
  body: string;
  copyables?: Copyable[];
  links?: StepLink[];
  topic?: Topic;
}

export type AdviceFn = (ctx: AdviceContext) => StepDraft[];

/** Pages several reasons point to. */
export const PAGES = {
  googlePostmaster: { label: 'Google Postmaster Tools (your domain\'s reputation at Gmail)', url: 'https://postmaster.google.com/' },
  googleSenderGuide: { label: 'Google: email sender guidelines', url: 'https://support.google.com/a/answer/81126' },
  microsoftSnds: { label: 'Microsoft SNDS (your IP\'s reputation at Outlook.com)', url: 'https://sendersupport.olc.protection.outlook.com/snds/' },
  microsoftDelist: { label: 'Microsoft 365 delisting portal', url: 'https://sender.office.com/' },
  yahooSenderHub: { label: 'Yahoo Sender Hub', url: 'https://senders.yahooinc.com/' },
  spamhausCheck: { label: 'Spamhaus IP and domain reputation checker', url: 'https://check.spamhaus.org/' },
  spamhausDqs: { label: 'Spamhaus Data Query Service: free key for lookups through public resolvers', url: 'https://www.spamhaus.com/free-trial/sign-up-for-a-free-data-query-service-account/' },
} as const;

/** "example.org" or a neutral phrase. */
function senderDomainText(ctx: AdviceContext): string {
  return ctx.senderDomain ?? 'your sending domain';
}
/** "the address x" or "the address". */
function addressText(ctx: AdviceContext): string {
  return ctx.address ? ctx.address : 'the address';
}
/** The sending IP or a phrase that tells where to find it. */
function ipText(ctx: AdviceContext): string {
  return ctx.sendingIp ?? 'your sending server\'s public IP (the first public IP in the Received headers of the returned message)';
}
/** Drops nulls from a list of copyables. */
function present<T>(items: (T | null | undefined | false | '')[]): T[] {
  return items.filter((x): x is T => x !== null && x !== undefined && x !== false && x !== '');
}
/** The provider's page for this code, when a catalog matched. */
function providerLinks(ctx: AdviceContext): StepLink[] {
  if (!ctx.provider) return [];
  const label = ctx.provider.code ? `${ctx.provider.name}: what ${ctx.provider.code} means` : `${ctx.provider.name}: delivery error reference`;
  return [{ label, url: ctx.provider.docsUrl }];
}
/** A step that fixes the typo in the recipient's domain, when one is likely. */
function typoStep(ctx: AdviceContext): StepDraft[] {
  if (!ctx.suggestedAddress) return [];
  return [{
    key: 'typo', actor: 'sender',
    title: `Send to ${ctx.suggestedAddress} instead: "${ctx.domain}" looks like a typing mistake`,
    body: `The domain ${ctx.domain} is one or two letters away from a large mailbox provider. Check with the recipient that ${ctx.suggestedAddress} is right, send again to it, and correct the address in your contacts or list.`,
    copyables: [{ label: 'Corrected address', text: ctx.suggestedAddress }],
  }];
}
/** Tell the recipient by another channel: the fallback when only they can act. */
function tellRecipient(ctx: AdviceContext, what: string): StepDraft {
  return {
    key: 'tell-recipient', actor: 'sender',
    title: `Tell ${ctx.address || 'the recipient'} by phone, chat or another address`,
    body: `${what} They will not see your email until then. Give them the error line below so their administrator can act on it.`,
    copyables: ctx.diagnostic ? [{ label: 'The server\'s answer', text: ctx.diagnostic }] : [],
  };
}
/**
 * Hours after which a greylisted message that still has not gone through is worth a look: greylisting
 * servers accept a retry after minutes, and senders retry every 5 to 30 minutes at first.
 */
export const GREYLIST_ESCALATE_HOURS = 4;

/** Greylisting: wait for the automatic retry; only a retry that keeps failing needs a look at the sending side. */
function greylistSteps(ctx: AdviceContext): StepDraft[] {
  return [
    {
      key: 'greylist-wait', actor: 'sender',
      title: 'Wait: your server retries by itself',
      body: 'The receiving server uses greylisting: it turns away the first attempt from a sender it does not know yet and accepts the next one. Your server tries again on its own, usually within 5 to 30 minutes, and the message then arrives. Do not resend it by hand.',
    },
    {
      key: 'greylist-still-failing', actor: 'sender-admin',
      title: `If it still has not gone through after ${GREYLIST_ESCALATE_HOURS} hours: check the outgoing queue, and that retries leave from the same IP`,
      body: 'Greylisting lets a retry through only when it comes from the same sending IP (with the same sender and recipient). Check that the message is still queued and being retried. If your mail goes out through a pool of IPs (a cloud relay, several load-balanced servers), each retry can look like a new sender and be turned away again: send retries for this domain from one IP, or ask the recipient\'s administrator to allow your servers.',
      copyables: present([{ label: 'Postfix: list the outgoing queue', text: 'postqueue -p' }, ctx.messageId ? grepLog(ctx.messageId) : ctx.address ? grepLog(ctx.address) : null]),
      links: providerLinks(ctx),
    },
  ];
}

/** Hours after which a message to a flooded mailbox is worth sending again: such limits ease within hours. */
export const FLOODED_RESEND_HOURS = 3;

/**
 * The recipient's mailbox is getting mail faster than their provider lets in (detail.recipientFlooded):
 * the sender waits and, after a final answer, sends again later; a flood that lasts is the recipient's to stop.
 */
function floodedSteps(ctx: AdviceContext): StepDraft[] {
  const who = ctx.address || 'the recipient';
  return [
    ctx.permanent
      ? {
        key: 'resend-later', actor: 'sender',
        title: `Send the message again in ${FLOODED_RESEND_HOURS} hours or more`,
        body: `Your server has given up on this message, but nothing was wrong with it or with how fast you send: the mailbox of ${who} was taking in too much mail at that moment. Such limits ease within hours; a new send then normally gets through. Sending more slowly on your side would not have helped.`,
      }
      : {
        key: 'resend-later', actor: 'sender',
        title: 'Wait: your server tries again by itself',
        body: `The mailbox of ${who} is receiving more mail than its provider lets in for now, so new messages are held off for a while. Your server keeps retrying and the message arrives once the flow eases. Do not resend it by hand: that only adds to the pile. Your own sending rate is not the problem.`,
      },
    {
      key: 'recipient-flooded', actor: 'recipient',
      title: 'If it keeps happening, tell the recipient their mailbox is being flooded',
      body: 'A mailbox that hits this limit again and again is usually fed by something: a forwarding rule that loops, a newsletter or monitoring system sending in bulk, a form being abused, or a deliberate flood. The recipient (or their mail administrator) should find the source in their inbox and stop it; until then every sender gets this answer.',
      links: providerLinks(ctx),
    },
  ];
}

/** The SPF step: what to add, with the detected sending service or IP. */
function spfStep(ctx: AdviceContext): StepDraft {
  const domain = ctx.envelopeDomain ?? ctx.senderDomain;
  const mechanism = ctx.sendingService?.spfInclude ?? (ctx.sendingIp ? `${ctx.sendingIp.includes(':') ? 'ip6' : 'ip4'}:${ctx.sendingIp}` : null);
  return {
    key: 'spf', actor: 'sender-admin', topic: 'spf',
    title: domain ? `Authorise your sending server in the SPF record of ${domain}` : 'Authorise your sending server in your domain\'s SPF record',
    body: `The receiver checked the SPF record of ${domain ?? 'the envelope sender\'s domain'} and the server that sent the message was not in it. ` +
      (mechanism
        ? `Add "${mechanism}" to the existing record, before its "all" term${ctx.sendingService ? ` (the message went out through ${ctx.sendingService.name})` : ''}. Keep a single v=spf1 record and at most 10 DNS lookups in total.`
        : 'Add every service that sends as your domain (your mail host, newsletter tool, CRM) to the one v=spf1 record, staying under 10 DNS lookups.'),
    copyables: present([domain && digTxt(domain, `Show the current SPF record of ${domain}`), mechanism && { label: 'Mechanism to add', text: mechanism }]),
  };
}
/** The DKIM step: sign with the From domain, using the selectors the message carried. */
function dkimStep(ctx: AdviceContext): StepDraft {
  const domain = ctx.senderDomain;
  const sigs = ctx.dkim.filter((s) => s.domain && s.selector).slice(0, 3);
  return {
    key: 'dkim', actor: 'sender-admin', topic: 'dkim',
    title: domain ? `Sign outgoing mail with DKIM for ${domain}` : 'Sign outgoing mail with DKIM for your domain',
    body: sigs.length > 0
      ? `The message was signed as ${sigs.map((s) => `d=${s.domain} (selector ${s.selector})`).join(', ')}. Check that each key is published and not revoked, and that one signature uses ${domain ?? 'the From domain'} itself.`
      : `The returned message carries no DKIM signature. Turn on DKIM signing in your mail service for ${domain ?? 'your domain'} and publish the public key it gives you under <selector>._domainkey.${domain ?? 'your-domain'}.`,
    copyables: sigs.map((s) => digTxt(`${s.selector}._domainkey.${s.domain}`, `Show the DKIM key of selector ${s.selector}`)),
    links: ctx.sendingService ? [{ label: `${ctx.sendingService.name}: set up DKIM`, url: ctx.sendingService.dkimSetupUrl }] : [],
  };
}
/** The DMARC step: make the From domain align, and see the policy. */
function dmarcStep(ctx: AdviceContext): StepDraft {
  const domain = ctx.senderDomain;
  return {
    key: 'dmarc', actor: 'sender-admin', topic: 'dmarc',
    title: domain ? `Make SPF or DKIM pass for ${domain} itself (DMARC alignment)` : 'Make SPF or DKIM pass for the From domain itself (DMARC alignment)',
    body: `DMARC passes only when SPF or DKIM passes for the same domain as the visible From address${domain ? ` (${domain})` : ''}. A service that signs with its own domain, or uses its own bounce address, does not count: configure it to sign with your domain (custom DKIM) or to use a Return-Path in your domain.`,
    copyables: present([domain && digTxt(`_dmarc.${domain}`, `Show the DMARC policy of ${domain}`)]),
  };
}
/** Delisting step for one catalog list, with the IP filled in. */
function listStep(ctx: AdviceContext, name: string, lookupUrl: string | null, delistUrl: string | null, how: string | null): StepDraft {
  const ip = ctx.sendingIp;
  return {
    key: `delist-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, actor: 'sender-admin', topic: 'blocklist-ip',
    title: `Get ${ip ?? 'your sending IP'} removed from ${name}`,
    body: `The rejection names ${name}. Look up why ${ip ?? 'the IP'} is listed, fix that cause first (a compromised account, an infected machine, a form that sends spam), then request removal. ${how ?? ''}`.trim(),
    links: present([lookupUrl && { label: `${name}: look up ${ip ?? 'the IP'}`, url: lookupUrl }, delistUrl && delistUrl !== lookupUrl && { label: `${name}: request removal`, url: delistUrl }]),
  };
}

const reasonAdvice: Record<Reason, AdviceFn> = {
  userunknown: (ctx) => [
    ...typoStep(ctx),
    {
      key: 'verify-address', actor: 'sender',
      title: `Check that ${addressText(ctx)} is spelled right, or ask the person for their current address`,
      body: `The receiving server says the mailbox does not exist. Compare the address letter by letter with one the person gave you (a signature, a business card). If they left the organisation, ask a colleague there who took over. Sending again to the same address will fail the same way.`,
      copyables: ctx.address ? [{ label: 'Address that failed', text: ctx.address }] : [],
    },
    {
      key: 'remove-from-lists', actor: 'sender-admin',
      title: `Remove ${addressText(ctx)} from mailing lists and CRM`,
      body: 'Mailbox providers lower the reputation of senders who keep writing to addresses that do not exist. Suppress this address in every system that sends to it automatically.',
    },
  ],
  hostunknown: (ctx) => [
    ...typoStep(ctx),
    {
      key: 'check-domain', actor: 'sender', topic: 'mx',
      title: `Check the domain "${ctx.domain || 'after the @'}": it does not receive email`,
      body: `${ctx.domain || 'The recipient\'s domain'} either does not exist or publishes no mail server. Look for a typing mistake (.con for .com, a missing letter); otherwise the domain may have expired. Ask the recipient for a working address.`,
      copyables: ctx.domain ? [digMx(ctx.domain), { label: `Check whether ${ctx.domain} exists at all`, text: `dig +short NS ${ctx.domain}` }] : [],
    },
    {
      key: 'publish-mx', actor: 'recipient-admin', topic: 'mx',
      title: `If ${ctx.domain || 'the domain'} is meant to receive mail: renew it and publish its MX records`,
      body: 'The owner of the domain must make sure the registration is current and publish the MX records their mail provider specifies (the provider\'s setup page gives the exact host names).',
    },
  ],
  mailboxfull: (ctx) => [
    {
      key: 'free-space', actor: 'recipient',
      title: `${ctx.address ? `The owner of ${ctx.address}` : 'The recipient'} must free up mailbox space`,
      body: 'Delete large old messages and empty the deleted-items and spam folders, or buy more storage. New mail is refused until there is room.',
    },
    tellRecipient(ctx, 'Let them know their mailbox is full.'),
    {
      key: 'resend-later', actor: 'sender',
      title: ctx.permanent ? 'Send the message again once they confirm there is space' : 'Let your server keep retrying; resend only if it finally gives up',
      body: ctx.permanent
        ? 'This answer was final, so your server will not retry on its own.'
        : 'This was a temporary refusal: your server retries for a few days by itself and the message arrives once space is freed.',
    },
  ],
  suspend: (ctx) => [
    tellRecipient(ctx, `Their account ${ctx.address ? `(${ctx.address}) ` : ''}is disabled or suspended.`),
    {
      key: 'reactivate', actor: 'recipient',
      title: 'Reactivate the mailbox, or give senders a new address',
      body: 'The account holder (or their organisation\'s administrator) must re-enable the account, for example by logging in or renewing the subscription. If it was closed for good, they should send you their new address.',
    },
  ],
  hasmoved: (ctx) => [
    ctx.detail.newAddress
      ? {
        key: 'new-address', actor: 'sender',
        title: `Send the message to ${ctx.detail.newAddress}`,
        body: `The receiving server says ${addressText(ctx)} moved to ${ctx.detail.newAddress}. Resend there and update your contacts and lists.`,
        copyables: [{ label: 'New address', text: ctx.detail.newAddress }],
      }
      : {
        key: 'ask-new-address', actor: 'sender',
        title: `Ask the recipient for the address that replaced ${addressText(ctx)}`,
        body: 'The receiving server says this person no longer reads mail here but gave no new address. Reach them another way, then update your contacts and lists.',
      },
  ],
  norelaying: (ctx) => [
    {
      key: 'smtp-auth', actor: 'sender',
      title: 'Turn on authentication for your outgoing mail server',
      body: 'If you send from a mail program, phone, printer or website: set the outgoing (SMTP) server to require login with your mailbox user name and password (or app password), port 587 with STARTTLS. Without a login, servers refuse to pass mail on to other domains.',
    },
    {
      key: 'check-mx', actor: 'recipient-admin', topic: 'mx',
      title: `Make sure the MX records of ${ctx.domain || 'the recipient domain'} point at the server that hosts its mailboxes`,
      body: `The server that answered${ctx.remoteMta ? ` (${ctx.remoteMta})` : ''} does not consider itself responsible for ${ctx.domain || 'the domain'}. After a move to another mail provider, the old server often still answers for a while or the domain was not added to the new one.`,
      copyables: ctx.domain ? [digMx(ctx.domain)] : [],
    },
  ],
  rejected: (ctx) => [
    {
      key: 'sender-domain-mail', actor: 'sender-admin',
      title: `Make sure ${ctx.envelopeDomain ?? senderDomainText(ctx)} can receive mail (it is your sender address)`,
      body: 'Receivers refuse messages whose sender address could not take a reply: the domain must exist and publish MX records, and must not publish a null MX ("0 ."). A no-reply address at a made-up subdomain causes exactly this.',
      copyables: present([(ctx.envelopeDomain ?? ctx.senderDomain) && digMx((ctx.envelopeDomain ?? ctx.senderDomain)!)]),
    },
    {
      key: 'sender-address', actor: 'sender',
      title: `Check the sender address${ctx.sender ? ` ${ctx.sender}` : ''} your program uses`,
      body: 'The refusal is about who the message claims to be from. Send from your real mailbox address; if a website or device sends for you, set its From and envelope address to a real mailbox of your domain.',
    },
  ],
  blocked: (ctx) => {
    if (ctx.detail.greylisted) return greylistSteps(ctx);
    const steps: StepDraft[] = [];
    if (ctx.detail.blocklist) {
      const known = BLOCKLISTS.find((b) => b.name === ctx.detail.blocklist?.name || ctx.detail.blocklist?.name.toLowerCase().includes(b.zone));
      steps.push(listStep(ctx, ctx.detail.blocklist.name, ctx.detail.blocklist.lookupUrl ?? (known && ctx.sendingIp ? known.lookupUrl(ctx.sendingIp) : null), ctx.detail.blocklist.delistUrl, known?.delistHow ?? null));
    }
    if (ctx.provider?.delistUrl) {
      steps.push({
        key: 'provider-delist', actor: 'sender-admin',
        title: `Ask ${ctx.provider.name} to unblock ${ipText(ctx)}`,
        body: `${ctx.provider.name} keeps its own block list. Once the cause is fixed, request removal on its page, quoting the full rejection line.`,
        links: [{ label: `${ctx.provider.name}: unblock request`, url: ctx.provider.delistUrl }, ...providerLinks(ctx)],
        copyables: ctx.diagnostic ? [{ label: 'Rejection line to quote', text: ctx.diagnostic }] : [],
      });
    }
    steps.push({
      key: 'find-cause', actor: 'sender-admin',
      title: `Find out why ${ipText(ctx)} is refused, and stop it`,
      body: 'Blocks like this follow spam or abuse seen from the IP. Look for a hacked mailbox or website form sending in bulk, an infected computer behind the same public IP, or a shared IP used by another customer of your host. If you are not the administrator, forward this bounce to whoever runs your mail.',
      copyables: present([ctx.sendingIp && blocklistQuery(ctx.sendingIp, 'zen.spamhaus.org'), ctx.sendingIp && blocklistQuery(ctx.sendingIp, 'b.barracudacentral.org')]),
      links: [{ label: 'Spamhaus: check the IP', url: ctx.sendingIp ? `https://check.spamhaus.org/results/?query=${encodeURIComponent(ctx.sendingIp)}` : PAGES.spamhausCheck.url }],
    });
    return steps;
  },
  badreputation: (ctx) => [
    {
      key: 'authenticate', actor: 'sender-admin', topic: 'dmarc',
      title: `Make SPF, DKIM and DMARC pass for ${senderDomainText(ctx)}`,
      body: 'Reputation is tied to authenticated domains. Receivers trust a sender more once all three pass and align with the From address; the checks below show what is missing.',
      copyables: present([ctx.senderDomain && digTxt(ctx.senderDomain, 'SPF record'), ctx.senderDomain && digTxt(`_dmarc.${ctx.senderDomain}`, 'DMARC record')]),
    },
    {
      key: 'sending-practice', actor: 'sender-admin',
      title: 'Lower the volume to this provider and send only to people who asked for it',
      body: 'Remove addresses that bounce or never open, honour unsubscribes within two days, and raise volume gradually (a new IP or domain needs weeks of warm-up). Keep spam complaints under 0.3% of delivered mail, the ceiling Gmail and Yahoo set for bulk senders (under 0.1% is the safe zone).',
      links: [PAGES.googlePostmaster, PAGES.microsoftSnds, PAGES.yahooSenderHub, ...providerLinks(ctx)],
    },
  ],
  requireptr: (ctx) => [
    {
      key: 'ptr', actor: 'sender-admin', topic: 'ptr',
      title: `Have a reverse DNS (PTR) name set for ${ipText(ctx)} that points back to it`,
      body: 'Only whoever controls the IP block (your hosting provider or ISP, often in its control panel) can set the PTR record. Pick a host name in your own domain, make its A/AAAA record point to the IP, and use the same name as the server\'s HELO name.',
      copyables: present([ctx.sendingIp && digPtr(ctx.sendingIp), ctx.sendingIp && ptrRecord(ctx.sendingIp, `mail.${ctx.senderDomain ?? 'example.com'}`)]),
      links: providerLinks(ctx),
    },
  ],
  authfailure: (ctx) => {
    const auth = ctx.detail.auth ?? {};
    const named = auth.spf || auth.dkim || auth.dmarc;
    const steps: StepDraft[] = [];
    if (!named || auth.dmarc) steps.push(dmarcStep(ctx));
    if (!named || auth.spf || auth.dmarc) steps.push(spfStep(ctx));
    if (!named || auth.dkim || auth.dmarc) steps.push(dkimStep(ctx));
    if (ctx.provider) steps[0] = { ...steps[0]!, links: [...(steps[0]!.links ?? []), ...providerLinks(ctx)] };
    return steps;
  },
  securityerror: (ctx) => ctx.detail.tlsRequired
    ? [{
      key: 'enable-tls', actor: 'sender-admin',
      title: `Turn on TLS for outgoing mail${ctx.domain ? ` to ${ctx.domain}` : ''}`,
      body: `${ctx.domain || 'The recipient domain'} accepts mail only over an encrypted connection. Configure your mail server to use STARTTLS when sending (in Postfix: smtp_tls_security_level = may, or encrypt for this domain).`,
      copyables: present([{ label: 'Postfix: show the current setting', text: 'postconf smtp_tls_security_level' }, ctx.remoteMta && opensslStarttls(ctx.remoteMta)]),
    }]
    : [{
      key: 'check-login', actor: 'sender',
      title: 'Check the outgoing server settings of the program that sent this',
      body: 'The server demanded a login or encryption it did not get, or refused the credentials. Use port 587 with STARTTLS and your full address as user name; if your account uses two-factor sign-in, create an app password. Ask your mail administrator if the account is allowed to send by SMTP at all.',
      copyables: ctx.remoteMta ? [opensslStarttls(ctx.remoteMta, 587)] : [],
    }],
  failedstarttls: (ctx) => [
    {
      key: 'test-tls', actor: 'sender-admin',
      title: `Test the TLS handshake with ${ctx.remoteMta ?? 'the receiving server'}`,
      body: 'Look at the certificate dates and names and at the protocol version agreed. An expired or self-signed certificate, or a server that allows only old TLS versions, makes the handshake fail. If the fault is on the receiving side, send them the output.',
      copyables: ctx.remoteMta ? [opensslStarttls(ctx.remoteMta)] : [],
    },
    {
      key: 'fix-certificate', actor: 'recipient-admin',
      title: 'Renew the mail server certificate and allow TLS 1.2 or newer',
      body: 'The receiving server\'s administrator should make sure its certificate is valid for its host name and its TLS settings accept current clients.',
    },
  ],
  spamdetected: (ctx) => [
    {
      key: 'rework-content', actor: 'sender',
      title: 'Rewrite the message so it does not look like bulk mail, then send it again',
      body: 'Send a short personal message without link shorteners, tracking links, large images or attachments, and with a plain-text part. Content filters also score the domains linked in the message, so remove links to sites you do not control.',
    },
    {
      key: 'domain-lists', actor: 'sender-admin', topic: 'blocklist-domain',
      title: `Check that ${senderDomainText(ctx)} and the domains you link to are not on domain blocklists`,
      body: 'Filters compare every domain in a message with lists such as the Spamhaus DBL and URIBL; one listed link is enough to refuse the whole message.',
      copyables: ctx.senderDomain ? [dblQuery(ctx.senderDomain)] : [],
      links: [PAGES.spamhausCheck, ...providerLinks(ctx)],
    },
  ],
  virusdetected: () => [
    {
      key: 'scan-attachment', actor: 'sender',
      title: 'Scan the attachment, then share it by link instead of attaching it',
      body: 'Run an up-to-date virus scan on the file. Even clean files are refused when they are executables, scripts, Office files with macros or password-protected archives; upload them to a file-sharing service and send the link instead.',
    },
  ],
  contenterror: (ctx) => [
    {
      key: 'fix-generator', actor: 'sender-admin',
      title: 'Fix the program that builds these messages',
      body: 'Check the raw message for lines longer than 998 characters, 8-bit text without a MIME charset, broken MIME boundaries or malformed headers. Send the same message from an ordinary mail program to see whether the problem follows the program.',
      copyables: ctx.messageId ? [grepLog(ctx.messageId)] : [],
    },
  ],
  filtered: (ctx) => [
    tellRecipient(ctx, 'Their mail system refused your message without giving a clear reason.'),
    {
      key: 'check-filter-logs', actor: 'recipient-admin',
      title: 'Look up the message in the mail filter\'s logs and release or allow it',
      body: `The recipient's administrator can search the filter or quarantine logs for the message and see which rule refused it${ctx.sender ? `, then allow ${ctx.sender}` : ''}.`,
      copyables: present([ctx.messageId && { label: 'Message-ID to search for', text: ctx.messageId }]),
    },
  ],
  policyviolation: (ctx) => [
    {
      key: 'ask-policy', actor: 'recipient-admin',
      title: `Ask the administrators of ${ctx.domain || 'the recipient domain'} which rule refused the message`,
      body: 'The receiving organisation has a rule about who may send what (allowed senders, attachment types, external mail to groups). Only its administrators can change it or add an exception; give them the error line.',
      copyables: ctx.diagnostic ? [{ label: 'The server\'s answer', text: ctx.diagnostic }] : [],
      links: providerLinks(ctx),
    },
    {
      key: 'adjust-message', actor: 'sender',
      title: 'Try again without what the rule names',
      body: 'If the answer mentions attachments, file types or wording, send again without them (for example share the file by link), or send from an address the recipient has approved.',
    },
  ],
  mesgtoobig: (ctx) => [
    {
      key: 'shrink', actor: 'sender',
      title: ctx.detail.sizeLimitBytes
        ? `Keep the message under ${(ctx.detail.sizeLimitBytes / 1048576).toFixed(1)} MB, or share the file by link`
        : 'Send the attachment by link, or split it across several messages',
      body: 'Attachments grow by about a third when they are sent by email, so a 20 MB file becomes about 27 MB. Upload large files to a file-sharing service and send the link, or compress images and PDFs first.',
    },
  ],
  exceedlimit: (ctx) => [
    {
      key: 'split', actor: 'sender',
      title: 'Send to fewer recipients per message, or make the message smaller',
      body: `A limit of the receiving server was exceeded${ctx.detail.rateLimit ? ` ("${ctx.detail.rateLimit}")` : ''}. Split long recipient lists into several messages (or use a mailing-list service), and share large files by link.`,
    },
  ],
  toomanyconn: (ctx) => [
    {
      key: 'lower-concurrency', actor: 'sender-admin',
      title: `Open fewer simultaneous connections to ${ctx.domain || 'this destination'}`,
      body: 'Your server opened more parallel connections than the receiver allows. The message is retried on its own; to avoid it, lower the per-destination concurrency (Postfix example below).',
      copyables: [{ label: 'Postfix: limit parallel deliveries per destination', text: "postconf -e 'smtp_destination_concurrency_limit = 2' && postfix reload" }],
    },
  ],
  speeding: (ctx) => (ctx.detail.recipientFlooded ? floodedSteps(ctx) : [
    {
      key: 'slow-down', actor: 'sender-admin',
      title: `Send more slowly to ${ctx.domain || 'this provider'}`,
      body: `The receiver limits how many messages it takes per period${ctx.detail.rateLimit ? ` ("${ctx.detail.rateLimit}")` : ''}. Spread bulk sends over hours, and add a delay between deliveries to the same domain.`,
      copyables: [{ label: 'Postfix: pause between deliveries to one domain', text: "postconf -e 'smtp_destination_rate_delay = 1s' && postfix reload" }],
      links: providerLinks(ctx),
    },
  ]),
  expired: (ctx) => [
    {
      key: 'find-earlier-error', actor: 'sender-admin',
      title: 'Find the temporary error that kept repeating, in your mail log',
      body: 'Your server gave up after retrying for days. The log lines of the attempts say why each one failed (connection timed out, greylisting, a 4xx answer); that is the real cause to fix.',
      copyables: ctx.messageId ? [grepLog(ctx.messageId)] : ctx.address ? [grepLog(ctx.address)] : [],
    },
    {
      key: 'test-destination', actor: 'sender-admin', topic: 'mx',
      title: `Check that the mail servers of ${ctx.domain || 'the recipient domain'} answer`,
      body: 'If the MX hosts do not accept connections on port 25 from your server, nothing gets through; a firewall on either side is a common cause.',
      copyables: present([ctx.domain && digMx(ctx.domain), ctx.remoteMta && ncSmtp(ctx.remoteMta)]),
    },
  ],
  networkerror: (ctx) => [
    {
      key: 'check-dns-reach', actor: 'recipient-admin', topic: 'mx',
      title: `Check the DNS and mail servers of ${ctx.domain || 'the recipient domain'}`,
      body: 'Delivery failed on a DNS lookup, a timeout or a refused connection. If the MX lookup fails or the hosts do not answer on port 25, the recipient domain\'s administrators must fix it; if they answer from elsewhere, the problem is on the sending side\'s network.',
      copyables: present([ctx.domain && digMx(ctx.domain), ctx.remoteMta && ncSmtp(ctx.remoteMta)]),
    },
  ],
  notaccept: (ctx) => [
    {
      key: 'other-address', actor: 'sender', topic: 'mx',
      title: `Ask for another address: ${ctx.domain || 'this domain'} accepts no email at all`,
      body: `${ctx.domain || 'The domain'} declares that it receives no mail (a null MX "0 .") or has no server that accepts it. Retrying cannot work.`,
      copyables: ctx.domain ? [digMx(ctx.domain)] : [],
    },
  ],
  notcompliantrfc: (ctx) => [
    {
      key: 'fix-headers', actor: 'sender-admin',
      title: 'Fix the headers the sending program writes',
      body: 'Every message needs exactly one From, one Date and one Message-ID header, a valid From address, and no duplicated Subject or To. Compare the headers of the returned message against RFC 5322 section 3.6 and fix the program or script that wrote it.',
      copyables: ctx.messageId ? [{ label: 'Message-ID of the refused message', text: ctx.messageId }] : [],
      links: [{ label: 'RFC 5322 section 3.6: required header fields', url: 'https://www.rfc-editor.org/rfc/rfc5322#section-3.6' }],
    },
  ],
  systemerror: (ctx) => [
    {
      key: 'retry-later', actor: 'sender',
      title: 'Send the message again in an hour',
      body: 'The receiving system had an internal problem that is usually short-lived. If the same error comes back for a day, contact the recipient another way so their administrator can look.',
    },
    {
      key: 'check-server', actor: 'recipient-admin',
      title: `Check the logs of the mail server${ctx.remoteMta ? ` ${ctx.remoteMta}` : ''} at the time of the bounce`,
      body: 'The error came from the receiving system itself; its log for the moment of the rejection shows what broke.',
      copyables: ctx.diagnostic ? [{ label: 'The server\'s answer', text: ctx.diagnostic }] : [],
    },
  ],
  systemfull: (ctx) => [
    {
      key: 'free-disk', actor: 'recipient-admin',
      title: `Free disk space on the mail server${ctx.remoteMta ? ` ${ctx.remoteMta}` : ''}`,
      body: 'The receiving server has no room left for incoming mail for anyone. Its administrator must free space or add storage; until then mail is deferred.',
      copyables: [{ label: 'Show free space on the mail spool', text: 'df -h /var/spool /var/mail' }],
    },
  ],
  mailererror: (ctx) => [
    {
      key: 'check-delivery-program', actor: 'recipient-admin',
      title: 'Check the local delivery program (filter, forwarding or pipe) for this mailbox',
      body: 'The server accepted the message but the program that should store or forward it failed. Check the mailbox\'s filter rules (Sieve, procmail, .forward) and the delivery log.',
      copyables: ctx.address ? [grepLog(ctx.address)] : [],
    },
    tellRecipient(ctx, 'A rule or program in their mailbox refused the message.'),
  ],
  syntaxerror: (ctx) => [
    {
      key: 'check-smtp-path', actor: 'sender-admin',
      title: 'Check the sending software and any firewall that inspects mail traffic',
      body: 'The receiving server did not understand a command. Common causes: a malformed address in the envelope, or a firewall with SMTP inspection (for example "inspect esmtp") rewriting the conversation. Test by sending through another path.',
      copyables: ctx.remoteMta ? [ncSmtp(ctx.remoteMta)] : [],
    },
  ],
  onhold: (ctx) => [
    {
      key: 'ask-postmaster', actor: 'sender',
      title: `Ask the administrators of ${ctx.domain || 'the recipient domain'} what the error means`,
      body: `The bounce does not say clearly why delivery failed. Write to postmaster@${ctx.domain || 'the recipient domain'} (or reach the recipient another way) with the time of sending and the error line below.`,
      copyables: present([ctx.diagnostic && { label: 'The server\'s answer', text: ctx.diagnostic }, ctx.domain && { label: 'Postmaster address', text: `postmaster@${ctx.domain}` }]),
    },
  ],
  undefined: (ctx) => [
    {
      key: 'read-answer', actor: 'sender',
      title: `Send the error line to the administrators of ${ctx.domain || 'the recipient domain'}`,
      body: `No known cause was recognised. The exact answer of the server is the best clue; postmaster@${ctx.domain || 'the recipient domain'} can tell what it means.`,
      copyables: present([ctx.diagnostic && { label: 'The server\'s answer', text: ctx.diagnostic }, ctx.domain && { label: 'Postmaster address', text: `postmaster@${ctx.domain}` }]),
    },
  ],
  delivered: (ctx) => [
    {
      key: 'nothing-to-do', actor: 'sender',
      title: `Nothing to fix: the message reached ${ctx.domain || 'the recipient\'s server'}`,
      body: 'This is a delivery confirmation. If the recipient says they did not get it, ask them to look in their spam or quarantine folder.',
    },
  ],
  vacation: () => [
    {
      key: 'read-reply', actor: 'sender',
      title: 'Read the automatic reply for a return date or another contact',
      body: 'Your message was delivered; the person is away or their mailbox answers automatically. Write to the alternative contact the reply names if it cannot wait.',
    },
  ],
  feedback: (ctx) => [
    {
      key: 'suppress-complainer', actor: 'sender-admin',
      title: 'Stop mailing the person who reported your message as spam',
      body: 'Remove the complaining address from every list right away. Frequent complaints lower your reputation at the provider that sent the report and lead to blocks.',
      links: [PAGES.googlePostmaster, PAGES.microsoftSnds, PAGES.yahooSenderHub],
      copyables: ctx.address ? [{ label: 'Address to suppress', text: ctx.address }] : [],
    },
  ],
};

/**
 * For text that is not a bounce at all (or could not be read): how to get the whole bounce, which is
 * what the diagnosis needs. Mail programs hide the technical part by default.
 */
export const PASTE_WHOLE_BOUNCE: StepDraft = {
  key: 'paste-whole-bounce', actor: 'sender',
  title: 'Paste the complete bounce message, headers included',
  body: 'This text does not read as a bounce. Copy the whole returned message instead: in Gmail open it, choose "Show original" in the \u22ee menu and copy it; in Outlook open it and use File > Save As (.msg or .eml) or "View message source"; in Apple Mail use View > Message > Raw Source. Or drop the saved .eml file here.',
};

/** The advice functions for every reason of the vocabulary. */
export const ADVICE: Readonly<Record<Reason, AdviceFn>> = reasonAdvice;

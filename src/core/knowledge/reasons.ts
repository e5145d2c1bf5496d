/**
 * What each reason of the classifier's vocabulary means for a person reading the diagnosis.
 * Data only: the classifier picks the reason, this table supplies the words.
 * Written for people who are not mail administrators; no jargon that is not explained.
 */
import type { Actor, Reason } from '../classify/types.ts';

/** The facts a headline may mention. */
export interface ReasonContext {
  /** The failed recipient's address, e.g. "jane@example.com" (may be empty when unknown). */
  address: string;
  /** The recipient's domain, e.g. "example.com" (may be empty when unknown). */
  domain: string;
}

export interface ReasonInfo {
  /** The reason this entry describes (same as its key in REASONS). */
  reason: Reason;
  /** A plain-language headline for one recipient, e.g. "The address jane@example.com does not exist". */
  title(ctx: ReasonContext): string;
  /** Two or three sentences: what happened and why, in plain words. */
  explanation: string;
  /** Who usually has to act first. */
  actor: Actor;
  /** True when the reason normally means retrying the same message will not help. */
  permanentByDefault: boolean;
  /** The enhanced status code this reason implies when the bounce gives none; null if none fits. */
  defaultStatus: string | null;
}

/** "the address x@y" or a neutral phrase when the address is unknown. */
function addr(ctx: ReasonContext): string {
  return ctx.address ? `the address ${ctx.address}` : 'the address';
}
/** "example.com" or a neutral phrase when the domain is unknown. */
function dom(ctx: ReasonContext): string {
  return ctx.domain ? ctx.domain : "the recipient's domain";
}
/** "The domain example.com", or "The recipient's domain" when the domain is unknown (a sentence's subject). */
function theDomain(ctx: ReasonContext): string {
  return ctx.domain ? `The domain ${ctx.domain}` : "The recipient's domain";
}
/** Capitalises the first letter of a sentence built from fragments. */
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
/** "to jane@example.com" or "" when unknown. */
function to(ctx: ReasonContext): string {
  return ctx.address ? ` to ${ctx.address}` : '';
}

export const REASONS: Record<Reason, ReasonInfo> = {
  userunknown: {
    reason: 'userunknown',
    title: (c) => `${cap(addr(c))} does not exist`,
    explanation:
      'The receiving server says there is no mailbox with this name. Usually the address is misspelled, or the person has left and the account was deleted. Check the spelling or ask the person for their current address.',
    actor: 'sender',
    permanentByDefault: true,
    defaultStatus: '5.1.1',
  },
  hostunknown: {
    reason: 'hostunknown',
    title: (c) => `${theDomain(c)} does not receive email`,
    explanation:
      'The part after the @ either does not exist in DNS or has no mail server published for it. This is most often a typing mistake in the domain, or a domain that has expired or was never set up for mail.',
    actor: 'sender',
    permanentByDefault: true,
    defaultStatus: '5.1.2',
  },
  mailboxfull: {
    reason: 'mailboxfull',
    title: (c) => `The mailbox of ${c.address || 'the recipient'} is full`,
    explanation:
      'The recipient has used up their storage allowance, so the server will not take new messages until they delete some. Nothing is wrong on your side; the recipient has to free up space, and a later attempt may then succeed.',
    actor: 'recipient',
    permanentByDefault: false,
    defaultStatus: '4.2.2',
  },
  suspend: {
    reason: 'suspend',
    title: (c) => `The mailbox of ${c.address || 'the recipient'} is disabled`,
    explanation:
      'The account exists but has been switched off or suspended, for example because it was not used for a long time or the subscription ended. The recipient or their organisation must re-enable it, or give you another address.',
    actor: 'recipient',
    permanentByDefault: true,
    defaultStatus: '5.2.1',
  },
  hasmoved: {
    reason: 'hasmoved',
    title: (c) => `${cap(addr(c))} is no longer in use: the recipient has moved`,
    explanation:
      'The receiving server says this person no longer reads mail at this address. Often the rejection names a new address; send the message there and update your address book.',
    actor: 'sender',
    permanentByDefault: true,
    defaultStatus: '5.1.6',
  },
  norelaying: {
    reason: 'norelaying',
    title: (c) => `The server refused to pass the message on${to(c)}`,
    explanation:
      'The server that was contacted does not consider itself responsible for this domain and will not forward mail to it. This happens when the recipient domain points at the wrong server (for example after a migration), or when your own mail program sends through a server without logging in.',
    actor: 'sender-admin',
    permanentByDefault: true,
    defaultStatus: '5.7.1',
  },
  rejected: {
    reason: 'rejected',
    title: () => 'The receiving server refused your sender address',
    explanation:
      'The rejection is about who the message claims to be from (the envelope sender), not about the recipient. The sender domain may not exist, may not be able to receive replies, or may be refused by the recipient\'s policy.',
    actor: 'sender-admin',
    permanentByDefault: true,
    defaultStatus: '5.1.8',
  },
  blocked: {
    reason: 'blocked',
    title: () => 'The server that sent your message is blocked',
    explanation:
      'The receiving server refused the connection from your outgoing mail server, typically because its IP address appears on a blocklist or has a poor record. Your mail administrator or email provider has to find out why and request removal; resending will not help before that.',
    actor: 'sender-admin',
    permanentByDefault: true,
    defaultStatus: '5.7.1',
  },
  badreputation: {
    reason: 'badreputation',
    title: () => 'Your sending server or domain has a poor reputation with the receiver',
    explanation:
      'The receiver judged the sending IP address or domain untrustworthy, based on its history of complaints, spam or sudden volume changes. Reputation recovers when the sender authenticates mail properly, sends only wanted mail and lowers volume for a while.',
    actor: 'sender-admin',
    permanentByDefault: false,
    defaultStatus: '4.7.0',
  },
  requireptr: {
    reason: 'requireptr',
    title: () => 'Your sending server has no valid reverse DNS name',
    explanation:
      'The receiving server looks up a host name for the IP address that connected and checks that the name points back to the same address. When that lookup fails or does not match, many providers refuse the mail. Whoever controls the sending IP (your host or ISP) must set a matching PTR record.',
    actor: 'sender-admin',
    permanentByDefault: true,
    defaultStatus: '5.7.25',
  },
  authfailure: {
    reason: 'authfailure',
    title: (c) => `${c.domain ? `The receiver for ${c.domain}` : 'The receiver'} could not confirm your message really came from your domain`,
    explanation:
      'The message failed the sender checks that prove a domain authorised it (SPF, DKIM, DMARC). Usually a sending service is missing from the SPF record, messages are not DKIM-signed with your domain, or the DMARC policy asks receivers to reject such mail.',
    actor: 'sender-admin',
    permanentByDefault: true,
    defaultStatus: '5.7.26',
  },
  securityerror: {
    reason: 'securityerror',
    title: () => 'The message was refused for a security reason',
    explanation:
      'The receiving side demanded something the sending side did not provide: a login, an encrypted connection, or valid credentials. Your mail administrator needs to check the sending account and connection settings.',
    actor: 'sender-admin',
    permanentByDefault: true,
    defaultStatus: '5.7.0',
  },
  failedstarttls: {
    reason: 'failedstarttls',
    title: () => 'The encrypted connection to the receiving server could not be set up',
    explanation:
      'The two servers tried to switch to an encrypted (TLS) connection and that step failed, for example because of an expired certificate or no common protocol version. Mail administrators on either side have to fix the TLS settings.',
    actor: 'sender-admin',
    permanentByDefault: false,
    defaultStatus: '4.7.0',
  },
  spamdetected: {
    reason: 'spamdetected',
    title: () => 'The receiving server treated your message as spam',
    explanation:
      'A content filter scored the message as unwanted mail. Links to poorly rated sites, URL shorteners, lots of images with little text, or missing authentication push that score up. Rewording the message and fixing authentication usually helps.',
    actor: 'sender',
    permanentByDefault: true,
    defaultStatus: '5.7.1',
  },
  virusdetected: {
    reason: 'virusdetected',
    title: () => 'The message was refused because it looked like it carried malware',
    explanation:
      'A virus scanner on the receiving side found, or suspected, harmful content in an attachment. Scan the file on your computer, and if it is clean, share it by a download link or in another format instead of attaching it.',
    actor: 'sender',
    permanentByDefault: true,
    defaultStatus: '5.7.1',
  },
  contenterror: {
    reason: 'contenterror',
    title: () => 'The receiving server could not accept the format of your message',
    explanation:
      'Something in how the message is built (its headers, encoding or structure) was refused. This usually points at the program or service that generated the message rather than at what you wrote.',
    actor: 'sender-admin',
    permanentByDefault: true,
    defaultStatus: '5.6.0',
  },
  filtered: {
    reason: 'filtered',
    title: (c) => `The recipient's mail system refused the message${to(c)}`,
    explanation:
      'A filter at the recipient refused the message after reading it, and often gives no detailed reason. Sometimes the address no longer accepts mail; sometimes a rule set by the recipient blocks your address or domain. Ask the recipient by another channel.',
    actor: 'recipient-admin',
    permanentByDefault: true,
    defaultStatus: '5.7.1',
  },
  policyviolation: {
    reason: 'policyviolation',
    title: () => "The message broke a rule of the recipient's organisation",
    explanation:
      'The receiving site has a policy (allowed senders, attachment types, words, or a list of permitted partners) and this message did not fit it. Read the rejection text for the rule that applied, or ask the recipient\'s administrator which one it was.',
    actor: 'recipient-admin',
    permanentByDefault: true,
    defaultStatus: '5.7.1',
  },
  mesgtoobig: {
    reason: 'mesgtoobig',
    title: () => 'Your message is too large for the receiving server',
    explanation:
      'The message with its attachments is bigger than the receiver allows. Attachments grow by about a third when sent by email. Send the file by a link to a file-sharing service, or split it across several messages.',
    actor: 'sender',
    permanentByDefault: true,
    defaultStatus: '5.3.4',
  },
  exceedlimit: {
    reason: 'exceedlimit',
    title: () => 'Your message went over a limit of the receiving server',
    explanation:
      'A limit other than plain size was reached, such as the number of recipients in one message or a per-mailbox size limit. Split the recipient list across several messages or reduce the message size.',
    actor: 'sender',
    permanentByDefault: true,
    defaultStatus: '5.5.3',
  },
  toomanyconn: {
    reason: 'toomanyconn',
    title: () => 'The receiving server had too many connections from your server',
    explanation:
      'Your outgoing server opened more simultaneous connections than the receiver allows. The receiver will accept mail again shortly; the sending server normally retries on its own, and lowering its concurrency per destination avoids it.',
    actor: 'sender-admin',
    permanentByDefault: false,
    defaultStatus: '4.7.0',
  },
  speeding: {
    reason: 'speeding',
    title: () => 'You sent too many messages too quickly',
    explanation:
      'The receiver limits how much mail it takes from one sender in a period, and this sender went over it. Waiting and sending more slowly solves it; for bulk mail, spread sending over time and warm up new IP addresses gradually.',
    actor: 'sender-admin',
    permanentByDefault: false,
    defaultStatus: '4.7.0',
  },
  expired: {
    reason: 'expired',
    title: (c) => `Your server gave up delivering${to(c)} after retrying for too long`,
    explanation:
      'Your mail server kept trying to deliver the message but every attempt failed, until its retry period (often several days) ran out. The earlier temporary error, if quoted, says why; often the recipient server was unreachable or kept deferring.',
    actor: 'sender-admin',
    permanentByDefault: true,
    defaultStatus: '4.4.7',
  },
  networkerror: {
    reason: 'networkerror',
    title: (c) => `The mail server of ${dom(c)} could not be reached`,
    explanation:
      'A network or DNS problem stopped delivery: the server name could not be looked up, the connection timed out, or it was refused. These problems are often temporary; if they persist, the recipient domain\'s mail servers or DNS are misconfigured.',
    actor: 'recipient-admin',
    permanentByDefault: false,
    defaultStatus: '4.4.1',
  },
  notaccept: {
    reason: 'notaccept',
    title: (c) => `${theDomain(c)} does not accept email at all`,
    explanation:
      'The domain declares that it receives no mail (a "null MX" record), or its servers refuse every connection. No retry or resend will get through; the recipient has to give you an address at a domain that takes mail.',
    actor: 'sender',
    permanentByDefault: true,
    defaultStatus: '5.1.10',
  },
  notcompliantrfc: {
    reason: 'notcompliantrfc',
    title: () => 'Your message broke the email format standards',
    explanation:
      'The receiver checks messages against the email standards (for example exactly one From and one Date header, a valid Message-ID) and this one failed. The program or service that created the message must be fixed; you cannot fix it by rewording.',
    actor: 'sender-admin',
    permanentByDefault: true,
    defaultStatus: '5.6.0',
  },
  systemerror: {
    reason: 'systemerror',
    title: () => 'The receiving mail system had an internal error',
    explanation:
      'Something broke on the recipient\'s side while handling the message, so it is not caused by the message itself. Such errors are often short-lived: wait and send again, and if it keeps happening, tell the recipient so their administrator can look.',
    actor: 'recipient-admin',
    permanentByDefault: false,
    defaultStatus: '4.3.0',
  },
  systemfull: {
    reason: 'systemfull',
    title: () => 'The receiving mail system is out of storage',
    explanation:
      'The recipient server has no disk space left for incoming mail, for everyone, not just this mailbox. Its administrator has to free space; until then messages will be deferred or refused.',
    actor: 'recipient-admin',
    permanentByDefault: false,
    defaultStatus: '4.3.1',
  },
  mailererror: {
    reason: 'mailererror',
    title: () => 'A delivery program on the receiving server failed',
    explanation:
      'The server accepted the message but the local program that should put it in the mailbox (a filter script, a forwarder, a pipe) exited with an error. Only the receiving administrator can see and fix the cause.',
    actor: 'recipient-admin',
    permanentByDefault: true,
    defaultStatus: '5.3.0',
  },
  syntaxerror: {
    reason: 'syntaxerror',
    title: () => 'The two mail servers did not understand each other',
    explanation:
      'The receiving server rejected a command of the mail conversation as malformed, such as a badly written address or an unsupported extension. This points at the sending software or a device in between (a firewall that rewrites mail traffic).',
    actor: 'sender-admin',
    permanentByDefault: true,
    defaultStatus: '5.5.2',
  },
  onhold: {
    reason: 'onhold',
    title: (c) => `Delivery${to(c)} failed, but the bounce does not say why clearly`,
    explanation:
      'The bounce reports a failure without enough information to tell the cause. Read the quoted server answer below and, if it is unclear, ask the recipient\'s administrator with the time and the error line.',
    actor: 'sender',
    permanentByDefault: true,
    defaultStatus: null,
  },
  undefined: {
    reason: 'undefined',
    title: (c) => `Delivery${to(c)} failed for a reason that could not be determined`,
    explanation:
      'No known cause could be recognised in this bounce. The exact server answer, if there is one, is the best clue; searching for its code or asking the recipient\'s administrator usually settles it.',
    actor: 'sender',
    permanentByDefault: true,
    defaultStatus: null,
  },
  delivered: {
    reason: 'delivered',
    title: (c) => `The message was delivered${to(c)}`,
    explanation:
      'This is a delivery confirmation, not a failure: the receiving server took the message. Nothing needs to be done.',
    actor: 'sender',
    permanentByDefault: false,
    defaultStatus: '2.0.0',
  },
  vacation: {
    reason: 'vacation',
    title: () => 'This is an automatic reply, not a bounce',
    explanation:
      'The recipient (or their system) replied automatically, for example with an out-of-office note. Your message was delivered; read the reply for when they are back or whom to contact instead.',
    actor: 'sender',
    permanentByDefault: false,
    defaultStatus: null,
  },
  feedback: {
    reason: 'feedback',
    title: () => 'This is a spam complaint report, not a bounce',
    explanation:
      'A mailbox provider is telling the sender that a recipient marked a message as spam (a feedback-loop report). Stop mailing that recipient, and if complaints are frequent, review how addresses were collected.',
    actor: 'sender-admin',
    permanentByDefault: false,
    defaultStatus: null,
  },
};

/** Every reason of the vocabulary, in the table's order (for tests and for exhaustive UIs). */
export const ALL_REASONS = Object.keys(REASONS) as Reason[];

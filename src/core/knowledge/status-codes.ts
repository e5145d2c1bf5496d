/**
 * SMTP enhanced status codes (the IANA registry started by RFC 3463 and RFC 5248, with the later
 * additions of RFC 3886, 4468, 4954, 5248, 6531, 6710, 7293, 7372, 7505, 8617, 8689) and the basic
 * three-digit SMTP reply codes (RFC 5321), described in our own words for people who are not mail
 * administrators. Data plus two small lookup functions; the classifier decides, this only explains.
 */
import type { Reason } from '../classify/types.ts';

/** One "X.subject.detail" entry of the registry, class-independent. */
export interface StatusCodeEntry {
  /** Subject and detail, e.g. "1.1" for X.1.1. */
  key: string;
  /** Short name of the condition. */
  title: string;
  /** One or two sentences in plain language. */
  meaning: string;
  /** The reason this code normally implies for a failure, or null when the code alone does not say. */
  reason: Reason | null;
}

/** What describeStatus returns for one concrete code. */
export interface StatusCodeInfo {
  /** The code as normalised, e.g. "5.1.1". */
  code: string;
  /** "2", "4" or "5". */
  statusClass: '2' | '4' | '5';
  /** Plain-language name of the class: success, temporary failure, permanent failure. */
  classTitle: string;
  /** True for class 5 (do not retry as is), false for 2 and 4. */
  permanent: boolean;
  /** Plain-language name of the subject area (addressing, mailbox, ...). */
  subjectTitle: string;
  /** Short name of the condition (the subject's general name when the detail is not registered). */
  title: string;
  /** Plain-language meaning. */
  meaning: string;
  /** Reason implied (null when the code does not decide it, or for success codes). */
  reason: Reason | null;
  /** True when subject.detail is a registered code; false for unregistered or vendor-specific details. */
  registered: boolean;
  /**
   * True for an x.0.9NN code: not sent by any server, but implied by the classifier from the reason it
   * recognised (the convention of the reference corpus). The UI says "no code given" for these.
   */
  implied?: boolean;
}

/** The class digit, in plain words. */
export const STATUS_CLASSES: Record<'2' | '4' | '5', string> = {
  '2': 'Success',
  '4': 'Temporary failure (the sending server may retry)',
  '5': 'Permanent failure (sending the same message again will not help)',
};

/** The subject digit, in plain words. */
export const STATUS_SUBJECTS: Record<string, string> = {
  '0': 'Other or unspecified',
  '1': 'Addressing (the sender or recipient address)',
  '2': "Mailbox (the recipient's mailbox)",
  '3': 'Mail system (the receiving system as a whole)',
  '4': 'Network and routing',
  '5': 'Mail protocol (the SMTP conversation)',
  '6': 'Message content or format',
  '7': 'Security or policy',
};

/** The registered subject.detail codes. */
export const STATUS_CODES: readonly StatusCodeEntry[] = [
  { key: '0.0', title: 'Unspecified', meaning: 'The server reported a problem without saying which kind; only the text next to the code can tell more.', reason: null },
  // --- X.1: addressing
  { key: '1.0', title: 'Unspecified address problem', meaning: 'Something is wrong with one of the addresses, without more detail.', reason: null },
  { key: '1.1', title: 'Mailbox does not exist', meaning: 'The part before the @ is unknown at the destination: no such user or mailbox.', reason: 'userunknown' },
  { key: '1.2', title: 'Domain does not exist or takes no mail', meaning: 'The part after the @ cannot be found or is not set up to receive mail.', reason: 'hostunknown' },
  { key: '1.3', title: 'Recipient address is malformed', meaning: 'The recipient address is not written in a valid form (stray characters, missing parts).', reason: 'userunknown' },
  { key: '1.4', title: 'Recipient address is ambiguous', meaning: 'The address matches more than one mailbox at the destination, so it cannot be delivered.', reason: 'userunknown' },
  { key: '1.5', title: 'Recipient address is valid', meaning: 'The destination confirms this address exists; mostly seen in success or delay reports.', reason: null },
  { key: '1.6', title: 'Recipient has moved', meaning: 'The mailbox used to exist here but the person has moved on; a new address may be given.', reason: 'hasmoved' },
  { key: '1.7', title: 'Sender address is malformed', meaning: 'The sender (envelope From) address is not written in a valid form.', reason: 'rejected' },
  { key: '1.8', title: "Sender's domain is not acceptable", meaning: "The sender address's domain does not exist, has no mail host, or is refused.", reason: 'rejected' },
  { key: '1.9', title: 'Passed to a system without delivery reports', meaning: 'The message went on to a system that cannot confirm delivery; it may or may not arrive.', reason: null },
  { key: '1.10', title: 'Recipient domain accepts no mail (null MX), or no such recipient', meaning: 'The registered meaning: the recipient domain publishes a "null MX" record, which states that it never receives email. Microsoft 365 and Exchange answer "550 5.1.10" for a recipient address that does not exist.', reason: 'hostunknown' },
  // --- X.2: mailbox
  { key: '2.0', title: 'Unspecified mailbox problem', meaning: "Something about the recipient's mailbox prevents delivery, without more detail.", reason: null },
  { key: '2.1', title: 'Mailbox is disabled', meaning: 'The mailbox exists but does not take messages right now (suspended, locked or deactivated).', reason: 'suspend' },
  { key: '2.2', title: 'Mailbox is full', meaning: "The recipient's storage allowance is used up.", reason: 'mailboxfull' },
  { key: '2.3', title: 'Message larger than the mailbox allows', meaning: 'The message is over a size limit set for this mailbox or site.', reason: 'exceedlimit' },
  { key: '2.4', title: 'Mailing list problem', meaning: 'The address is a list and sending to its members failed.', reason: 'systemerror' },
  // --- X.3: mail system
  { key: '3.0', title: 'Unspecified system problem', meaning: 'The receiving system has a problem unrelated to this message or mailbox.', reason: 'systemerror' },
  { key: '3.1', title: 'Mail system storage is full', meaning: 'The receiving server is out of disk space for mail.', reason: 'systemfull' },
  { key: '3.2', title: 'System not accepting mail', meaning: 'The receiving system is not taking messages at the moment (maintenance or shutting down).', reason: 'notaccept' },
  { key: '3.3', title: 'Feature not supported by the system', meaning: 'The message needs a capability (an extension) the destination does not offer.', reason: 'systemerror' },
  { key: '3.4', title: 'Message too big for the system', meaning: 'The message exceeds the largest size the receiving system will accept.', reason: 'mesgtoobig' },
  { key: '3.5', title: 'System is misconfigured', meaning: 'The receiving system is set up wrongly and cannot deliver.', reason: 'systemerror' },
  { key: '3.6', title: 'Priority was changed', meaning: 'The message was accepted but its requested priority was changed.', reason: null },
  // --- X.4: network and routing
  { key: '4.0', title: 'Unspecified network or routing problem', meaning: 'Something went wrong finding or reaching the destination.', reason: 'networkerror' },
  { key: '4.1', title: 'No answer from the server', meaning: 'The destination server did not respond to the connection attempt.', reason: 'networkerror' },
  { key: '4.2', title: 'Connection broke', meaning: 'The connection was set up but then dropped or went bad during delivery.', reason: 'networkerror' },
  { key: '4.3', title: 'Directory (DNS) failure', meaning: 'A lookup needed for routing, usually DNS, failed for now.', reason: 'networkerror' },
  { key: '4.4', title: 'No route to the destination', meaning: 'No mail server could be found for the destination (no usable MX or address record).', reason: 'hostunknown' },
  { key: '4.5', title: 'Mail system congested', meaning: 'The receiving system is overloaded and asks to try later.', reason: 'systemfull' },
  { key: '4.6', title: 'Routing loop', meaning: 'The message went around in circles between servers and was stopped.', reason: 'networkerror' },
  { key: '4.7', title: 'Delivery time ran out', meaning: 'The sending side retried until its time limit for this message passed.', reason: 'expired' },
  // --- X.5: protocol
  { key: '5.0', title: 'Unspecified protocol problem', meaning: 'Something went wrong in the SMTP conversation itself.', reason: 'syntaxerror' },
  { key: '5.1', title: 'Unknown command', meaning: 'The server did not recognise a command it was sent.', reason: 'syntaxerror' },
  { key: '5.2', title: 'Command syntax error', meaning: 'A command was recognised but written incorrectly.', reason: 'syntaxerror' },
  { key: '5.3', title: 'Too many recipients', meaning: 'More recipients were given for one message than the server accepts.', reason: 'exceedlimit' },
  { key: '5.4', title: 'Invalid command arguments', meaning: 'A command was valid but its parameters were not.', reason: 'syntaxerror' },
  { key: '5.5', title: 'Wrong protocol version', meaning: 'The two sides disagree about the protocol version.', reason: 'syntaxerror' },
  { key: '5.6', title: 'Authentication line too long', meaning: 'A line of the login exchange was longer than the server allows.', reason: 'securityerror' },
  // --- X.6: content
  { key: '6.0', title: 'Unspecified content problem', meaning: 'The message content or format could not be handled.', reason: 'contenterror' },
  { key: '6.1', title: 'Content type not supported', meaning: 'The destination cannot handle a kind of content in the message.', reason: 'contenterror' },
  { key: '6.2', title: 'Conversion needed but not allowed', meaning: 'The message would have to be converted to be delivered, and conversion is forbidden.', reason: 'contenterror' },
  { key: '6.3', title: 'Conversion needed but not possible', meaning: 'The message would have to be converted and the system cannot do that conversion.', reason: 'contenterror' },
  { key: '6.4', title: 'Converted with loss', meaning: 'The message was delivered but a conversion lost some of its content.', reason: null },
  { key: '6.5', title: 'Conversion failed', meaning: 'A needed conversion of the content was attempted and failed.', reason: 'contenterror' },
  { key: '6.6', title: 'Referenced content unavailable', meaning: 'The message refers to stored content that could not be fetched.', reason: 'contenterror' },
  { key: '6.7', title: 'Non-ASCII address not allowed', meaning: 'An address with international (non-ASCII) characters cannot be used on this path.', reason: 'contenterror' },
  { key: '6.8', title: 'UTF-8 reply needed but not supported', meaning: 'The server wanted to answer in UTF-8 and the client did not allow it.', reason: 'contenterror' },
  { key: '6.9', title: 'UTF-8 headers cannot be delivered', meaning: 'The message has international (UTF-8) headers and a hop on the way cannot carry them.', reason: 'contenterror' },
  { key: '6.10', title: 'UTF-8 reply needed but not supported', meaning: 'Same condition as X.6.8, registered a second time.', reason: 'contenterror' },
  // --- X.7: security and policy
  { key: '7.0', title: 'Unspecified security or policy problem', meaning: 'A security or policy rule stopped the message, without more detail.', reason: 'securityerror' },
  { key: '7.1', title: 'Delivery not authorised', meaning: 'The receiver refused the message by policy: the sender, the sending server or the content is not allowed. The text beside it says which.', reason: 'rejected' },
  { key: '7.2', title: 'List expansion not allowed', meaning: 'The sender may not send to this mailing list.', reason: 'policyviolation' },
  { key: '7.3', title: 'Security conversion not possible', meaning: 'The message needed a security conversion the system could not do.', reason: 'securityerror' },
  { key: '7.4', title: 'Security features not supported', meaning: 'The message asks for a security feature the destination lacks.', reason: 'securityerror' },
  { key: '7.5', title: 'Cryptographic failure', meaning: 'Decrypting or verifying the message failed.', reason: 'securityerror' },
  { key: '7.6', title: 'Cryptographic algorithm not supported', meaning: 'The message uses an encryption or signing algorithm the destination does not support.', reason: 'securityerror' },
  { key: '7.7', title: 'Message integrity failure', meaning: 'A check showed the message was changed or damaged in transit.', reason: 'securityerror' },
  { key: '7.8', title: 'Login credentials rejected', meaning: 'The user name or password (or token) given to the server is wrong.', reason: 'securityerror' },
  { key: '7.9', title: 'Login method too weak', meaning: 'The server will not accept the chosen login method as safe enough.', reason: 'securityerror' },
  { key: '7.10', title: 'Encryption required', meaning: 'The server requires an encrypted connection before it continues.', reason: 'securityerror' },
  { key: '7.11', title: 'Encryption required for this login method', meaning: 'This way of logging in is only allowed over an encrypted connection.', reason: 'securityerror' },
  { key: '7.12', title: 'Password change needed', meaning: 'The account must change its password before it can log in this way.', reason: 'securityerror' },
  { key: '7.13', title: 'Account disabled', meaning: 'The user account involved has been disabled.', reason: 'suspend' },
  { key: '7.14', title: 'Trust relationship required', meaning: 'The receiving side only takes this from a server it has an agreement with.', reason: 'securityerror' },
  { key: '7.15', title: 'Priority too low', meaning: 'The message priority is below what the server currently accepts.', reason: 'policyviolation' },
  { key: '7.16', title: 'Too big for its priority', meaning: 'The message exceeds the size allowed for its priority level.', reason: 'mesgtoobig' },
  { key: '7.17', title: 'Mailbox owner has changed', meaning: 'The mailbox now belongs to someone else than the sender expected.', reason: 'hasmoved' },
  { key: '7.18', title: 'Domain owner has changed', meaning: 'The domain of the address now belongs to someone else than the sender expected.', reason: 'hasmoved' },
  { key: '7.19', title: 'Owner-change test not possible', meaning: 'The receiver could not perform the requested check that the mailbox owner is unchanged.', reason: 'systemerror' },
  { key: '7.20', title: 'No passing DKIM signature', meaning: 'The message carried no DKIM signature that verified.', reason: 'authfailure' },
  { key: '7.21', title: 'No acceptable DKIM signature', meaning: 'DKIM signatures were present but none met the receiver\'s requirements (for example the signing domain).', reason: 'authfailure' },
  { key: '7.22', title: 'No DKIM signature matching the author', meaning: 'No verified DKIM signature was made by the domain in the From address.', reason: 'authfailure' },
  { key: '7.23', title: 'SPF check failed', meaning: "The sending server's IP is not authorised by the sender domain's SPF record.", reason: 'authfailure' },
  { key: '7.24', title: 'SPF check error', meaning: "The sender domain's SPF record could not be evaluated (broken record or DNS error).", reason: 'authfailure' },
  { key: '7.25', title: 'Reverse DNS check failed', meaning: 'The sending IP has no host name, or the name does not point back to the IP.', reason: 'requireptr' },
  { key: '7.26', title: 'Several authentication checks failed', meaning: 'More than one of SPF, DKIM and DMARC failed, or DMARC failed as a result of them.', reason: 'authfailure' },
  { key: '7.27', title: 'Sender domain accepts no mail (null MX)', meaning: 'The sender address cannot receive replies because its domain publishes a null MX.', reason: 'rejected' },
  { key: '7.28', title: 'Mail flood detected', meaning: 'The message looks like part of a burst of similar unwanted messages.', reason: 'spamdetected' },
  { key: '7.29', title: 'ARC validation failed', meaning: 'The chain of authentication results added by forwarders (ARC) did not verify.', reason: 'authfailure' },
  { key: '7.30', title: 'REQUIRETLS not supported', meaning: 'The message asked to travel only over verified TLS and a server on the path cannot guarantee that.', reason: 'failedstarttls' },
];

/** Index of STATUS_CODES by key, built once. */
const BY_KEY: ReadonlyMap<string, StatusCodeEntry> = new Map(STATUS_CODES.map((e) => [e.key, e]));

/**
 * Longest status code text we look at. A real code is at most 11 characters ("5.123.123");
 * anything longer is not a status code, and refusing it early keeps lookups cheap on hostile input.
 */
const MAX_STATUS_LENGTH = 16;

/** x.0.900 and above are implied codes (see StatusCodeInfo.implied), never sent by servers. */
const IMPLIED_DETAIL_FROM = 900;

/** Class digit, then subject and detail of one to three digits each (RFC 3463 section 2). */
export const STATUS_SHAPE = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Describes an enhanced status code such as "5.1.1" or "4.2.2".
 * Unregistered details (for example vendor codes such as "5.7.509") get the subject's general
 * meaning with `registered: false`. Returns null for anything that is not a status code.
 */
export function describeStatus(code: string): StatusCodeInfo | null {
  if (typeof code !== 'string' || code.length > MAX_STATUS_LENGTH) return null;
  const m = STATUS_SHAPE.exec(code.trim());
  if (!m) return null;
  const cls = m[1] as '2' | '4' | '5';
  const subject = String(Number(m[2]));
  const detail = String(Number(m[3]));
  const subjectTitle = STATUS_SUBJECTS[subject];
  if (subjectTitle === undefined) return null;
  const entry = BY_KEY.get(`${subject}.${detail}`);
  const base = {
    code: `${cls}.${subject}.${detail}`,
    statusClass: cls,
    classTitle: STATUS_CLASSES[cls],
    permanent: cls === '5',
    subjectTitle,
  };
  if (cls === '2') {
    return { ...base, title: entry?.title ?? 'Success', meaning: entry?.meaning ?? 'The message was handled successfully.', reason: null, registered: entry !== undefined };
  }
  if (entry) return { ...base, title: entry.title, meaning: entry.meaning, reason: entry.reason, registered: true };
  if (subject === '0' && Number(detail) >= IMPLIED_DETAIL_FROM) {
    return {
      ...base, title: 'No status code given',
      meaning: 'The bounce did not include an enhanced status code; this one only stands for the reason recognised in the text.',
      reason: null, registered: false, implied: true,
    };
  }
  const general = BY_KEY.get(`${subject}.0`);
  return {
    ...base,
    title: general?.title ?? subjectTitle,
    meaning: `${general?.meaning ?? ''} The detail number ${detail} is not in the public registry; it is probably specific to the receiving system.`.trim(),
    reason: general?.reason ?? null,
    registered: false,
  };
}

/** A basic three-digit SMTP reply code, explained. */
export interface ReplyCodeInfo {
  code: string;
  /** Short name. */
  title: string;
  /** Plain-language meaning. */
  meaning: string;
  /** True for 5xx, false for 4xx and success codes. */
  permanent: boolean;
  /** Reason implied when nothing more specific is known, or null. */
  reason: Reason | null;
}

/** The reply codes of RFC 5321 (plus the common 521/556 of RFC 7504 and the login codes of RFC 4954). */
export const REPLY_CODES: readonly ReplyCodeInfo[] = [
  { code: '211', title: 'System status', meaning: 'An informational answer about the server.', permanent: false, reason: null },
  { code: '214', title: 'Help message', meaning: 'The server answered a request for help.', permanent: false, reason: null },
  { code: '220', title: 'Service ready', meaning: 'The server greets the client and is ready.', permanent: false, reason: null },
  { code: '221', title: 'Closing connection', meaning: 'The server says goodbye at the end of the session.', permanent: false, reason: null },
  { code: '235', title: 'Login accepted', meaning: 'The client logged in successfully.', permanent: false, reason: null },
  { code: '250', title: 'OK', meaning: 'The requested step succeeded; for the end of a message, it was accepted.', permanent: false, reason: 'delivered' },
  { code: '251', title: 'Not local, will forward', meaning: 'The user is elsewhere and the server will pass the message on.', permanent: false, reason: 'delivered' },
  { code: '252', title: 'Cannot verify, will try', meaning: 'The server cannot confirm the address but will accept the message and attempt delivery.', permanent: false, reason: null },
  { code: '354', title: 'Send the message', meaning: 'The server is ready for the message content.', permanent: false, reason: null },
  { code: '421', title: 'Service not available now', meaning: 'The server is closing the connection for now (overload, rate limit, maintenance). The sending server will retry.', permanent: false, reason: 'systemerror' },
  { code: '432', title: 'Password transition needed', meaning: 'The account must change its password before logging in with this method.', permanent: false, reason: 'securityerror' },
  { code: '450', title: 'Mailbox temporarily unavailable', meaning: 'The mailbox cannot be used right now (busy, locked, or greylisting). A later attempt may work.', permanent: false, reason: null },
  { code: '451', title: 'Local error, try later', meaning: 'The receiving server had a temporary problem processing the message.', permanent: false, reason: 'systemerror' },
  { code: '452', title: 'Insufficient storage or too many recipients', meaning: 'The server has no room right now, or too many recipients were given at once. A later attempt may work.', permanent: false, reason: 'systemfull' },
  { code: '454', title: 'Temporary security failure', meaning: 'Login or encryption could not be completed right now.', permanent: false, reason: 'securityerror' },
  { code: '455', title: 'Parameters cannot be handled now', meaning: 'The server cannot accept the command parameters at the moment.', permanent: false, reason: 'systemerror' },
  { code: '500', title: 'Command not recognised', meaning: 'The server did not understand a command (or the line was too long).', permanent: true, reason: 'syntaxerror' },
  { code: '501', title: 'Bad parameters', meaning: 'A command had invalid arguments, often a malformed address.', permanent: true, reason: 'syntaxerror' },
  { code: '502', title: 'Command not implemented', meaning: 'The server does not support that command.', permanent: true, reason: 'syntaxerror' },
  { code: '503', title: 'Bad sequence of commands', meaning: 'Commands came in the wrong order, for example a message before a login the server requires.', permanent: true, reason: 'syntaxerror' },
  { code: '504', title: 'Parameter not implemented', meaning: 'The server does not support a parameter of the command.', permanent: true, reason: 'syntaxerror' },
  { code: '521', title: 'Server accepts no mail', meaning: 'This host never receives email.', permanent: true, reason: 'notaccept' },
  { code: '530', title: 'Login or encryption required', meaning: 'The server requires the client to log in (or to encrypt the connection) first.', permanent: true, reason: 'securityerror' },
  { code: '534', title: 'Login method too weak', meaning: 'The server refuses the chosen login method as not safe enough.', permanent: true, reason: 'securityerror' },
  { code: '535', title: 'Login failed', meaning: 'The user name or password given to the server was not accepted.', permanent: true, reason: 'securityerror' },
  { code: '538', title: 'Encryption required for login', meaning: 'This login method is only allowed over an encrypted connection.', permanent: true, reason: 'securityerror' },
  { code: '550', title: 'Mailbox unavailable or refused', meaning: 'The action was refused for good: often the mailbox does not exist, sometimes a policy refused the message. The text says which.', permanent: true, reason: null },
  { code: '551', title: 'User not local', meaning: 'The user is not here; the answer may name an address to try instead.', permanent: true, reason: 'hasmoved' },
  { code: '552', title: 'Storage limit exceeded', meaning: 'The message is too large, or the mailbox is over its storage allowance.', permanent: true, reason: 'mesgtoobig' },
  { code: '553', title: 'Mailbox name not allowed', meaning: 'The address is not acceptable, usually because it is malformed.', permanent: true, reason: 'userunknown' },
  { code: '554', title: 'Transaction failed', meaning: 'The message was refused for good; often by a spam, policy or reputation filter. The text says why.', permanent: true, reason: null },
  { code: '555', title: 'Parameters not recognised', meaning: 'The server did not recognise a parameter of MAIL FROM or RCPT TO.', permanent: true, reason: 'syntaxerror' },
  { code: '556', title: 'Domain accepts no mail', meaning: 'The recipient domain does not receive email (for example it publishes a null MX).', permanent: true, reason: 'notaccept' },
];

const REPLY_BY_CODE: ReadonlyMap<string, ReplyCodeInfo> = new Map(REPLY_CODES.map((r) => [r.code, r]));

/** Plain words for the first digit when the exact code is not in the table. */
const REPLY_CLASS_TITLES: Record<string, string> = {
  '2': 'Success', '3': 'Waiting for more input', '4': 'Temporary failure', '5': 'Permanent failure',
};

/** Three digits: class 2-5, second digit 0-5 (RFC 5321 section 4.2.1). */
export const REPLY_CODE_SHAPE = /^[2-5][0-5]\d$/;

/**
 * Describes a basic SMTP reply code such as "550" or 421 (a number is accepted too).
 * Unlisted codes of a valid shape get a generic description of their class; anything else gives null.
 */
export function describeReplyCode(code: string | number): ReplyCodeInfo | null {
  const text = typeof code === 'number' ? String(code) : typeof code === 'string' ? code.trim() : '';
  if (!REPLY_CODE_SHAPE.test(text)) return null;
  const known = REPLY_BY_CODE.get(text);
  if (known) return known;
  const first = text.charAt(0);
  return {
    code: text,
    title: REPLY_CLASS_TITLES[first] ?? 'Unknown',
    meaning: 'This exact code is not a standard one; the first digit tells the kind of answer.',
    permanent: first === '5',
    reason: null,
  };
}

/**
 * What the reader extracts from a pasted bounce. Stage 1 of the flow:
 * text → ParsedBounce → Classification → checks → plan → view.
 *
 * Every extracted value keeps where it came from, so the UI can highlight it.
 */

/** A piece of text and where it stands in the input string the user gave. */
export interface TextSpan {
  /** The text as found (after decoding, for base64 / quoted-printable parts). */
  text: string;
  /** Offset of the first character in the input string; -1 when the text exists only after decoding. */
  start: number;
  /** Offset just past the last character (exclusive); -1 together with start. */
  end: number;
}

/** One failed (or delayed, or delivered) recipient as the bounce reports it. */
export interface RecipientReport {
  /**
   * The recipient address, lower-cased domain, as the bounce names it; '' when the text names no
   * recipient at all (a server's answer pasted on its own, such as "550 5.1.1 User unknown").
   */
  address: string;
  /** Where the address was found. */
  addressSpan: TextSpan | null;
  /** Enhanced status code (RFC 3463), e.g. "5.1.1"; null when none is given. */
  status: string | null;
  /** Where the status code was found; null without a status. */
  statusSpan: TextSpan | null;
  /** SMTP reply code, e.g. "550"; null when none is given. */
  replyCode: string | null;
  /** Where the reply code was found; null without a reply code. */
  replyCodeSpan: TextSpan | null;
  /** The remote server's answer (Diagnostic-Code or the quoted SMTP reply), whitespace unfolded. */
  diagnostic: string | null;
  /** Where the diagnostic (its first line, when the whole is not found as one piece) stands. */
  diagnosticSpan: TextSpan | null;
  /** DSN Action field (failed, delayed, delivered, relayed, expanded), lower case; null if absent. */
  action: string | null;
  /** The server that answered (Remote-MTA, or the host named in "host X said:"). */
  remoteMta: string | null;
  /** For a 551 / "user has moved" answer: the forwarding address offered, if any. */
  forwardAddress: string | null;
  /** IP addresses quoted in the rejection text (often the sender's IP a blocklist names). */
  quotedIps: string[];
  /** Blocklist names or lookup URLs quoted in the rejection text (e.g. "zen.spamhaus.org"). */
  quotedBlocklists: string[];
  /**
   * The SMTP command the remote server was answering when it refused ("CONN", "HELO", "MAIL", "RCPT",
   * "DATA"), when the bounce says so; null or absent otherwise.
   */
  smtpCommand?: string | null;
  /**
   * True when the bounce itself names no recipient and this one was taken from the returned
   * message's To: nothing in the notice is about it in particular.
   */
  fromOriginalOnly?: boolean;
}

/** A DKIM-Signature header of the returned original message. */
export interface DkimSignatureRef {
  /** Signing domain (d=). */
  domain: string;
  /** Selector (s=). */
  selector: string;
  /** Where the signature header was found. */
  span: TextSpan | null;
}

/** One Received header of the returned original, newest first. */
export interface ReceivedHop {
  /** The header text, unfolded. */
  text: string;
  /** The "from" host name as given, if any. */
  fromHost: string | null;
  /** The IP literal of the connecting client, if any. */
  fromIp: string | null;
  /** The "by" host, if any. */
  byHost: string | null;
  /** Where the header was found. */
  span: TextSpan | null;
}

/** The message that bounced, from the returned original (message/rfc822 or text/rfc822-headers). */
export interface OriginalMessage {
  /** The From header as written (display name included); null when absent. */
  from: string | null;
  /** Return-Path or another envelope-sender field. */
  returnPath: string | null;
  /** The To header as written; null when absent. */
  to: string | null;
  /** The Subject header, decoded; null when absent. */
  subject: string | null;
  /** The Message-ID header; null when absent. */
  messageId: string | null;
  /** The Date header as written; null when absent. */
  date: string | null;
  /** Every DKIM-Signature header's d= and s=, in header order. */
  dkimSignatures: DkimSignatureRef[];
  /** Authentication-Results header values, unfolded. */
  authenticationResults: string[];
  /** The Received chain, newest first (at most MAX_RECEIVED_HOPS). */
  received: ReceivedHop[];
  /** The first public IP that handed the message to the sender's outbound servers; null when unknown. */
  sendingIp: string | null;
}

/** How the input was read. */
export type InputKind =
  | 'mime' /** A message with headers, parsed as MIME. */
  | 'text' /** Plain pasted text without message headers. */
  | 'empty' /** Nothing but white space. */
  | 'binary'; /** Not text at all. */

/** Everything the reader found in one pasted bounce. */
export interface ParsedBounce {
  /** How the input was read. */
  inputKind: InputKind;
  /** Subject of the bounce itself. */
  subject: string | null;
  /** From of the bounce itself (often MAILER-DAEMON / postmaster). */
  from: string | null;
  /** The top-level Content-Type, lower case, without parameters. */
  contentType: string | null;
  /** Reporting-MTA of a DSN, or the server named as writing the bounce. */
  reportingMta: string | null;
  /** The failed recipients in the order the bounce lists them. */
  recipients: RecipientReport[];
  /** The returned original message, when the bounce includes it (or its headers). */
  original: OriginalMessage | null;
  /** Feedback-Type of an ARF abuse report, when this is one. */
  feedbackType: string | null;
  /** The whole human-readable text of the bounce (decoded), the base for phrase matching. */
  bodyText: string;
  /** Why the reading was partial (truncated input, broken MIME, nesting cut off, ...), in plain words. */
  warnings: string[];
  /** Where the bounce's own words end in `bodyText` (the returned original follows); optional. */
  bounceTextEnd?: number;
  /** Top-level headers of the bounce itself (names lower case, values unfolded); empty for plain text. */
  headers?: { name: string; value: string }[];
}

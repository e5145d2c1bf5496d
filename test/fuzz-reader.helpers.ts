/**
 * The pieces of the reader/classifier fuzz test (test/fuzz-reader.test.ts): a seeded PRNG, built-in
 * synthetic bounces (reserved names only), the mutations applied to real and synthetic messages, and
 * the invariants checked on every result. Pure functions: the test file does the I/O.
 */
import { MAX_DIAGNOSTIC_CHARS, MAX_RECEIVED_HOPS, MAX_RECIPIENTS } from '../src/core/read/limits.ts';
import type { ParsedBounce, TextSpan } from '../src/core/read/types.ts';
import type { Classification } from '../src/core/classify/types.ts';
import { ALL_REASONS } from '../src/core/knowledge/reasons.ts';
import { isIp, isPublicIp } from '../src/core/read/ip.ts';

/** mulberry32: a tiny 32-bit PRNG, enough to make every case reproducible from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The random choices one case makes, from one seed. */
export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** The seed of case `index` of a run seeded `seed`: each case can be replayed on its own. */
export function caseSeed(seed: number, index: number): number {
  return (seed + Math.imul(index + 1, 0x9e3779b9)) >>> 0;
}

/** Synthetic bounces, written for this test with reserved names (example.*, .test, 192.0.2.0/24...). */
export const SYNTHETIC: readonly { name: string; text: string }[] = [
  {
    name: 'postfix-dsn',
    text: `Return-Path: <>
Received: by mx.example.net (Postfix) id 4B1C2; Mon, 2 Mar 2026 10:00:00 +0000 (UTC)
Date: Mon, 2 Mar 2026 10:00:00 +0000 (UTC)
From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: sender@example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4B1C2.1772445600/mx.example.net"
Message-Id: <20260302100000.4B1C2@mx.example.net>

This is a MIME-encapsulated message.

--4B1C2.1772445600/mx.example.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<nobody@example.org>: host mx1.example.org[192.0.2.25] said: 550 5.1.1
    <nobody@example.org>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

<full@example.org>: host mx1.example.org[192.0.2.25] said: 452 4.2.2
    Mailbox full (in reply to RCPT TO command)

--4B1C2.1772445600/mx.example.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
X-Postfix-Queue-ID: 4B1C2
Arrival-Date: Mon, 2 Mar 2026 09:59:58 +0000 (UTC)

Final-Recipient: rfc822; nobody@example.org
Original-Recipient: rfc822;nobody@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.example.org
Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>: Recipient address
    rejected: User unknown in virtual mailbox table

Final-Recipient: rfc822; full@example.org
Action: delayed
Status: 4.2.2 (mailbox full)
Remote-MTA: dns; mx1.example.org
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--4B1C2.1772445600/mx.example.net
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <sender@example.com>
Received: from client.example.com (client.example.com [198.51.100.7])
	by mx.example.net (Postfix) with ESMTP id 4B1C2
	for <nobody@example.org>; Mon, 2 Mar 2026 09:59:58 +0000 (UTC)
DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=sel1; h=from:to; b=AAAA
From: Sam Sender <sender@example.com>
To: nobody@example.org, full@example.org
Subject: Quarterly figures
Message-ID: <abc123@example.com>
Date: Mon, 2 Mar 2026 09:59:50 +0000

--4B1C2.1772445600/mx.example.net--
`,
  },
  {
    name: 'exim-text',
    text: `Return-path: <>
Envelope-to: sender@example.com
Received: from mail by relay.example.net with local (Exim 4.96)
	id 1abcde-000001-AB
	for sender@example.com; Tue, 03 Mar 2026 11:00:00 +0000
X-Failed-Recipients: gone@example.org
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay.example.net>
To: sender@example.com
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1abcde-000001-AB@relay.example.net>
Date: Tue, 03 Mar 2026 11:00:00 +0000

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  gone@example.org
    host mx.example.org [203.0.113.9]
    SMTP error from remote mail server after RCPT TO:<gone@example.org>:
    550 5.2.1 The email account that you tried to reach is disabled.

------ This is a copy of the message, including all the headers. ------

Return-path: <sender@example.com>
Received: from [198.51.100.20] (helo=laptop.example.com)
	by relay.example.net with esmtpsa (Exim 4.96)
	id 1abcdd-000001-AA; Tue, 03 Mar 2026 10:59:59 +0000
From: sender@example.com
To: gone@example.org
Subject: Hello
Message-Id: <m1@example.com>

Hi there.
`,
  },
  {
    name: 'exchange-pasted',
    text: `Delivery has failed to these recipients or groups:

Grace Lind (grace@example.net)
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:

Generating server: EX01.example.com

grace@example.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Received: from EX01.example.com (192.0.2.44) by EX02.example.com (192.0.2.45)
Subject: Budget
`,
  },
  { name: 'bare-answer', text: '550 5.1.1 User unknown\n' },
  {
    name: 'gmail-text',
    text: `Address not found

Your message wasn't delivered to someone@example.org because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <someone@example.org>: Recipient address rejected: User unknown in local recipient table
`,
  },
  {
    name: 'blocklist-qp',
    text: `From: postmaster@mail.example.net
To: sender@example.com
Subject: Undeliverable: offer
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Delivery to the following recipient failed permanently:

     buyer@example.org

Technical details of permanent failure:=20
The remote server said: 554 5.7.1 Service unavailable; Client host [192.0.2=
.77] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.=
0.2.77
`,
  },
  {
    name: 'base64-dsn',
    text: `From: MAILER-DAEMON@example.net
To: sender@example.com
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

${Buffer.from('Die Nachricht an moved@example.org konnte nicht zugestellt werden.\n551 5.1.6 User has moved; please try new.address@example.org\n', 'utf8').toString('base64')}
--b1
Content-Type: message/delivery-status

Reporting-MTA: dns;mx.example.net

Final-Recipient: rfc822;moved@example.org
Action: failed
Status: 5.1.6
Diagnostic-Code: smtp;551 5.1.6 User has moved; please try new.address@example.org

--b1--
`,
  },
  {
    name: 'arf',
    text: `From: feedback@fbl.example.net
To: abuse@example.com
Subject: Abuse report
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="arf"

--arf
Content-Type: text/plain

This is an abuse report for a message received from 192.0.2.1.
--arf
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: fbl/1.0
Version: 1
Original-Rcpt-To: complainer@example.net
Source-IP: 192.0.2.1

--arf
Content-Type: text/rfc822-headers

From: news@example.com
To: complainer@example.net
Subject: News
--arf--
`,
  },
  {
    name: 'autoreply',
    text: `From: kim@example.org
To: sender@example.com
Subject: Out of office: Budget
Auto-Submitted: auto-replied

I am away until Monday and will reply when I am back.
`,
  },
  {
    name: 'qmail',
    text: `Hi. This is the qmail-send program at mail.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<alpha@example.org>:
192.0.2.30 does not like recipient.
Remote host said: 550 5.7.1 Message rejected due to SPF failure; DMARC policy reject
Giving up on 192.0.2.30.

<beta@example.org>:
Sorry, I couldn't find any host named example.org. (#5.1.2)

--- Below this line is a copy of the message.

Return-Path: <sender@example.com>
From: sender@example.com
To: alpha@example.org, beta@example.org
Subject: Test
`,
  },
  {
    name: 'html-only',
    text: `From: postmaster@example.net
To: sender@example.com
Subject: Undeliverable: Budget
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body><p>Delivery has failed to these recipients:</p>
<p><b>lee@example.org</b><br>Remote Server returned '554 5.4.14 Hop count exceeded - possible mail loop ATTR34'</p>
<script>alert(1)</script></body></html>
`,
  },
  {
    name: 'delay-warning',
    text: `This is the mail system at host mx.example.net.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<slow@example.org>: connect to mx.example.org[2001:db8::25]:25: Connection timed out
`,
  },
];

/** Unicode that tends to confuse text handling: direction marks, blanks, emoji, combining marks, lone surrogates. */
const ODD_UNICODE: readonly string[] = [
  '\u200f', '\u202e', '\u200e', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u200b', '😀', '👩‍💻', 'e\u0301', '\u0301',
  '\ud800', '\udc00', '\udbff', '\ufffd', '\u3000', 'İ', 'ß', 'ﬀ', 'Ⅻ', '\u0085',
];

/** Strings that look like what the reader looks for, so mutations reach its code paths. */
const TOKENS: readonly string[] = [
  '@', '@@', 'a@', '@b.example', 'x@y@example.org', '<>', '<', '>', ':', ';', '550', '5.1.1', '4.', '5.1.1234', '550-',
  'Final-Recipient: rfc822; ', 'Status: ', 'Action: failed', 'Diagnostic-Code: smtp; ', '\n\n', '\r', '\r\n', '=\n', '=',
  '=?utf-8?B?', '?=', 'Content-Type: multipart/mixed; boundary="', '--', 'Content-Transfer-Encoding: base64\n', '[192.0.2.',
  'IPv6:2001:db8::', 'rfc822;', '\t', ' ', '"', 'said: ', '(in reply to RCPT TO command)',
];

function lines(text: string): string[] {
  return text.split('\n');
}

/** A random character: any BMP code unit, an ASCII control, or a printable ASCII character. */
function randomChar(rng: Rng): string {
  const k = rng.int(3);
  if (k === 0) return String.fromCharCode(rng.int(0x10000));
  if (k === 1) return String.fromCharCode(rng.int(32));
  return String.fromCharCode(32 + rng.int(95));
}

/** A random position in `text`, at a line start half the time. */
function position(rng: Rng, text: string): number {
  if (text.length === 0) return 0;
  const at = rng.int(text.length + 1);
  if (rng.chance(0.5)) return text.lastIndexOf('\n', at - 1) + 1;
  return at;
}

/** A long line: the repeated unit makes the reader's scans do their worst. */
function longLine(rng: Rng): string {
  const unit = rng.pick(['a', 'a@', 'x@example.org ', '550 5.1.1 ', ' ', '<', '=', 'Final-Recipient: ', '1.', '@.', 'ab.', '\t', '192.0.2.1 ']);
  const length = rng.pick([1_000, 5_000, 30_000, 120_000]);
  return unit.repeat(Math.ceil(length / unit.length));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Quoted-printable (RFC 2045) of UTF-8 text, soft line breaks at 76 characters. */
function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let encoded = '';
    for (const byte of Buffer.from(line, 'utf8')) {
      encoded += byte === 61 || byte > 126 || (byte < 32 && byte !== 9) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte);
    }
    let rest = encoded;
    while (rest.length > 75) {
      let cut = 75;
      // Never split an =XX escape.
      while (cut > 72 && rest.lastIndexOf('=', cut) > cut - 3) cut--;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join('\n');
}

/** Base64 of UTF-8 text in lines of 76 characters. */
function base64Lines(text: string): string {
  return (Buffer.from(text, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\n');
}

/** One mutation: a name (for failure messages) and what it does. */
export interface Mutation {
  name: string;
  apply: (text: string, rng: Rng, other: string) => string;
}

export const MUTATIONS: readonly Mutation[] = [
  { name: 'cut', apply: (t, r) => t.slice(0, r.int(t.length + 1)) },
  { name: 'cut-head', apply: (t, r) => t.slice(r.int(t.length + 1)) },
  {
    name: 'duplicate-lines',
    apply: (t, r) => {
      const ls = lines(t);
      const at = r.int(ls.length);
      const n = 1 + r.int(5);
      ls.splice(at, 0, ...ls.slice(at, at + n));
      return ls.join('\n');
    },
  },
  {
    name: 'delete-lines',
    apply: (t, r) => {
      const ls = lines(t);
      ls.splice(r.int(ls.length), 1 + r.int(4));
      return ls.join('\n');
    },
  },
  {
    name: 'swap-lines',
    apply: (t, r) => {
      const ls = lines(t);
      const a = r.int(ls.length);
      const b = r.int(ls.length);
      [ls[a], ls[b]] = [ls[b]!, ls[a]!];
      return ls.join('\n');
    },
  },
  {
    name: 'random-chars',
    apply: (t, r) => {
      let out = t;
      for (let n = 1 + r.int(8); n > 0; n--) {
        const at = r.int(out.length + 1);
        out = out.slice(0, at) + randomChar(r) + out.slice(at);
      }
      return out;
    },
  },
  {
    name: 'replace-chars',
    apply: (t, r) => {
      const cs = [...t];
      for (let n = 1 + r.int(8); n > 0 && cs.length > 0; n--) cs[r.int(cs.length)] = randomChar(r);
      return cs.join('');
    },
  },
  {
    name: 'control-chars',
    apply: (t, r) => {
      let out = t;
      for (let n = 1 + r.int(6); n > 0; n--) {
        const at = position(r, out);
        out = out.slice(0, at) + String.fromCharCode(r.pick([0, 1, 7, 8, 11, 12, 13, 27, 127])) + out.slice(at);
      }
      return out;
    },
  },
  {
    name: 'tokens',
    apply: (t, r) => {
      let out = t;
      for (let n = 1 + r.int(4); n > 0; n--) {
        const at = position(r, out);
        out = out.slice(0, at) + r.pick(TOKENS) + out.slice(at);
      }
      return out;
    },
  },
  {
    name: 'break-boundary',
    apply: (t, r) => {
      const m = /boundary="?([^";\s]{1,200})"?/i.exec(t);
      if (!m) return t.replace(/^--/m, '- -');
      const b = m[1]!;
      const k = r.int(4);
      // Drop the closing delimiter, change every delimiter, change one, or drop the parameter.
      if (k === 0) return t.split(`--${b}--`).join('');
      if (k === 1) return t.split(`--${b}`).join(`--${b}x`);
      if (k === 2) {
        const at = t.indexOf(`\n--${b}`, r.int(t.length));
        return at < 0 ? t : `${t.slice(0, at)}\n-${t.slice(at + 3)}`;
      }
      return t.replace(m[0], '');
    },
  },
  {
    name: 'nest-self',
    apply: (t, r) => {
      let out = t;
      for (let n = 1 + r.int(6); n > 0; n--) {
        out = r.chance(0.5)
          ? `From: fwd@example.com\nTo: help@example.net\nSubject: Fwd: bounce\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="n${n}"\n\n--n${n}\nContent-Type: text/plain\n\nSee below.\n--n${n}\nContent-Type: message/rfc822\n\n${out}\n--n${n}--\n`
          : `Please look at this:\n\n---------- Forwarded message ---------\n${out}\n`;
      }
      return out;
    },
  },
  {
    name: 'long-line',
    apply: (t, r) => {
      const at = position(r, t);
      return `${t.slice(0, at)}${longLine(r)}\n${t.slice(at)}`;
    },
  },
  {
    name: 'line-endings',
    apply: (t, r) => {
      const k = r.int(3);
      if (k === 0) return t.replace(/\r?\n/g, '\r\n');
      if (k === 1) return t.replace(/\r?\n/g, '\r');
      return t.replace(/\n/g, () => r.pick(['\n', '\r\n', '\r', '\n\r']));
    },
  },
  {
    name: 'unicode',
    apply: (t, r) => {
      let out = t;
      for (let n = 1 + r.int(10); n > 0; n--) {
        const at = r.int(out.length + 1);
        out = out.slice(0, at) + r.pick(ODD_UNICODE) + out.slice(at);
      }
      return out;
    },
  },
  {
    name: 'quote',
    apply: (t, r) => {
      const prefix = r.pick(['> ', '>', '> > ', '| ']);
      const ls = lines(t);
      const from = r.chance(0.5) ? 0 : r.int(ls.length);
      return ls.map((l, i) => (i >= from ? prefix + l : l)).join('\n');
    },
  },
  {
    name: 'html-escape',
    apply: (t, r) => (r.chance(0.5) ? escapeHtml(t) : `<html><body><pre>${escapeHtml(t)}</pre></body></html>`),
  },
  {
    name: 'strip-headers',
    apply: (t) => {
      const at = t.indexOf('\n\n');
      return at < 0 ? t : t.slice(at + 2);
    },
  },
  { name: 'splice-other', apply: (t, r, other) => t.slice(0, r.int(t.length + 1)) + other.slice(r.int(other.length + 1)) },
  {
    name: 'attach-encoded',
    apply: (t, r) => {
      const qp = r.chance(0.5);
      return `From: fwd@example.com\nTo: help@example.net\nSubject: Fwd: bounce\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="zz"\n\n--zz\nContent-Type: text/plain\n\nSee the attachment.\n--zz\nContent-Type: message/rfc822\nContent-Transfer-Encoding: ${qp ? 'quoted-printable' : 'base64'}\n\n${qp ? quotedPrintable(t) : base64Lines(t)}\n--zz--\n`;
    },
  },
  {
    name: 'encode-body',
    apply: (t, r) => {
      const at = t.indexOf('\n\n');
      if (at < 0) return t;
      const qp = r.chance(0.5);
      const body = t.slice(at + 2);
      return `${t.slice(0, at)}\nContent-Transfer-Encoding: ${qp ? 'quoted-printable' : 'base64'}\n\n${qp ? quotedPrintable(body) : base64Lines(body)}\n`;
    },
  },
  { name: 'mbox-line', apply: (t) => `From MAILER-DAEMON Mon Mar  2 10:00:00 2026\n${t}` },
  { name: 'upper-case', apply: (t, r) => (r.chance(0.5) ? t.toUpperCase() : t.toLowerCase()) },
  {
    name: 'digits',
    apply: (t, r) => t.replace(/[0-9]/g, (d) => (r.chance(0.15) ? String(r.int(10)) + (r.chance(0.3) ? String(r.int(10)) : '') : d)),
  },
];

/** Applies 1-3 random mutations; returns the text and the names applied, for the failure message. */
export function mutate(text: string, other: string, rng: Rng): { text: string; applied: string[] } {
  let out = text;
  const applied: string[] = [];
  for (let n = 1 + rng.int(3); n > 0; n--) {
    const m = rng.pick(MUTATIONS);
    out = m.apply(out, rng, other);
    applied.push(m.name);
  }
  return { text: out, applied };
}

/** The LF form of a text and its CRLF and CR-only twins. */
export function lineEndTwins(text: string): { lf: string; crlf: string; cr: string } {
  const lf = text.replace(/\r\n?/g, '\n');
  return { lf, crlf: lf.replace(/\n/g, '\r\n'), cr: lf.replace(/\n/g, '\r') };
}

/** What the twins must agree on: the kind and, per recipient, address, reason, codes and permanence. */
export function signature(c: Classification): string {
  return JSON.stringify({ kind: c.kind, r: c.recipients.map((r) => [r.address, r.reason, r.status, r.replyCode, r.permanent]) });
}

const INPUT_KINDS = new Set(['mime', 'text', 'empty', 'binary']);
const KINDS = new Set(['bounce', 'delay', 'delivered', 'autoreply', 'feedback', 'not-bounce', 'unreadable']);
const ACTORS = new Set(['sender', 'sender-admin', 'recipient', 'recipient-admin']);
const REASON_SET: ReadonlySet<string> = new Set(ALL_REASONS);
const COMMANDS = new Set(['CONN', 'HELO', 'MAIL', 'RCPT', 'DATA']);
export const STATUS_RE = /^[245]\.\d{1,3}\.\d{1,3}$/;
export const REPLY_RE = /^[245]\d\d$/;

const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

/**
 * The problems of one span against the input it points into: offsets are integers, -1/-1 or
 * 0 <= start <= end <= input.length, and the input's characters there are the span's text
 * (TextSpan: "the text as found"; start/end its offsets in the input).
 */
function spanProblems(span: TextSpan | null, input: string, where: string): string[] {
  if (span === null) return [];
  if (typeof span !== 'object' || typeof span.text !== 'string') return [`${where}: not a span`];
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [`${where}: offsets ${start}, ${end} are not integers`];
  if (start < 0 || end < 0) return start === -1 && end === -1 ? [] : [`${where}: offsets ${start}, ${end}: -1 must come as a pair`];
  if (!(start <= end && end <= input.length)) return [`${where}: offsets ${start}, ${end} outside 0..${input.length}`];
  const found = input.slice(start, end);
  if (found !== span.text) return [`${where}: input[${start}, ${end}) is ${JSON.stringify(found.slice(0, 80))}, span text ${JSON.stringify(span.text.slice(0, 80))}`];
  return [];
}

/**
 * A code's span must not sit inside a longer number or word: "550" highlighted inside a message id
 * ("...aadc9d5507c3") or "5.1.1" inside "15.1.10" points at text that says nothing about the failure.
 * The bounds are the reader's own (codes.ts): a reply code touches no letter or digit; a status no
 * digit or "." before it and no digit or ".digit" after it (a letter may touch it: "Status: 5.1.1n").
 */
function codeSpanProblems(span: TextSpan | null, input: string, where: string, kind: 'status' | 'reply'): string[] {
  if (!span || span.start < 0) return [];
  const before = input[span.start - 1] ?? ' ';
  const after = input[span.end] ?? ' ';
  const inside = kind === 'reply'
    ? /[0-9A-Za-z]/.test(before) || /[0-9A-Za-z]/.test(after)
    : /[0-9.]/.test(before) || /[0-9]/.test(after) || (after === '.' && /[0-9]/.test(input[span.end + 1] ?? ''));
  return inside ? [`${where}: the code stands inside ${JSON.stringify(input.slice(Math.max(0, span.start - 12), span.end + 12))}`] : [];
}

/** Problems of one address: '' or local@domain, one "@", both sides non-empty, no white space. */
function addressProblems(address: unknown, where: string, allowEmpty: boolean): string[] {
  if (typeof address !== 'string') return [`${where}: address is not a string`];
  if (address === '' && allowEmpty) return [];
  const at = address.indexOf('@');
  if (at <= 0 || at !== address.lastIndexOf('@') || at === address.length - 1 || /\s/.test(address)) {
    return [`${where}: address ${JSON.stringify(address.slice(0, 120))} is not local@domain`];
  }
  return [];
}

/** Every invariant the reader's result must meet, for any input. */
export function parsedProblems(p: ParsedBounce, input: string): string[] {
  const out: string[] = [];
  if (!INPUT_KINDS.has(p.inputKind)) out.push(`inputKind ${String(p.inputKind)}`);
  for (const k of ['subject', 'from', 'contentType', 'reportingMta', 'feedbackType'] as const) {
    if (!isStringOrNull(p[k])) out.push(`${k} is not string|null`);
  }
  if (typeof p.bodyText !== 'string') out.push('bodyText is not a string');
  if (!Array.isArray(p.warnings) || p.warnings.some((w) => typeof w !== 'string' || w === '')) out.push('warnings are not non-empty strings');
  if (p.bounceTextEnd !== undefined && !(Number.isInteger(p.bounceTextEnd) && p.bounceTextEnd >= 0 && p.bounceTextEnd <= p.bodyText.length)) {
    out.push(`bounceTextEnd ${p.bounceTextEnd} outside bodyText (${p.bodyText.length})`);
  }
  if (p.headers !== undefined && (!Array.isArray(p.headers) || p.headers.some((h) => typeof h.name !== 'string' || typeof h.value !== 'string'))) {
    out.push('headers are not {name, value} strings');
  }
  if (!Array.isArray(p.recipients)) return [...out, 'recipients is not an array'];
  if (p.recipients.length > MAX_RECIPIENTS) out.push(`${p.recipients.length} recipients > MAX_RECIPIENTS`);
  if ((p.inputKind === 'empty' || p.inputKind === 'binary') && p.recipients.length > 0) out.push(`${p.inputKind} input with recipients`);
  p.recipients.forEach((r, i) => {
    const w = `recipient ${i}`;
    out.push(...addressProblems(r.address, w, true));
    for (const k of ['status', 'replyCode', 'diagnostic', 'action', 'remoteMta', 'forwardAddress'] as const) {
      if (!isStringOrNull(r[k])) out.push(`${w}: ${k} is not string|null`);
    }
    if (r.status !== null && !STATUS_RE.test(r.status)) out.push(`${w}: status ${JSON.stringify(r.status)}`);
    if (r.replyCode !== null && !REPLY_RE.test(r.replyCode)) out.push(`${w}: replyCode ${JSON.stringify(r.replyCode)}`);
    // pickCodes: a reply code of the other class than the status contradicts it and is not reported.
    if (r.status && r.replyCode && r.status[0] !== r.replyCode[0]) out.push(`${w}: status ${r.status} and reply code ${r.replyCode} of different classes`);
    if ((r.status === null) !== (r.statusSpan === null)) out.push(`${w}: statusSpan present iff status`);
    if ((r.replyCode === null) !== (r.replyCodeSpan === null)) out.push(`${w}: replyCodeSpan present iff replyCode`);
    if (r.statusSpan && r.statusSpan.text !== r.status) out.push(`${w}: statusSpan text ${JSON.stringify(r.statusSpan.text)} is not the status ${r.status}`);
    if (r.replyCodeSpan && r.replyCodeSpan.text !== r.replyCode) out.push(`${w}: replyCodeSpan text ${JSON.stringify(r.replyCodeSpan.text)} is not the reply code ${r.replyCode}`);
    if (r.diagnostic !== null) {
      if (r.diagnostic.length > MAX_DIAGNOSTIC_CHARS) out.push(`${w}: diagnostic of ${r.diagnostic.length} chars`);
      // "whitespace unfolded": no line breaks or tabs, no runs of blanks.
      if (/[^\S ]|\s\s/.test(r.diagnostic)) out.push(`${w}: diagnostic not unfolded: ${JSON.stringify(r.diagnostic.slice(0, 120))}`);
    }
    if (r.action !== null && r.action !== r.action.toLowerCase()) out.push(`${w}: action ${r.action} not lower case`);
    if (r.forwardAddress !== null) out.push(...addressProblems(r.forwardAddress, `${w} forwardAddress`, false));
    if (!Array.isArray(r.quotedIps) || r.quotedIps.some((x) => typeof x !== 'string' || !isIp(x))) out.push(`${w}: quotedIps ${JSON.stringify(r.quotedIps)}`);
    if (!Array.isArray(r.quotedBlocklists) || r.quotedBlocklists.some((x) => typeof x !== 'string')) out.push(`${w}: quotedBlocklists`);
    if (r.smtpCommand != null && !COMMANDS.has(r.smtpCommand)) out.push(`${w}: smtpCommand ${r.smtpCommand}`);
    if (r.fromOriginalOnly !== undefined && typeof r.fromOriginalOnly !== 'boolean') out.push(`${w}: fromOriginalOnly`);
    out.push(...spanProblems(r.addressSpan, input, `${w} addressSpan`));
    out.push(...spanProblems(r.statusSpan, input, `${w} statusSpan`), ...codeSpanProblems(r.statusSpan, input, `${w} statusSpan`, 'status'));
    out.push(...spanProblems(r.replyCodeSpan, input, `${w} replyCodeSpan`), ...codeSpanProblems(r.replyCodeSpan, input, `${w} replyCodeSpan`, 'reply'));
    out.push(...spanProblems(r.diagnosticSpan, input, `${w} diagnosticSpan`));
  });
  const o = p.original;
  if (o !== null) {
    for (const k of ['from', 'returnPath', 'to', 'subject', 'messageId', 'date', 'sendingIp'] as const) {
      if (!isStringOrNull(o[k])) out.push(`original.${k} is not string|null`);
    }
    if (o.received.length > MAX_RECEIVED_HOPS) out.push(`${o.received.length} received hops`);
    if (o.sendingIp !== null && !isPublicIp(o.sendingIp)) out.push(`original.sendingIp ${o.sendingIp} is not a public IP`);
    if (o.authenticationResults.some((a) => typeof a !== 'string')) out.push('original.authenticationResults');
    o.dkimSignatures.forEach((d, i) => {
      if (typeof d.domain !== 'string' || typeof d.selector !== 'string') out.push(`dkim ${i}: d= / s= not strings`);
      out.push(...spanProblems(d.span, input, `dkim ${i} span`));
    });
    o.received.forEach((h, i) => {
      if (typeof h.text !== 'string' || !isStringOrNull(h.fromHost) || !isStringOrNull(h.fromIp) || !isStringOrNull(h.byHost)) out.push(`received ${i}: fields`);
      out.push(...spanProblems(h.span, input, `received ${i} span`));
    });
  }
  return out;
}

/** Every invariant the classifier's result must meet, for any reader result. */
export function classificationProblems(c: Classification, input: string): string[] {
  const out: string[] = [];
  if (!KINDS.has(c.kind)) out.push(`kind ${String(c.kind)}`);
  if (c.isBounce !== (c.kind === 'bounce' || c.kind === 'delay')) out.push(`isBounce ${c.isBounce} for kind ${c.kind}`);
  if (typeof c.summary !== 'string' || c.summary === '') out.push('summary is empty');
  if (c.kind === 'delivered' && c.recipients.some((r) => r.reason !== 'delivered')) out.push('kind delivered with a failed recipient');
  if (c.kind === 'delay' && c.recipients.some((r) => r.permanent)) out.push('kind delay with a permanent failure');
  if ((c.kind === 'bounce' || c.kind === 'delay') && c.recipients.length === 0) out.push(`kind ${c.kind} without recipients`);
  if (!Array.isArray(c.recipients)) return [...out, 'recipients is not an array'];
  // One diagnosis per recipient, in order; a message that is no bounce (unreadable, an auto-reply, pasted
  // text without a failure) may drop them all, never some.
  const mayDrop = c.kind === 'unreadable' || c.kind === 'autoreply' || c.kind === 'not-bounce';
  if (c.recipients.length !== c.parsed.recipients.length && !(mayDrop && c.recipients.length === 0)) {
    out.push(`${c.recipients.length} diagnoses for ${c.parsed.recipients.length} recipients (kind ${c.kind})`);
  }
  if (c.kind === 'unreadable' && c.recipients.length > 0) out.push('unreadable with diagnoses');
  c.recipients.forEach((d, i) => {
    const w = `diagnosis ${i}`;
    if (c.parsed.recipients[i] && d.address !== c.parsed.recipients[i]!.address) out.push(`${w}: address differs from the reader's`);
    out.push(...addressProblems(d.address, w, true));
    if (!REASON_SET.has(d.reason)) out.push(`${w}: reason ${String(d.reason)}`);
    if (d.status !== null && !STATUS_RE.test(d.status)) out.push(`${w}: status ${JSON.stringify(d.status)}`);
    if (d.replyCode !== null && !REPLY_RE.test(d.replyCode)) out.push(`${w}: replyCode ${JSON.stringify(d.replyCode)}`);
    if (typeof d.permanent !== 'boolean') out.push(`${w}: permanent is not boolean`);
    if (typeof d.title !== 'string' || d.title === '') out.push(`${w}: title empty`);
    if (typeof d.explanation !== 'string') out.push(`${w}: explanation`);
    if (!ACTORS.has(d.actor)) out.push(`${w}: actor ${String(d.actor)}`);
    if (typeof d.confidence !== 'number' || !(d.confidence >= 0 && d.confidence <= 1)) out.push(`${w}: confidence ${d.confidence}`);
    if (typeof d.detail !== 'object' || d.detail === null) out.push(`${w}: detail`);
    if (d.statusImplied !== undefined && typeof d.statusImplied !== 'boolean') out.push(`${w}: statusImplied`);
    // permanent: false for a temporary (4xx) failure or a delay, true for a final (5xx) one (the reader
    // gives status and reply code of one class).
    const r = c.parsed.recipients[i];
    const codeClass = r ? (r.replyCode ?? r.status ?? '')[0] : undefined;
    if (c.kind !== 'feedback' && d.reason !== 'delivered' && r) {
      if ((codeClass === '4' || r.action === 'delayed') && d.permanent) out.push(`${w}: permanent with a temporary code or a delay`);
      else if (codeClass === '5' && r.action !== 'delayed' && !d.permanent) out.push(`${w}: not permanent with a 5xx code`);
    }
    const det = d.detail;
    if (det.newAddress !== undefined) out.push(...addressProblems(det.newAddress, `${w} detail.newAddress`, false));
    if (det.blocklist?.ip != null && !isIp(det.blocklist.ip)) out.push(`${w}: detail.blocklist.ip ${det.blocklist.ip}`);
    if (det.sizeLimitBytes !== undefined && !(Number.isSafeInteger(det.sizeLimitBytes) && det.sizeLimitBytes > 0)) out.push(`${w}: detail.sizeLimitBytes ${det.sizeLimitBytes}`);
    if (!Array.isArray(d.evidence)) out.push(`${w}: evidence`);
    else d.evidence.forEach((s, j) => out.push(...spanProblems(s, input, `${w} evidence ${j}`)));
  });
  return out;
}

/** A message to mutate: its name (corpus path or synthetic name) and text. */
export interface Source {
  name: string;
  text: string;
}

/** One fuzz case: the input, and how it was made (for the failure message). */
export interface FuzzCase {
  index: number;
  seed: number;
  source: string;
  applied: string[];
  input: string;
}

/**
 * Case `index` of a run seeded `seed` over `sources`: a source (a synthetic one a third of the time, so
 * they are exercised beside a large corpus), spliced with another where a mutation asks for it.
 */
export function makeCase(seed: number, index: number, sources: readonly Source[], synthetic: number): FuzzCase {
  const s = caseSeed(seed, index);
  const rng = new Rng(s);
  const base = rng.chance(1 / 3) ? sources[rng.int(synthetic)]! : rng.pick(sources);
  const other = rng.pick(sources);
  const { text, applied } = mutate(base.text, other.text, rng);
  return { index, seed: s, source: base.name, applied, input: text };
}

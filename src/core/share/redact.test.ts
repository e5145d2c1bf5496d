import { describe, expect, it } from 'vitest';
import { redactBounce } from './redact.ts';

const bounce = `Return-Path: <>
From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
To: "Doe, Jane" <jane.doe@example.com>, Bob Stone <bob@example.org>
Cc: carl@example.net (Carl Weiss)
Subject: Undelivered Mail Returned to Sender

Dear Jane Doe,

<jane.doe@example.com>: host mx1.example.net[198.51.100.25] said: 550 5.1.1
    <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table
Final-Recipient: rfc822; bob@example.org
Remote-MTA: dns; mx1.example.net
Diagnostic-Code: smtp; 550 5.1.1 <BOB@example.org>: User unknown

bob wasn't found at example.org. Jane asked Bob Stone to check.
Received: from laptop.example.com (unknown [192.0.2.44]) by mail.example.com for <jane.doe@example.com>
Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=jane.doe@example.com; dkim=pass header.d=example.com
For further assistance, please send mail to postmaster@example.com.
Bare literal: carl@[192.0.2.7]
`;

describe('redactBounce', () => {
  const redacted = redactBounce(bounce);

  it('removes every local part and personal name', () => {
    for (const secret of ['jane', 'Jane', 'Doe', 'bob', 'Bob', 'BOB', 'Stone', 'carl', 'Carl', 'Weiss']) {
      expect(redacted, secret).not.toMatch(new RegExp(`(?<![A-Za-z])${secret}(?![A-Za-z])`));
    }
  });

  it('keeps domains, IPs, codes and the words the classifier reads', () => {
    for (const kept of ['mail.example.com', 'mx1.example.net', '198.51.100.25', '192.0.2.44', '[192.0.2.7]',
      '550 5.1.1', 'User unknown in virtual mailbox table', 'header.d=example.com', 'Final-Recipient: rfc822;',
      'laptop.example.com', 'spf=pass', 'Undelivered Mail Returned to Sender']) {
      expect(redacted, kept).toContain(kept);
    }
  });

  it('masks consistently, and keeps masked addresses valid', () => {
    const masks = [...redacted.matchAll(/([A-Za-z0-9.-]+)@example\.org/g)].map((m) => m[1]);
    expect(new Set(masks).size).toBe(1); // bob and BOB: one mailbox, one mask
    expect(redacted).toMatch(/<user\d+@example\.com>/);
    expect(redacted).toContain('Final-Recipient: rfc822; user2@example.org');
    expect(redacted).toMatch(/smtp\.mailfrom=user1@example\.com/);
    // The same person gets the same mask in the header, the greeting and the prose.
    expect(redacted).toContain('To: "Person 1" <user1@example.com>, "Person 2" <user2@example.org>');
    expect(redacted).toContain('Dear Person 1,');
    expect(redacted).toContain('user2 wasn\'t found at example.org. Person 1 asked Person 2 to check.');
    expect(redacted).toContain('Cc: user3@example.net (Person 3)');
  });

  it('keeps system mailboxes and their display names', () => {
    expect(redacted).toContain('From: MAILER-DAEMON@mail.example.com (Mail Delivery System)');
    expect(redacted).toContain('postmaster@example.com');
  });

  it('is stable: redacting twice changes nothing more', () => {
    expect(redactBounce(redacted)).toBe(redacted);
  });

  it('handles empty and hostile input without throwing, in linear time', () => {
    expect(redactBounce('')).toBe('');
    expect(redactBounce(undefined as unknown as string)).toBe('');
    const hostile = `${'a'.repeat(200_000)}@${'@'.repeat(50_000)}${'b.'.repeat(50_000)}\nTo: ${'"'.repeat(10_000)}${'<'.repeat(10_000)}\nDear ${' '.repeat(50_000)}`;
    const started = performance.now();
    expect(() => redactBounce(hostile)).not.toThrow();
    // A generous bound that only catastrophic backtracking would exceed (it measures no feature's speed).
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('redactBounce with every character a local part may hold', () => {
  it('masks them all without throwing, on the example bounces too', () => {
    const specials = "!#$%&'*+/=?^_`{|}~.-";
    const locals = [...specials].map((c, i) => `ab${c}cd${i}`);
    const text = locals.map((local) => `To: <${local}@example.com>\nThe box ${local} is full.\n`).join('');
    const redacted = redactBounce(text);
    for (const local of locals) expect(redacted, local).not.toContain(local);
    expect(redacted).toContain('@example.com');
  });

  it('handles local parts like those of the built-in examples', () => {
    const text = 'Message-Id: <a81f2c3e-5d1b-4c7a-9e0f-2b6d8c4e1a90@example.com>\nTo: <dsn-7741a9@mx.example.com>\n'
      + 'Bounce id a81f2c3e-5d1b-4c7a-9e0f-2b6d8c4e1a90 and E1vKx3Q-0007aB-2m@out1.example.org\n';
    const redacted = redactBounce(text);
    expect(redacted).not.toMatch(/a81f2c3e|dsn-7741a9|E1vKx3Q/);
    expect(redacted).toContain('@out1.example.org');
  });
});

describe('redactBounce inside base64 MIME bodies', () => {
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/(.{76})/g, '$1\r\n');
  const html = '<p>Dear Jane,</p>\r\n<p>Your message to <b>Jane Doe (jane.doe@example.net)</b> couldn\'t be delivered.</p>\r\n'
    + '<p>jane.doe wasn\'t found at example.net. Remote server: mx1.example.net [198.51.100.25]</p>\r\n<p>550 5.1.10 RESOLVER.ADR.RecipientNotFound; Bj\u00f6rn was here</p>\r\n';
  const binary = Buffer.from([0, 1, 2, 255, 254, 128, 10, 13]).toString('base64');
  const message = [
    'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
    'To: "Anna Berg" <anna.berg@example.com>',
    'Content-Type: multipart/report; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/html; charset="utf-8"',
    'Content-Transfer-Encoding: base64',
    '',
    b64(html),
    '',
    '--b1',
    'Content-Type: application/octet-stream',
    'Content-Transfer-Encoding: base64',
    '',
    binary,
    '',
    '--b1--',
    '',
  ].join('\r\n');
  const redacted = redactBounce(message);
  const bodies = [...redacted.matchAll(/base64\r\n\r\n((?:[A-Za-z0-9+/=]+\r\n)+)/g)].map((m) => m[1]!);

  it('masks names and local parts inside the decoded text, with the same masks as outside', () => {
    const decoded = Buffer.from(bodies[0]!.replace(/\r\n/g, ''), 'base64').toString('utf8');
    expect(decoded).not.toMatch(/Jane|jane|Doe/);
    expect(decoded).toContain('Dear Person 2,');
    expect(decoded).toMatch(/<b>Person \d \(user2@example\.net\)<\/b>/);
    expect(decoded).toContain("user2 wasn't found at example.net");
    expect(decoded).toContain('mx1.example.net [198.51.100.25]');
    expect(decoded).toContain('550 5.1.10 RESOLVER.ADR.RecipientNotFound');
    expect(decoded).toContain('Bj\u00f6rn was here');
    expect(redacted).toContain('To: "Person 1" <user1@example.com>');
  });

  it('writes the body back as base64 with the same line length and line ending', () => {
    const lines = bodies[0]!.split('\r\n').filter((l) => l !== '');
    expect(lines.slice(0, -1).every((l) => l.length === 76)).toBe(true);
    expect(redacted).toContain('Content-Transfer-Encoding: base64\r\n\r\n');
  });

  it('leaves binary parts, system mailboxes and everything else as they were', () => {
    expect(redacted).toContain(`\r\n${binary}\r\n`);
    expect(redacted).toContain('MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com');
    expect(redactBounce(redacted)).toBe(redacted);
  });
});

import { describe, expect, it } from 'vitest';
import { readBounce } from './index.ts';
import { findAddresses } from './address.ts';
import { findReplyCode, findStatus } from './codes.ts';
import { findSmtpCommand } from './smtp-command.ts';
import { isPublicIp } from './ip.ts';
import { isSubmissionHop } from './received.ts';
import { findBlocklistNames } from './blocklist-names.ts';
import { readDsn } from './dsn.ts';

const DSN = [
  'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
  'To: alice@example.org',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
  '',
  '--B1',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  '<jane@example.com>: host mx.example.com[192.0.2.10] said: 550 5.1.1',
  '    <jane@example.com>: Recipient address rejected: User unknown (in reply to',
  '    RCPT TO command)',
  '',
  '--B1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.net',
  '',
  'Final-Recipient: rfc822; jane@example.com',
  'Original-Recipient: rfc822;jane@example.com',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.com',
  'Diagnostic-Code: smtp; 550 5.1.1 <jane@example.com>: Recipient address',
  '    rejected: User unknown',
  '',
  '--B1',
  'Content-Type: message/rfc822',
  '',
  'Return-Path: <alice@example.org>',
  'Received: from [10.0.0.5] (unknown [10.0.0.5]) by out.example.org (Postfix) with ESMTP id 1',
  'Received: from laptop (dsl.example.org [100.64.1.2]) by relay.example.org with ESMTP id 2',
  'DKIM-Signature: v=1; a=rsa-sha256; d=example.org; s=sel1; h=from; bh=x; b=y',
  'Authentication-Results: out.example.org; spf=pass smtp.mailfrom=example.org',
  'From: Alice <alice@example.org>',
  'To: jane@example.com',
  'Subject: Hello',
  'Message-ID: <m1@example.org>',
  'Date: Sun, 29 Nov 2026 10:00:00 +0000',
  '',
  'Hi Jane',
  '--B1--',
  '',
].join('\n');

describe('readBounce on an RFC 3464 report', () => {
  it('reads the recipient, codes, remote server and reporting server with spans into the input', async () => {
    const p = await readBounce(DSN);
    expect(p.inputKind).toBe('mime');
    expect(p.contentType).toBe('multipart/report');
    expect(p.reportingMta).toBe('mx.example.net');
    expect(p.recipients).toHaveLength(1);
    const r = p.recipients[0]!;
    expect(r).toMatchObject({ address: 'jane@example.com', status: '5.1.1', replyCode: '550', action: 'failed', remoteMta: 'mx.example.com', smtpCommand: 'RCPT' });
    expect(r.diagnostic).toBe('550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown');
    for (const span of [r.addressSpan!, r.statusSpan!, r.replyCodeSpan!, r.diagnosticSpan!]) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(DSN.slice(span.start, span.end)).toContain(span.text.split('\n')[0]!.slice(0, 10));
    }
  });

  it('reads the returned original: headers, DKIM, Received chain; private and shared IPs are not the sending IP', async () => {
    const p = await readBounce(DSN);
    const o = p.original!;
    expect(o.from).toBe('Alice <alice@example.org>');
    expect(o.returnPath).toBe('<alice@example.org>');
    expect(o.subject).toBe('Hello');
    expect(o.messageId).toBe('<m1@example.org>');
    expect(o.dkimSignatures).toEqual([expect.objectContaining({ domain: 'example.org', selector: 'sel1' })]);
    expect(o.dkimSignatures[0]!.span!.start).toBeGreaterThan(0);
    expect(o.authenticationResults[0]).toContain('spf=pass');
    expect(o.received.map((h) => h.fromIp)).toEqual(['10.0.0.5', '100.64.1.2']);
    expect(o.received[0]!.byHost).toBe('out.example.org');
    expect(o.sendingIp).toBeNull();
  });

  it('reads the CR-only and CRLF copies exactly like the LF one, with the same offsets', async () => {
    const lf = await readBounce(DSN);
    const cr = await readBounce(DSN.replace(/\n/g, '\r'));
    const crlf = await readBounce(DSN.replace(/\n/g, '\r\n'));
    expect(cr.recipients[0]).toMatchObject({ address: 'jane@example.com', status: '5.1.1', replyCode: '550' });
    expect(cr.recipients[0]!.addressSpan).toEqual(lf.recipients[0]!.addressSpan);
    expect(crlf.recipients[0]).toMatchObject({ address: 'jane@example.com', status: '5.1.1', replyCode: '550' });
  });
});

describe('readBounce on plain text and other shapes', () => {
  it('reads one pasted SMTP line without headers', async () => {
    const text = '550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown';
    const p = await readBounce(text);
    expect(p.inputKind).toBe('text');
    expect(p.recipients[0]).toMatchObject({ address: 'jane@example.com', status: '5.1.1', replyCode: '550' });
    expect(p.recipients[0]!.addressSpan).toEqual({ text: 'jane@example.com', start: 11, end: 27 });
  });

  it('reads a quoted-printable HTML-only bounce (decoded text has no span)', async () => {
    const html = [
      'From: postmaster@example.net', 'To: alice@example.org', 'Subject: Undeliverable: Hello',
      'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '',
      '<html><script>alert(1)</script><body><p>Delivery has failed to:</p><p>jane@example.com</p>',
      '<p>Remote Server returned &#39;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup&#39;</p></body></html>',
      '',
    ].join('\n');
    const p = await readBounce(html);
    expect(p.bodyText).not.toContain('alert(1)');
    expect(p.recipients[0]).toMatchObject({ address: 'jane@example.com', status: '5.1.10', replyCode: '550' });
  });

  it('reads a base64 text part', async () => {
    const body = btoa('<jane@example.com>: host mx.example.com[192.0.2.1] said: 552 5.2.2 Mailbox full');
    const msg = ['From: MAILER-DAEMON@example.net', 'Subject: Undelivered Mail', 'Content-Type: text/plain', 'Content-Transfer-Encoding: base64', '', body, ''].join('\n');
    const p = await readBounce(msg);
    expect(p.recipients[0]).toMatchObject({ address: 'jane@example.com', status: '5.2.2', replyCode: '552' });
    expect(p.recipients[0]!.addressSpan!.start).toBe(-1);
  });

  it('finds a bounce forwarded as an attachment', async () => {
    const fwd = ['From: Alice <alice@example.org>', 'To: help@example.org', 'Subject: Fwd: bounce', 'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="F"', '', '--F', 'Content-Type: text/plain', '', 'Why did this fail?', '--F',
      'Content-Type: message/rfc822', '', DSN, '--F--', ''].join('\n');
    const p = await readBounce(fwd);
    expect(p.recipients[0]?.address).toBe('jane@example.com');
    expect(p.warnings.join(' ')).toContain('forwarded');
  });

  it('reads the forwarding address of a 551 answer and quoted IPs and blocklists', async () => {
    const p = await readBounce('551 5.1.6 <old@example.com>: user has moved; please try <new@example.net>');
    expect(p.recipients[0]!.forwardAddress).toBe('new@example.net');
    const b = await readBounce('554 5.7.1 <jane@example.com>: Client host [192.0.2.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.7');
    expect(b.recipients[0]!.quotedIps).toEqual(['192.0.2.7']);
    expect(b.recipients[0]!.quotedBlocklists).toEqual(['zen.spamhaus.org', 'https://www.spamhaus.org/query/ip/192.0.2.7']);
  });
});

describe('readBounce on bad input', () => {
  it('says empty and binary plainly', async () => {
    expect((await readBounce('')).inputKind).toBe('empty');
    expect((await readBounce('   \n\t ')).inputKind).toBe('empty');
    const binary = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7) % 32));
    expect((await readBounce(binary)).inputKind).toBe('binary');
    expect((await readBounce(undefined as unknown as string)).inputKind).toBe('empty');
  });

  it('reads a 20 MB paste, a 1 MB single line and hostile nesting in bounded time', async () => {
    const big = `550 5.1.1 <jane@example.com>: User unknown\n${'x'.repeat(80)}\n`.repeat(20_000_000 / 120);
    let t = performance.now();
    const p = await readBounce(big);
    expect(p.warnings.join(' ')).toContain('first');
    expect(performance.now() - t).toBeLessThan(15_000);
    t = performance.now();
    await readBounce(`550 ${'a@'.repeat(500_000)}`);
    await readBounce('<'.repeat(1_000_000));
    expect(performance.now() - t).toBeLessThan(15_000);
    let nested = 'Subject: x\nContent-Type: text/plain\n\n550 5.1.1 <deep@example.com> User unknown\n';
    for (let i = 0; i < 40; i++) nested = `From: a@example.org\nSubject: Fwd\nContent-Type: message/rfc822\n\n${nested}`;
    const n = await readBounce(nested);
    expect(n.inputKind).toBe('mime');
  }, 60_000);

  it('reads broken MIME boundaries as best it can', async () => {
    const broken = 'From: x@example.net\nSubject: fail\nContent-Type: multipart/report; boundary="NOPE"\n\n--OTHER\n550 5.1.1 <jane@example.com>: User unknown\n';
    const p = await readBounce(broken);
    expect(p.recipients[0]?.address).toBe('jane@example.com');
  });
});

describe('extractors', () => {
  it('find addresses without being fooled by trailing dots', () => {
    expect(findAddresses('to <a.b@example.com>. and c@example.net.').map((a) => a.address)).toEqual(['a.b@example.com', 'c@example.net']);
    expect(findAddresses('user@localhost')).toEqual([]);
  });
  it('prefer specific status codes over x.0.0 and 4.4.7, and reply codes of the same class', () => {
    expect(findStatus('554 4.4.7 Message expired <421 4.4.2 Connection timed out>')?.code).toBe('4.4.2');
    expect(findStatus('version 5.1.2.3')).toBeNull();
    expect(findReplyCode('554 4.4.7 Message expired <421 4.4.2 timed out>', '4')?.code).toBe('421');
  });
  it('name the SMTP command refused, the last in a transcript', () => {
    expect(findSmtpCommand('(in reply to end of DATA\n    command)')).toBe('DATA');
    expect(findSmtpCommand('>>> RCPT To:<a@example.com>\n>>> DATA\n<<< 554 no')).toBe('DATA');
    expect(findSmtpCommand('nothing here')).toBeNull();
  });
  it('treat reserved, private, shared and loopback ranges as not public', () => {
    for (const ip of ['10.1.2.3', '100.64.0.1', '127.0.0.1', '169.254.1.1', '192.0.2.1', '198.51.100.2', '2001:db8::1', 'nope']) expect(isPublicIp(ip)).toBe(false);
  });
  it('tell a submission hop (a person\'s device handing mail in) from a server-to-server hop', () => {
    expect(isSubmissionHop('from laptop.example.com (unknown [192.0.2.44]) by mail.example.com (Postfix) with ESMTPSA id 4Qx7')).toBe(true);
    expect(isSubmissionHop('from [192.0.2.9] by webmail.example.com with HTTP; Mon, 16 Nov 2026 09:14:03 +0100')).toBe(true);
    expect(isSubmissionHop('from client (192.0.2.9) (Authenticated sender: jane@example.com) by smtp.example.com')).toBe(true);
    expect(isSubmissionHop('from out.example.com (out.example.com [192.0.2.5]) by mx.example.net with ESMTPS id 1A2B')).toBe(false);
    expect(isSubmissionHop('from relay.example.com by mx.example.net with SMTP; Mon, 16 Nov 2026')).toBe(false);
  });
  it('find blocklist hosts and URLs', () => {
    expect(findBlocklistNames('listed at b.barracudacentral.org, see http://www.spamcop.net/bl.shtml?192.0.2.1.')).toEqual(['b.barracudacentral.org', 'http://www.spamcop.net/bl.shtml?192.0.2.1']);
  });
  it('group DSN fields per recipient', () => {
    const d = readDsn('Reporting-MTA: dns; a.example.net\n\nFinal-Recipient: rfc822; x@example.com\nAction: failed\nStatus: 5.2.2\n\nFinal-Recipient: rfc822; y@example.com\nAction: delayed\nStatus: 4.4.1\n');
    expect(d.reportingMta).toBe('a.example.net');
    expect(d.recipients.map((r) => [r.address, r.action, r.status])).toEqual([['x@example.com', 'failed', '5.2.2'], ['y@example.com', 'delayed', '4.4.1']]);
  });
});

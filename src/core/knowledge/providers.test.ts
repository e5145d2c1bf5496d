import { describe, expect, it } from 'vitest';
import { identifyProviders, matchProvider, PROVIDERS } from './providers.ts';
import { ALL_REASONS } from './reasons.ts';

/** Shorthand: provider id and rule code for a line. */
function hit(text: string, mta: string | null = null): [string, string, string] | null {
  const m = matchProvider(text, mta);
  return m ? [m.catalog.id, m.rule.code, m.rule.reason] : null;
}

describe('matchProvider', () => {
  it('recognises Microsoft 365 codes', () => {
    expect(hit('550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject. [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]'))
      .toEqual(['microsoft365', '5.7.509', 'authfailure']);
    expect(hit('550 5.7.515 Access denied, sending domain example.net doesn\'t meet the required authentication level.'))
      .toEqual(['microsoft365', '5.7.515', 'authfailure']);
    expect(hit('550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request removal from this list please visit https://sender.office.com/'))
      .toEqual(['microsoft365', '5.7.606-649', 'blocked']);
    expect(hit('550 5.7.649 Access denied, banned sending IP [198.51.100.4].')?.[1]).toBe('5.7.606-649');
    expect(hit('550 5.7.650 something new')).toBeNull();
    expect(hit('550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.')?.[1]).toBe('5.7.708');
    expect(hit('550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.')?.[1]).toBe('5.7.750');
    expect(hit('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient jane@example.com not found by SMTP address lookup', 'example-com.mail.protection.outlook.com'))
      .toEqual(['microsoft365', '5.1.10', 'userunknown']);
    expect(hit('550 5.4.1 Recipient address rejected: Access denied. AS(201806281)', 'example-com.mail.protection.outlook.com')?.[2]).toBe('userunknown');
    expect(hit('550 5.4.1 Relay Access Denied', 'example-com.mail.protection.outlook.com')?.[2]).toBe('norelaying');
    // A restricted group, known by its RESOLVER.RST code even with no Microsoft host named (a pasted notice).
    expect(hit('550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized')).toEqual(['microsoft365', 'RESOLVER.RST', 'policyviolation']);
    expect(hit('550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]')?.[2]).toBe('policyviolation');
    // Exchange Online's own markers identify it when no Microsoft host is named.
    expect(hit('550 5.7.520 Access denied, Your organization does not allow external forwarding. AS(7555)')).toEqual(['microsoft365', '5.7.520', 'policyviolation']);
    expect(hit('451 4.7.500 Server busy. Please try again later from [203.0.113.5]. (S77719) [Name=Protocol Filter Agent][AGT=PFA]')?.slice(0, 2)).toEqual(['microsoft365', '4.7.500-699']);
    expect(hit('550 5.7.520 Access denied')).toBeNull();
    const sh = matchProvider('550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 (AS3130)', 'example-com.mail.protection.outlook.com');
    expect([sh?.rule.code, sh?.rule.detail?.blocklist?.name]).toEqual(['Spamhaus', 'Spamhaus ZEN']);
    expect(hit('550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Customer Block list (AS16012607)', 'example-com.mail.protection.outlook.com')?.slice(1)).toEqual(['5.7.513', 'blocked']);
    expect(hit('550 5.7.23 The message was rejected because of Sender Policy Framework violation', 'example-com.mail.protection.outlook.com'))
      .toEqual(['microsoft365', '5.7.23', 'authfailure']);
  });

  it('carries the facts a rule establishes', () => {
    expect(matchProvider('550 5.7.509 Access denied ... DMARC policy of reject', null)?.rule.detail?.auth?.dmarc).toBe(true);
    const y = matchProvider('553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.7, because the ip is in Spamhaus\'s list; see https://senders.yahooinc.com/smtp-error-codes', null);
    expect(y?.catalog.id).toBe('yahoo');
    expect(y?.rule.detail?.blocklist?.name).toBe('Spamhaus PBL');
  });

  it('recognises Outlook.com consumer codes before the Microsoft 365 ones', () => {
    expect(hit('550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.1 weren\'t sent. Please contact your Internet service provider.'))
      .toEqual(['outlookcom', 'SC-001', 'blocked']);
    expect(hit('550 DY-001 (SNT004-MC3F36) Unfortunately, messages from 203.0.113.9 weren\'t sent.')?.[1]).toBe('DY-001');
    expect(hit('421 RP-001 (BAY004-MC5F19) Unfortunately, some messages from 198.51.100.2 weren\'t sent.')?.slice(1)).toEqual(['RP-001', 'speeding']);
    expect(hit('550 OU-002 (COL004-MC2F50) Unfortunately, messages from 192.0.2.5 weren\'t sent.')?.[1]).toBe('OU-002');
    expect(hit('550 5.7.1 Unfortunately, messages from [192.0.2.1] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150).', 'hotmail-com.olc.protection.outlook.com'))
      .toEqual(['microsoft365', 'S3140/S3150', 'blocked']);
    expect(identifyProviders('', 'outlook-com.olc.protection.outlook.com').map((c) => c.id)).toEqual(['outlookcom', 'microsoft365']);
  });

  it('recognises Gmail, and a Workspace admin rule (gcdp) apart from Google\'s own filter (gsmtp)', () => {
    expect(hit("550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address 5si123 - gsmtp"))
      .toEqual(['gmail', '5.1.1', 'userunknown']);
    expect(hit('550-5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy. 4si2 - gsmtp'))
      .toEqual(['gmail', '5.7.26 (DMARC)', 'authfailure']);
    expect(hit('550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp')?.[1]).toBe('5.7.26');
    expect(hit('550-5.7.25 The IP address sending this message does not have a PTR record setup. - gsmtp')?.[2]).toBe('requireptr');
    expect(hit('421-4.7.28 Gmail has detected an unusual rate of unsolicited mail. - gsmtp')?.[1]).toBe('4.7.28 / 5.7.28');
    expect(hit('550 5.7.32 Your email has been rejected because the From: header isn\'t aligned. - gsmtp')?.[1]).toBe('5.7.32');
    expect(hit('550 5.7.40 Your email has been rejected: no DMARC record. - gsmtp')?.[1]).toBe('5.7.40');
    expect(hit('550 5.7.27 SPF did not pass. - gsmtp')?.[1]).toBe('5.7.27');
    expect(hit('550 5.7.30 DKIM did not pass. - gsmtp')?.[1]).toBe('5.7.30');
    expect(hit('552-5.2.2 The email account that you tried to reach is over quota. - gsmtp')?.[2]).toBe('mailboxfull');
    expect(hit('550-5.2.1 The email account that you tried to reach is disabled. - gsmtp')?.[2]).toBe('suspend');
    expect(hit('550 5.7.1 This message violates a policy of the recipient domain. - gcdp')).toEqual(['gmail', 'gcdp', 'policyviolation']);
    expect(hit('450-4.2.1 The user you are trying to contact is receiving email too quickly. Please resend your message at a later time. - gsmtp')?.[2]).toBe('speeding');
    expect(hit('550 OU-001 (SNT004-MC3F21) Unfortunately, messages from 198.51.100.7 weren\'t sent. Please contact your Internet service provider since part of their network is on our block list.', 'mx4.hotmail.com')?.slice(0, 2)).toEqual(['outlookcom', 'OU-001']);
    expect(hit('550 5.7.1 Unfortunately, messages from [198.51.100.7] weren\'t sent. (AS3150)', 'hotmail-com.olc.protection.outlook.com')?.[1]).toBe('S3140/S3150');
    expect(hit('421-4.7.32 Your email has been rate limited because the From: header isn\'t aligned. - gsmtp')?.[1]).toBe('5.7.32');
    expect(hit('550-5.7.1 [2001:db8::25] This message does not meet IPv6 sending guidelines regarding PTR records and authentication. - gsmtp')?.[2]).toBe('requireptr');
    expect(hit('421-4.7.0 This message does not have authentication information or fails to pass authentication checks (SPF or DKIM). - gsmtp')?.[2]).toBe('authfailure');
    expect(hit('550-5.7.1 Messages missing a valid Message-ID header are not accepted. - gsmtp')?.[2]).toBe('notcompliantrfc');
  });

  it('recognises Yahoo/AOL bracket codes', () => {
    expect(hit('421 4.7.0 [TSS04] Messages from 192.0.2.33 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1')?.slice(1))
      .toEqual(['TSS04', 'badreputation']);
    expect(hit('553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus SBL')?.[1]).toBe('BL23');
    expect(hit('554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes')).toEqual(['yahoo', '554 5.7.9', 'policyviolation']);
  });

  it('recognises the filters and services', () => {
    expect(hit('554 5.7.1 Service unavailable; Client host [192.0.2.8] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.8')?.[0]).toBe('barracuda');
    expect(hit('550 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.9')?.[0]).toBe('proofpoint');
    expect(hit('550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550')?.slice(0, 2)).toEqual(['mimecast', 'Envelope blocked - User Entry']);
    expect(hit('451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451')?.slice(0, 3)).toEqual(['mimecast', '451 Internal resource temporarily unavailable', 'blocked']);
    expect(hit('554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/102322')?.[0]).toBe('icloud');
    expect(hit('550 #5.7.1 Your access to submit messages to this e-mail system has been rejected.')?.[0]).toBe('cisco');
    expect(hit('Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.', 'amazonses.com')?.[2]).toBe('userunknown');
    expect(hit('554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com')?.[0]).toBe('amazonses');
  });

  it('does not claim a provider for generic lines from unknown servers', () => {
    expect(hit('550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown in virtual mailbox table', 'mx.example.com')).toBeNull();
    expect(hit('')).toBeNull();
    expect(hit('x'.repeat(5_000_000))).toBeNull();
    expect(matchProvider(null as unknown as string, null)).toBeNull();
  });
});

describe('catalogs', () => {
  it('have the required providers, valid reasons and https docs', () => {
    expect(PROVIDERS.map((p) => p.id)).toEqual(expect.arrayContaining(['microsoft365', 'outlookcom', 'gmail', 'yahoo', 'icloud', 'proofpoint', 'mimecast', 'cisco', 'barracuda', 'amazonses']));
    for (const p of PROVIDERS) {
      expect(p.docsUrl).toMatch(/^https:\/\//);
      expect(p.rules.length, p.id).toBeGreaterThan(3);
      for (const r of p.rules) {
        expect(ALL_REASONS, `${p.id} ${r.code}`).toContain(r.reason);
        expect(r.meaning.length, `${p.id} ${r.code}`).toBeGreaterThan(20);
        if (r.docsUrl) expect(r.docsUrl).toMatch(/^https:\/\//);
      }
    }
  });
});

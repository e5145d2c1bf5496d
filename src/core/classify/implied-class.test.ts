import { describe, expect, it } from 'vitest';
import { impliedStatusReason, impliedTemporary } from './implied-class.ts';
import type { RecipientReport } from '../read/types.ts';

function report(over: Partial<RecipientReport>): RecipientReport {
  return {
    address: 'a@example.com', addressSpan: null, status: null, statusSpan: null, replyCode: null, replyCodeSpan: null,
    diagnostic: null, diagnosticSpan: null, action: null, remoteMta: null, forwardAddress: null, quotedIps: [],
    quotedBlocklists: [], smtpCommand: null, ...over,
  } as RecipientReport;
}

describe('impliedTemporary', () => {
  const noRegion = (): string => '';

  it('follows the reply code when there is one', () => {
    expect(impliedTemporary(report({ replyCode: '421' }), 'temporarily deferred', noRegion)).toBe(true);
    expect(impliedTemporary(report({ replyCode: '550' }), 'retry timeout exceeded', noRegion)).toBe(false);
  });

  it('reads a retry timeout or a temporary failure in the answer as temporary', () => {
    expect(impliedTemporary(report({}), 'retry timeout exceeded', noRegion)).toBe(true);
    expect(impliedTemporary(report({}), 'technical details of temporary failure: socket error', noRegion)).toBe(true);
    expect(impliedTemporary(report({}), 'envelope expired', noRegion)).toBe(false);
  });

  it('reads the notice only when the recipient has no answer of its own', () => {
    const region = (): string => 'mailbox is full: retry timeout exceeded';
    expect(impliedTemporary(report({}), '', region)).toBe(true);
    expect(impliedTemporary(report({}), 'no mx found for domain', () => 'this is only a temporary failure report')).toBe(false);
  });
});

describe('impliedStatusReason', () => {
  const exim = 'host mx.example.net [192.0.2.9] smtp error from remote mail server after mail from:<ann@example.org> size=1024: 550 unroutable sender address';

  it('numbers an Exim refusal at MAIL FROM as undecided for the recipient', () => {
    expect(impliedStatusReason(report({ smtpCommand: 'MAIL' }), exim, 'rejected')).toBe('onhold');
    expect(impliedStatusReason(report({ smtpCommand: 'MAIL' }), 'smtp error from remote mailer after mail from:<ann@example.org>: 550 go away', 'blocked')).toBe('onhold');
  });

  it('keeps the reason for other commands and for transcripts of other servers', () => {
    expect(impliedStatusReason(report({ smtpCommand: 'RCPT' }), 'smtp error from remote mail server after rcpt to:<a@example.com>: 550 unknown user', 'userunknown')).toBe('userunknown');
    expect(impliedStatusReason(report({ smtpCommand: 'MAIL' }), '>>> mail from:<ann@example.org> <<< 550 insecure mail relay', 'norelaying')).toBe('norelaying');
  });
});

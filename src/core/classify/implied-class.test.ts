import { describe, expect, it } from 'vitest';
import { impliedTemporary } from './implied-class.ts';
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

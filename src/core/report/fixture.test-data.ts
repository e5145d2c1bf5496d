/** A diagnosis as the pipeline would produce it, for the export tests. Reserved names only. */
import type { CheckResult } from '../check/types.ts';
import type { Classification } from '../classify/types.ts';
import type { ParsedBounce } from '../read/types.ts';
import type { Plan } from '../remedy/types.ts';

const parsed: ParsedBounce = {
  inputKind: 'mime', subject: 'Undelivered Mail', from: 'MAILER-DAEMON@mail.example.com', contentType: 'multipart/report',
  reportingMta: 'mail.example.com', recipients: [], original: null, feedbackType: null, bodyText: '', warnings: ['The input was cut at 10 MB.'],
};

export const classification: Classification = {
  kind: 'bounce',
  isBounce: true,
  summary: 'One recipient failed.',
  parsed,
  recipients: [{
    address: 'jane@example.net', reason: 'userunknown', status: '5.1.1', replyCode: '550', permanent: true,
    title: 'The address jane@example.net does not exist',
    explanation: 'The receiving server says there is no mailbox by that name. Check the spelling ![x](https://tracker.example/p.gif) <img src=x onerror=alert(1)>.',
    actor: 'sender', confidence: 0.95, evidence: [], detail: { provider: 'Example Mail' },
  }],
};

const txtRaw = { status: 'ok' as const, records: [], name: 'example.com', type: 'TXT' as const, resolver: 'https://doh.example/dns-query', elapsedMs: 12, cnameChain: [] };

export const checks: CheckResult[] = [
  {
    name: 'spf', status: 'fail', summary: 'SPF does not allow 192.0.2.44 to send for example.com',
    inputs: { domain: 'example.com', ip: '192.0.2.44' },
    queries: [{ name: 'example.com', type: 'TXT', outcome: 'ok', answer: ['"v=spf1 ip4:198.51.100.0/24 -all"', '"weird ``` fence"', 'l3', 'l4', 'l5', 'l6', 'l7'],
      dig: 'dig +short TXT example.com', resolver: 'https://doh.example/dns-query', raw: txtRaw }],
    findings: [{ severity: 'error', code: 'spf.fail', message: 'The sending IP is not in the record.', fix: 'Add ip4:192.0.2.44 to the record.' }],
  },
  {
    name: 'dmarc', status: 'could-not-check', summary: 'The resolver could not be reached', inputs: { domain: 'example.com' },
    queries: [], findings: [],
  },
];

export const plan: Plan = {
  headline: 'The address does not exist',
  retry: null,
  steps: [
    { id: 'check-address', actor: 'sender', title: 'Check the address with the recipient', body: 'Ask for the right address.', copyables: [], links: [] },
    { id: 'fix-spf', actor: 'sender-admin', title: 'Publish this SPF record for example.com', body: 'Replace the record.',
      copyables: [{ label: 'TXT record', text: 'v=spf1 ip4:192.0.2.44 ip4:198.51.100.0/24 -all' }],
      links: [{ label: 'SPF guide', url: 'https://docs.example/spf' }, { label: 'Bad link', url: 'javascript:alert(1)' }] },
  ],
};

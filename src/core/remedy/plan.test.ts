import { describe, expect, it } from 'vitest';
import { buildPlan, stepsByActor } from './plan.ts';
import { CHECK_TEXT } from './messages.ts';
import { ALL_REASONS } from '../knowledge/reasons.ts';
import type { BlocklistData, ListResult } from '../check/blocklist/types.ts';
import type { CheckName, CheckResult } from '../check/types.ts';
import { check, classification, finding, original, recipient, report } from './fixtures.test-helpers.ts';

const ACTORS = ['sender', 'sender-admin', 'recipient', 'recipient-admin'];
const ALL_CHECKS: CheckName[] = ['mx', 'address', 'spf', 'dkim', 'dmarc', 'reverse-dns', 'blocklist-ip', 'blocklist-domain'];

/** All the text a plan shows, to assert on concrete content. */
function textOf(plan: ReturnType<typeof buildPlan>): string {
  return plan.steps.map((s) => [s.title, s.body, ...s.copyables.map((c) => c.text), ...s.links.map((l) => l.url)].join('\n')).join('\n');
}

function listResult(over: Partial<ListResult>): ListResult {
  return {
    id: 'spamhaus-zen', name: 'Spamhaus ZEN', rank: 1, usedBy: 'Yahoo and AOL refuse listed IPs.', zone: 'zen.spamhaus.org',
    query: '10.2.0.192.zen.spamhaus.org', outcome: 'ok', answer: ['127.0.0.2'], verdict: 'listed',
    meaning: 'SBL: the IP is a known spam source', txt: null, testPoint: null, listsEverything: false,
    lookupUrl: 'https://check.spamhaus.org/results/?query=192.0.2.10', delistUrl: 'https://check.spamhaus.org/', delistHow: 'Request removal on the checker.',
    ...over,
  };
}

describe('buildPlan: every reason', () => {
  it('gives at least one concrete step for every reason of the vocabulary, with no checks', () => {
    for (const reason of ALL_REASONS) {
      const plan = buildPlan(classification([recipient('jane@example.com', reason)], [report('jane@example.com', { diagnostic: '550 something', remoteMta: 'mx1.example.com' })]), []);
      expect(plan.steps.length, reason).toBeGreaterThan(0);
      const ids = plan.steps.map((s) => s.id);
      expect(new Set(ids).size, reason).toBe(ids.length);
      for (const s of plan.steps) {
        expect(ACTORS, `${reason} ${s.id}`).toContain(s.actor);
        expect(s.title.length, `${reason} ${s.id}`).toBeGreaterThan(15);
        expect(s.body.length, `${reason} ${s.id}`).toBeGreaterThan(30);
        expect(`${s.title} ${s.body}`, `${reason} ${s.id}`).not.toMatch(/undefined|\bnull\b(?! MX)|\[object/);
      }
      expect(plan.steps[0]?.reason, reason).toBe(reason);
    }
  });

  it('still gives a step for every reason when every check passed', () => {
    const passing = ALL_CHECKS.map((n) => check(n, 'pass', []));
    for (const reason of ALL_REASONS) {
      const plan = buildPlan(classification([recipient('jane@example.com', reason)]), passing);
      expect(plan.steps.length, reason).toBeGreaterThan(0);
    }
  });

  it('covers a message without recipients by its kind', () => {
    const auto = buildPlan(classification([], [], null, 'autoreply'), []);
    expect(auto.steps[0]?.id).toBe('vacation.read-reply');
    expect(auto.retry).toBeNull();
    const junk = buildPlan(classification([], [], null, 'not-bounce'), []);
    expect(junk.steps.map((s) => s.id)).toEqual(['undefined.paste-whole-bounce']);
    expect(junk.steps[0]?.body).toContain('Show original');
    expect(junk.headline).toBe('summary line');
    expect(buildPlan(classification([], [], null, 'feedback'), []).steps[0]?.id).toBe('feedback.suppress-complainer');
  });
});

describe('buildPlan: reasons with the real names filled in', () => {
  it('user unknown at a misspelt provider: the corrected address comes first', () => {
    const plan = buildPlan(classification([recipient('jane@gmial.com', 'userunknown', { title: 'The address jane@gmial.com does not exist' })]), []);
    expect(plan.headline).toBe('The address jane@gmial.com does not exist');
    expect(plan.steps[0]?.id).toBe('userunknown.typo');
    expect(plan.steps[0]?.copyables).toEqual([{ label: 'Corrected address', text: 'jane@gmail.com' }]);
    expect(plan.retry).toBeNull();
  });

  it('a typo found by both the advice and the address check appears once, first', () => {
    const addr = check('address', 'warning', [finding('warning', 'address.domain-typo', 'gmial.com looks like a typo of gmail.com', 'Did you mean jane@gmail.com?')], { inputs: { address: 'jane@gmial.com' } });
    const plan = buildPlan(classification([recipient('jane@gmial.com', 'userunknown')]), [addr]);
    expect(plan.steps.map((s) => s.id)).toEqual(['userunknown.typo', 'userunknown.verify-address', 'userunknown.remove-from-lists']);
  });

  it('a typo goes first even when a check found the domain missing', () => {
    const mx = check('mx', 'fail', [finding('error', 'mx.domain-not-found', 'The domain gmial.com does not exist in DNS (NXDOMAIN).', 'Check the spelling of the domain.')], { inputs: { domain: 'gmial.com' } });
    const plan = buildPlan(classification([recipient('jane@gmial.com', 'hostunknown')]), [mx]);
    expect(plan.steps.map((s) => s.id).slice(0, 2)).toEqual(['hostunknown.typo', 'check.mx.mx.domain-not-found']);
  });

  it('a delay notice without recipients still says to let the server retry', () => {
    expect(buildPlan(classification([], [], null, 'delay'), []).retry?.afterMinutes).toBe(60);
  });

  it('moved: names the new address', () => {
    const plan = buildPlan(classification([recipient('old@example.com', 'hasmoved', { detail: { newAddress: 'new@example.org' } })]), []);
    expect(plan.steps[0]?.title).toBe('Send the message to new@example.org');
    expect(plan.steps[0]?.copyables[0]?.text).toBe('new@example.org');
  });

  it('requireptr: the dig -x command and the PTR record for the sending IP', () => {
    const plan = buildPlan(classification([recipient('jane@example.com', 'requireptr')]), []);
    const copy = plan.steps[0]?.copyables.map((c) => c.text);
    expect(copy).toContain('dig +short -x 192.0.2.10');
    expect(copy).toContain('10.2.0.192.in-addr.arpa. 3600 IN PTR mail.sender.example.');
    expect(plan.steps[0]?.actor).toBe('sender-admin');
  });

  it('blocked by a named list at Microsoft: list delisting, Microsoft delisting, then finding the cause', () => {
    const c = classification(
      [recipient('jane@example.com', 'blocked', { detail: { blocklist: { name: 'Spamhaus ZEN', lookupUrl: 'https://check.spamhaus.org/results/?query=192.0.2.10', delistUrl: 'https://check.spamhaus.org/', ip: '192.0.2.10' }, provider: 'Microsoft 365 / Exchange Online', providerCode: '5.7.606-649' } })],
      [report('jane@example.com', { diagnostic: '550 5.7.606 Access denied, banned sending IP [192.0.2.10].' })],
    );
    const plan = buildPlan(c, []);
    expect(plan.steps.map((s) => s.id)).toEqual(['blocked.delist-spamhaus-zen', 'blocked.provider-delist', 'blocked.find-cause']);
    expect(plan.steps[0]?.title).toBe('Get 192.0.2.10 removed from Spamhaus ZEN');
    expect(plan.steps[0]?.links.map((l) => l.url)).toEqual(['https://check.spamhaus.org/results/?query=192.0.2.10', 'https://check.spamhaus.org/']);
    expect(plan.steps[1]?.links.map((l) => l.url)).toContain('https://sender.office.com/');
    expect(plan.steps[1]?.copyables[0]?.text).toContain('5.7.606');
    expect(plan.steps[2]?.copyables.map((c2) => c2.text)).toContain('dig +short A 10.2.0.192.zen.spamhaus.org');
  });

  it('authfailure without detail: DMARC, SPF and DKIM steps with the sender domain and selectors', () => {
    const c = classification([recipient('jane@example.com', 'authfailure')], [], original({ dkimSignatures: [{ domain: 'sender.example', selector: 's2024', span: null }] }));
    const plan = buildPlan(c, []);
    expect(plan.steps.map((s) => s.id)).toEqual(['authfailure.dmarc', 'authfailure.spf', 'authfailure.dkim']);
    const text = textOf(plan);
    expect(text).toContain('dig +short TXT _dmarc.sender.example');
    expect(text).toContain('dig +short TXT s2024._domainkey.sender.example');
    expect(text).toContain('ip4:192.0.2.10');
  });

  it('links the provider\'s page for the code it matched', () => {
    const c = classification([recipient('jane@example.com', 'userunknown', { detail: { provider: 'Microsoft 365 / Exchange Online', providerCode: '5.1.10' } })]);
    const plan = buildPlan(c, []);
    expect(plan.steps[0]?.links).toContainEqual({ label: 'Microsoft 365 / Exchange Online: what 5.1.10 means', url: 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-1-10-in-exchange-online' });
  });

  it('authfailure through Google Workspace suggests its SPF include', () => {
    const c = classification([recipient('jane@example.com', 'authfailure', { detail: { auth: { spf: true } } })], [],
      original({ received: [{ text: '', fromHost: null, fromIp: null, byHost: 'mail-sor-f41.google.com', span: null }] }));
    const plan = buildPlan(c, []);
    expect(plan.steps[0]?.copyables).toContainEqual({ label: 'Mechanism to add', text: 'include:_spf.google.com' });
  });
});

describe('buildPlan: check results become steps', () => {
  const authFail = classification([recipient('jane@example.com', 'authfailure', { detail: { auth: { spf: true, dmarc: true } } })]);

  it('SPF fail for the IP: the existing record with the IP added, first', () => {
    const spf = check('spf', 'fail', [finding('error', 'spf.fail', '192.0.2.10 is not allowed by the SPF record of sender.example', 'Add the sending server to the record.')], {
      inputs: { domain: 'sender.example', ip: '192.0.2.10' },
      data: { record: 'v=spf1 include:_spf.example.net -all', walk: {} as never, evaluation: { result: 'fail' } as never },
    });
    const plan = buildPlan(authFail, [spf]);
    expect(plan.steps[0]?.id).toBe('check.spf.spf.fail');
    expect(plan.steps[0]?.copyables).toContainEqual({ label: 'SPF record for sender.example with the sending server added', text: 'v=spf1 include:_spf.example.net ip4:192.0.2.10 -all' });
    // The generic SPF advice gave way to the check's concrete step.
    expect(plan.steps.map((s) => s.id)).not.toContain('authfailure.spf');
  });

  it('DMARC missing: the record to publish is a copyable', () => {
    const dmarc = check('dmarc', 'fail', [finding('error', 'dmarc.no-record', 'sender.example publishes no DMARC record.',
      'Publish this record, then read the reports for a few weeks before moving to p=quarantine or p=reject:\n_dmarc.sender.example. TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@sender.example"')], { inputs: { domain: 'sender.example' } });
    const plan = buildPlan(authFail, [dmarc]);
    const step = plan.steps.find((s) => s.id === 'check.dmarc.dmarc.no-record');
    expect(step?.copyables.map((c) => c.text)).toEqual(['_dmarc.sender.example. TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@sender.example"', 'dig +short TXT _dmarc.sender.example']);
    expect(step?.actor).toBe('sender-admin');
    expect(plan.steps.indexOf(step!)).toBe(0);
  });

  it('revoked DKIM key: the lookup to repeat for that selector', () => {
    const dkim = check('dkim', 'fail', [finding('error', 'dkim.revoked', 'The key of selector old at sender.example is revoked (empty p=).', 'Publish a new key for the selector, or sign with a selector whose key is published.')], {
      inputs: { domain: 'sender.example' },
      data: { selectors: [{ domain: 'sender.example', selector: 'old', guessed: false, name: 'old._domainkey.sender.example', status: 'fail', record: 'v=DKIM1; p=', keyType: 'rsa', bits: null, keyFormat: null, revoked: true, testing: false, findings: [] }] },
    });
    const plan = buildPlan(classification([recipient('jane@example.com', 'authfailure', { detail: { auth: { dkim: true } } })]), [dkim]);
    expect(plan.steps[0]?.id).toBe('check.dkim.dkim.revoked');
    expect(plan.steps[0]?.copyables.map((c) => c.text)).toContain('dig +short TXT old._domainkey.sender.example');
  });

  it('listed IP: one removal step per list, with its pages', () => {
    const data: BlocklistData = { target: '192.0.2.10', kind: 'ip', ipVersion: 4, lists: [listResult({}), listResult({ id: 'spamcop', name: 'SpamCop Blocking List', verdict: 'not-listed', answer: [] })], listedOn: ['spamhaus-zen'], couldNotCheck: [], dqsKeyUsed: false };
    const bl = check('blocklist-ip', 'fail', [finding('error', 'blocklist.listed', '192.0.2.10 is listed on Spamhaus ZEN', 'Request removal.')], { inputs: { ip: '192.0.2.10' }, data });
    const plan = buildPlan(classification([recipient('jane@example.com', 'blocked')]), [bl]);
    expect(plan.steps[0]?.id).toBe('check.blocklist-ip.listed.spamhaus-zen');
    expect(plan.steps[0]?.title).toBe('Get 192.0.2.10 removed from Spamhaus ZEN');
    expect(plan.steps[0]?.links.map((l) => l.url)).toEqual(['https://check.spamhaus.org/results/?query=192.0.2.10', 'https://check.spamhaus.org/']);
    expect(plan.steps.filter((s) => s.id.includes('spamcop'))).toEqual([]);
  });

  it('could-not-check: a step to check by hand with the dig commands, never a verdict', () => {
    const data: BlocklistData = { target: '192.0.2.10', kind: 'ip', ipVersion: 4, lists: [listResult({ verdict: 'could-not-check', answer: ['127.255.255.254'], meaning: 'refused: public resolver' })], listedOn: [], couldNotCheck: ['spamhaus-zen'], dqsKeyUsed: false };
    const bl = check('blocklist-ip', 'could-not-check', [
      finding('warning', 'blocklist.could-not-check', 'Spamhaus ZEN refused the query (127.255.255.254).', 'Use a resolver of your own.'),
      finding('warning', 'blocklist.needs-dqs-key', 'Spamhaus refuses public resolvers.', 'Add a free Spamhaus DQS key in the settings.'),
    ], {
      inputs: { ip: '192.0.2.10' }, data,
      queries: [{ name: '10.2.0.192.zen.spamhaus.org', type: 'A', outcome: 'ok', answer: ['127.255.255.254'], dig: 'dig +short A 10.2.0.192.zen.spamhaus.org', resolver: null, raw: {} as never }],
    });
    const plan = buildPlan(classification([recipient('jane@example.com', 'blocked')]), [bl]);
    const byHand = plan.steps.find((s) => s.id === 'check.blocklist-ip.by-hand');
    expect(byHand?.copyables.map((c) => c.text)).toEqual(['dig +short A 10.2.0.192.zen.spamhaus.org']);
    expect(byHand?.links.map((l) => l.url)).toContain('https://www.spamhaus.com/free-trial/sign-up-for-a-free-data-query-service-account/');
    expect(byHand?.body).toMatch(/says nothing either way/);
    expect(plan.steps.find((s) => s.id === 'check.blocklist-ip.blocklist.needs-dqs-key')?.body).toContain('DQS key');
    expect(textOf(plan)).not.toMatch(/192\.0\.2\.10 is listed|removed from Spamhaus ZEN/);
  });

  it('takes web addresses out of a fix text as links', () => {
    const f = finding('warning', 'dmarc.report-unauthorized', 'reports.example.net has not authorised reports for sender.example.', 'See https://dmarc.example.org/guide. Then publish the record.');
    const plan = buildPlan(classification([recipient('jane@example.com', 'authfailure')]), [check('dmarc', 'warning', [f], { inputs: { domain: 'sender.example' } })]);
    expect(plan.steps.find((s) => s.id === 'check.dmarc.dmarc.report-unauthorized')?.links).toEqual([{ label: 'https://dmarc.example.org/guide', url: 'https://dmarc.example.org/guide' }]);
  });

  it('an SPF temperror is a lookup failure: a by-hand step, not a fix', () => {
    const spf = check('spf', 'could-not-check', [finding('warning', 'spf.temperror', 'A DNS lookup failed while evaluating SPF for sender.example: timeout.', 'Try again later.')], { inputs: { domain: 'sender.example' } });
    const plan = buildPlan(classification([recipient('jane@example.com', 'authfailure', { detail: { auth: { spf: true } } })]), [spf]);
    expect(plan.steps.map((s) => s.id)).toEqual(['authfailure.spf', 'check.spf.by-hand']);
    expect(plan.steps[1]?.copyables.map((c) => c.text)).toEqual(['dig +short TXT sender.example']);
  });

  it('the same finding from two checks appears once', () => {
    const dqs = finding('warning', 'blocklist.needs-dqs-key', 'Spamhaus refuses public resolvers.', 'Add a free Spamhaus DQS key in the settings.');
    const plan = buildPlan(classification([recipient('jane@example.com', 'blocked')]), [check('blocklist-ip', 'warning', [dqs]), check('blocklist-domain', 'warning', [dqs])]);
    expect(plan.steps.filter((s) => s.id.endsWith('needs-dqs-key'))).toHaveLength(1);
  });

  it('several checks that could not get answers: one by-hand step per person, each cause said once, all commands kept', () => {
    const spf = check('spf', 'could-not-check', [finding('warning', 'spf.temperror', 'A DNS lookup failed while evaluating SPF for sender.example (network: offline)', 'Try again later.')], { inputs: { domain: 'sender.example' } });
    const dmarc = check('dmarc', 'could-not-check', [finding('warning', 'dmarc.lookup-failed', 'Could not look up the DMARC record at _dmarc.sender.example: offline', 'Try again later.')], { inputs: { domain: 'sender.example' } });
    const mx = check('mx', 'could-not-check', [finding('warning', 'mx.lookup-failed', 'The MX lookup for example.com failed (network: offline)', 'Try again later.')], { inputs: { domain: 'example.com' } });
    const plan = buildPlan(classification([recipient('jane@example.com', 'authfailure', { detail: { auth: { spf: true } } })]), [spf, dmarc, mx]);
    const byHand = plan.steps.filter((s) => /by hand/.test(s.title));
    expect(byHand.map((s) => [s.actor, s.id])).toEqual([
      ['sender-admin', 'check.by-hand.dmarc.spf'],
      ['recipient-admin', 'check.mx.by-hand'],
    ]);
    const merged = byHand[0]!;
    // In plan order: for an authentication failure the DMARC steps come before the SPF ones.
    expect(merged.title).toBe(CHECK_TEXT.manualTitleMany(['DMARC', 'SPF']));
    expect(merged.body).toContain('evaluating SPF for sender.example (network: offline).');
    expect(merged.body).toContain('_dmarc.sender.example: offline.');
    expect(merged.body.match(/says nothing either way/g)).toHaveLength(1);
    expect(merged.copyables.map((c) => c.text)).toEqual(['dig +short TXT _dmarc.sender.example', 'dig +short TXT sender.example']);
    // One by-hand step for a person stays as it was.
    expect(byHand[1]!.title).toBe(CHECK_TEXT.manualTitle('the mail servers (MX)'));
  });

  it('a could-not-check without queries still gives the command to run', () => {
    const dmarc = check('dmarc', 'could-not-check', [finding('warning', 'dmarc.lookup-failed', 'The lookup of _dmarc.sender.example timed out', 'Try again later.')], { inputs: { domain: 'sender.example' } });
    const plan = buildPlan(classification([recipient('jane@example.com', 'userunknown')]), [dmarc]);
    const step = plan.steps.find((s) => s.id === 'check.dmarc.by-hand');
    expect(step?.copyables.map((c) => c.text)).toEqual(['dig +short TXT _dmarc.sender.example']);
    expect(step?.body).toContain('timed out.');
    // Unrelated to the reason: after the reason's own steps.
    expect(plan.steps[0]?.reason).toBe('userunknown');
  });

  it('the Spamhaus DBL query reads the same in the spam advice and in a domain-blocklist step to check by hand', () => {
    const dbl = check('blocklist-domain', 'could-not-check', [finding('warning', 'blocklist.could-not-check', 'The lists could not be asked.', 'Use a resolver of your own.')], { inputs: { domain: 'sender.example' } });
    const plan = buildPlan(classification([recipient('jane@example.com', 'spamdetected')]), [dbl]);
    const query = { label: 'Ask the Spamhaus DBL about sender.example', text: 'dig +short A sender.example.dbl.spamhaus.org' };
    expect(plan.steps.find((s) => s.id === 'spamdetected.domain-lists')?.copyables ?? []).toContainEqual(query);
    expect(plan.steps.find((s) => s.id === 'check.blocklist-domain.by-hand')?.copyables).toEqual([query]);
  });

  it('stale MX: the sender side acts, and the step follows the network reason', () => {
    const mx = check('mx', 'warning', [finding('warning', 'mx.stale', 'mx.oldhost.example is not among the MX hosts of example.com', 'Flush the DNS cache of your mail server or remove a static route to mx.oldhost.example.')], { inputs: { domain: 'example.com' } });
    const plan = buildPlan(classification([recipient('jane@example.com', 'norelaying')]), [mx]);
    expect(plan.steps[0]?.id).toBe('check.mx.mx.stale');
    expect(plan.steps[0]?.actor).toBe('sender-admin');
    expect(plan.steps[0]?.copyables.map((c) => c.text)).toContain('dig +short MX example.com');
  });

  it('reverse DNS missing: PTR record and dig -x', () => {
    const rd = check('reverse-dns', 'fail', [finding('error', 'reverse-dns.missing', '192.0.2.10 has no PTR record.', 'Ask your provider to set one.')], {
      inputs: { ip: '192.0.2.10' }, data: { ip: '192.0.2.10', version: 4, ptrQuery: '10.2.0.192.in-addr.arpa', names: [], forwardConfirmed: false },
    });
    const plan = buildPlan(classification([recipient('jane@example.com', 'requireptr')]), [rd]);
    expect(plan.steps[0]?.copyables.map((c) => c.text)).toEqual(['dig +short -x 192.0.2.10', '10.2.0.192.in-addr.arpa. 3600 IN PTR mail.sender.example.']);
    expect(plan.steps.map((s) => s.id)).not.toContain('requireptr.ptr');
  });

  it('keeps advice a passing check does not settle', () => {
    const unknown = buildPlan(classification([recipient('jane@example.com', 'userunknown')]), [check('address', 'pass', []), check('mx', 'pass', [])]);
    expect(unknown.steps.map((s) => s.id)).toContain('userunknown.verify-address');
    const ms = classification([recipient('jane@example.com', 'blocked', { detail: { provider: 'Microsoft 365 / Exchange Online', providerCode: '5.7.606-649' } })]);
    const blocked = buildPlan(ms, [check('blocklist-ip', 'pass', [], { inputs: { ip: '192.0.2.10' } })]);
    // Microsoft's own ban is invisible to the public lists: its delisting step stays.
    expect(blocked.steps.map((s) => s.id)).toEqual(['blocked.provider-delist', 'blocked.find-cause']);
  });

  it('ignores passing checks, info findings and junk entries without throwing', () => {
    const junk = [null, 42, { name: 'nope' }, check('spf', 'pass', [finding('info', 'spf.ok', 'fine', null)])] as unknown as CheckResult[];
    const plan = buildPlan(classification([recipient('jane@example.com', 'userunknown')]), junk);
    const withoutChecks = buildPlan(classification([recipient('jane@example.com', 'userunknown')]), []);
    expect(plan.steps.map((s) => s.id)).toEqual(['userunknown.verify-address', 'userunknown.remove-from-lists']);
    expect(plan.steps).toEqual(withoutChecks.steps);
    // No classification at all plans like a text without recipients.
    const none = buildPlan(null as never, null as never);
    expect(none.headline).toBe(CHECK_TEXT.noRecipients);
    expect(none.retry).toBeNull();
    expect(none.steps.map((s) => s.id)).toEqual(['undefined.read-answer']);
  });
});

describe('stepsByActor', () => {
  it('splits the checklist by who acts, keeping the order', () => {
    const plan = buildPlan(classification([recipient('jane@example.com', 'mailboxfull')]), []);
    const groups = stepsByActor(plan.steps);
    expect(groups.recipient.map((s) => s.id)).toEqual(['mailboxfull.free-space']);
    expect(groups.sender.map((s) => s.id)).toEqual(['mailboxfull.tell-recipient', 'mailboxfull.resend-later']);
    expect(groups['sender-admin']).toEqual([]);
  });
});

describe('buildPlan: retry advice and several recipients', () => {
  it('temporary mailbox full: retry advice with a time', () => {
    const plan = buildPlan(classification([recipient('jane@example.com', 'mailboxfull', { permanent: false, replyCode: '452', status: '4.2.2' })], [], original(), 'delay'), []);
    expect(plan.retry?.afterMinutes).toBe(1440);
    expect(plan.steps.find((s) => s.id === 'mailboxfull.resend-later')?.title).toMatch(/keep retrying/);
  });

  it('greylisting, as the classifier found it, gets its own retry advice', () => {
    const c = classification([recipient('jane@example.com', 'blocked', { permanent: false, replyCode: '450', status: '4.7.1', detail: { greylisted: true } })],
      [report('jane@example.com', { diagnostic: '450 4.7.1 <jane@example.com>: Recipient address rejected: Greylisted, see https://greylisting.example.org/' })]);
    const plan = buildPlan(c, []);
    expect(plan.retry?.advice).toMatch(/^Greylisting/);
    expect(plan.retry?.afterMinutes).toBe(30);
    const notGreylisted = classification([recipient('jane@example.com', 'blocked', { permanent: false, replyCode: '450', status: '4.7.1' })]);
    expect(buildPlan(notGreylisted, []).retry?.advice).not.toMatch(/^Greylisting/);
  });

  it('permanent failures have no retry advice', () => {
    expect(buildPlan(classification([recipient('jane@example.com', 'mailboxfull')]), []).retry).toBeNull();
  });

  it('several recipients: each reason planned, permanent failures first', () => {
    const c = classification([
      recipient('a@example.com', 'mailboxfull', { permanent: false }),
      recipient('b@example.net', 'hostunknown'),
    ]);
    const plan = buildPlan(c, []);
    const reasons = plan.steps.map((s) => s.reason);
    expect(reasons[0]).toBe('hostunknown');
    expect(reasons).toContain('mailboxfull');
    expect(plan.retry).not.toBeNull();
  });
});

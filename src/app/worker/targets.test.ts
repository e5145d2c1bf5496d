import { describe, expect, it } from 'vitest';
import type { DiagnosisInputs } from '../../core/diagnose.ts';
import { cleanTargets, targetsFromInputs } from './targets.ts';

const inputs: DiagnosisInputs = {
  recipients: [{ address: 'jane.doe@example.net', domain: 'example.net', answeredBy: 'mx1.example.net' }],
  fromDomain: 'example.com',
  returnPath: 'bounces@mail.example.com',
  returnPathDomain: 'mail.example.com',
  sendingIp: '203.0.113.45',
  sendingIpSource: 'rejection',
  dkimSelectors: [{ domain: 'example.com', selector: 'guess1', guessed: true }, { domain: 'example.com', selector: 'mail2026', guessed: false }],
  dkimDomains: ['example.com'],
  authResults: [],
};

describe('targetsFromInputs', () => {
  it('takes the From domain, the first recipient domain, the IP and the real selector', () => {
    expect(targetsFromInputs(inputs)).toEqual({ senderDomain: 'example.com', recipientDomain: 'example.net', ip: '203.0.113.45', selector: 'mail2026' });
  });
  it('falls back to the Return-Path domain and leaves out what is unknown', () => {
    expect(targetsFromInputs({ ...inputs, fromDomain: null, recipients: [], sendingIp: null, dkimSelectors: [] }))
      .toEqual({ senderDomain: 'mail.example.com' });
  });
});

describe('cleanTargets', () => {
  it('trims, lower-cases domains and drops empty fields', () => {
    expect(cleanTargets({ senderDomain: ' B.Example. ', ip: '  ', selector: 's1' })).toEqual({ senderDomain: 'b.example', selector: 's1' });
  });
});

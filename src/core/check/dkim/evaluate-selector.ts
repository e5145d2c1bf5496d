/**
 * Judges one selector's key from the TXT answer at <selector>._domainkey.<domain>.
 * Pure: the lookup is done by the caller, so this is tested without any DNS.
 */
import { textsIn } from '../../dns/answer-data.ts';
import type { DnsResult } from '../../dns/types.ts';
import type { CheckStatus, Finding } from '../types.ts';
import { parseDkimKeyRecord, tagList } from './key-record.ts';
import { readPublicKey } from './key-strength.ts';
import { dkimText, type Wording } from './messages.ts';
import type { DkimSelectorInput, DkimSelectorReport } from './types.ts';

/** RFC 8301: verifiers must not accept RSA keys shorter than this. */
const RSA_MIN_BITS = 1024;
/** Current practice: anything shorter is weak. */
const RSA_GOOD_BITS = 2048;

export function selectorName(input: DkimSelectorInput): string {
  return `${input.selector}._domainkey.${input.domain}`.toLowerCase();
}

function finding(severity: Finding['severity'], code: string, words: Wording): Finding {
  return { severity, code, message: words.message, fix: words.fix };
}

/** A TXT string that can only be meant as a DKIM key: starts with v=DKIM1, or has a p= tag. */
export const KEY_START_SHAPE = /^\s{0,16}v\s{0,16}=\s{0,16}DKIM1/i;
export const P_TAG_SHAPE = /(?:^|;)\s{0,16}p\s{0,16}=/i;

function looksLikeKey(text: string): boolean {
  return KEY_START_SHAPE.test(text) || P_TAG_SHAPE.test(text);
}

function statusFrom(findings: Finding[]): CheckStatus {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'pass';
}

export function evaluateSelector(input: DkimSelectorInput, answer: DnsResult): DkimSelectorReport {
  const name = selectorName(input);
  const report: DkimSelectorReport = {
    domain: input.domain, selector: input.selector, guessed: input.guessed, name, status: 'pass',
    record: null, keyType: null, bits: null, keyFormat: null, revoked: false, testing: false, findings: [],
  };
  const add = (severity: Finding['severity'], code: string, words: Wording) => {
    report.findings.push(finding(severity, code, words));
  };

  if (answer.status === 'error') {
    add('warning', 'dkim.lookup-failed', dkimText.lookupFailed(name, answer.error.message));
    report.status = 'could-not-check';
    return report;
  }
  const texts = textsIn(answer);
  if (texts.length === 0) {
    if (input.guessed) {
      add('info', 'dkim.guess-not-found', dkimText.guessNotFound(name));
      report.status = 'not-applicable';
    } else {
      add('error', 'dkim.no-key', dkimText.noKey(name, input.selector, input.domain));
      report.status = 'fail';
    }
    return report;
  }
  const keys = texts.filter(looksLikeKey);
  if (keys.length === 0) {
    report.record = texts[0]!;
    // A guess that hits some unrelated TXT (a wildcard, say) says nothing about DKIM.
    if (input.guessed) {
      add('info', 'dkim.guess-not-found', dkimText.guessNotFound(name));
      report.status = 'not-applicable';
    } else {
      add('error', 'dkim.not-a-key', dkimText.notAKey(name));
      report.status = 'fail';
    }
    return report;
  }
  if (keys.length > 1) add('warning', 'dkim.multiple-records', dkimText.multipleRecords(name, keys.length));
  const text = keys[0]!;
  report.record = text;
  judgeRecord(text, name, input.selector, report, add);
  report.status = statusFrom(report.findings);
  return report;
}

function judgeRecord(
  text: string,
  name: string,
  selector: string,
  report: DkimSelectorReport,
  add: (severity: Finding['severity'], code: string, words: Wording) => void,
): void {
  const parsed = parseDkimKeyRecord(text);
  if (parsed.syntaxError !== null) {
    add('error', 'dkim.syntax', dkimText.syntax(name, parsed.syntaxError));
    return;
  }
  const { tags } = parsed;
  if (parsed.duplicates.length > 0) add('error', 'dkim.duplicate-tag', dkimText.duplicateTag(name, parsed.duplicates));
  if (tags.v !== null && tags.v !== 'DKIM1') add('error', 'dkim.bad-version', dkimText.badVersion(name, tags.v));
  else if (parsed.versionNotFirst) add('warning', 'dkim.version-not-first', dkimText.versionNotFirst(name));
  if (parsed.unknown.length > 0) add('info', 'dkim.unknown-tags', dkimText.unknownTags(name, parsed.unknown));

  const flags = tagList(tags.t);
  if (flags.includes('y')) {
    report.testing = true;
    add('warning', 'dkim.testing', dkimText.testing(name));
  }
  if (flags.includes('s')) add('info', 'dkim.strict-identity', dkimText.strictIdentity(name));

  const services = tagList(tags.s);
  if (services.length > 0 && !services.includes('email') && !services.includes('*')) {
    add('error', 'dkim.service-not-email', dkimText.serviceNotEmail(name, tags.s ?? ''));
  }
  const hashes = tagList(tags.h);
  if (hashes.length > 0 && !hashes.includes('sha256')) add('error', 'dkim.sha1-only', dkimText.sha1Only(name));

  const keyType = (tags.k ?? 'rsa').trim().toLowerCase();
  report.keyType = keyType;
  if (tags.p === null) {
    add('error', 'dkim.no-public-key', dkimText.noPublicKey(name));
    return;
  }
  if (tags.p.replace(/\s+/g, '') === '') {
    report.revoked = true;
    add('error', 'dkim.revoked', dkimText.revoked(name, selector));
    return;
  }
  if (keyType !== 'rsa' && keyType !== 'ed25519') {
    add('error', 'dkim.unknown-key-type', dkimText.unknownKeyType(name, keyType));
    return;
  }
  const key = readPublicKey(keyType, tags.p);
  if (!key.ok) {
    add('error', 'dkim.key-unreadable', dkimText.keyUnreadable(name, key.error));
    return;
  }
  report.bits = key.bits;
  report.keyFormat = key.format;
  if (key.type === 'ed25519') {
    add('info', 'dkim.ed25519', dkimText.ed25519(name));
  } else if (key.bits < RSA_MIN_BITS) {
    add('error', 'dkim.rsa-too-short', dkimText.rsaTooShort(name, key.bits));
  } else if (key.bits < RSA_GOOD_BITS) {
    add('warning', 'dkim.rsa-weak', dkimText.rsaWeak(name, key.bits));
  } else {
    add('info', 'dkim.rsa-ok', dkimText.rsaGood(name, key.bits, key.format));
  }
}

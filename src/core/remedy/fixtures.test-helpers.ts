/** Hand-built classifications and check results for the plan's tests (reserved names and IPs only). */
import type { Classification, Reason, RecipientDiagnosis } from '../classify/types.ts';
import type { CheckName, CheckResult, CheckStatus, Finding } from '../check/types.ts';
import type { OriginalMessage, ParsedBounce, RecipientReport } from '../read/types.ts';

export function recipient(address: string, reason: Reason, over: Partial<RecipientDiagnosis> = {}): RecipientDiagnosis {
  return {
    address, reason, status: null, replyCode: '550', permanent: true, title: '', explanation: '', actor: 'sender',
    confidence: 0.9, evidence: [], detail: {}, ...over,
  };
}

export function report(address: string, over: Partial<RecipientReport> = {}): RecipientReport {
  return {
    address, addressSpan: null, status: null, statusSpan: null, replyCode: null, replyCodeSpan: null,
    diagnostic: null, diagnosticSpan: null, action: 'failed', remoteMta: null, forwardAddress: null,
    quotedIps: [], quotedBlocklists: [], ...over,
  };
}

export function original(over: Partial<OriginalMessage> = {}): OriginalMessage {
  return {
    from: 'Sam Sender <sam@sender.example>', returnPath: '<bounces@sender.example>', to: null, subject: 'Quote',
    messageId: '<abc123@sender.example>', date: null, dkimSignatures: [], authenticationResults: [], received: [],
    sendingIp: '192.0.2.10', ...over,
  };
}

export function classification(recipients: RecipientDiagnosis[], reports: RecipientReport[] = [], orig: OriginalMessage | null = original(), kind: Classification['kind'] = 'bounce'): Classification {
  const parsed: ParsedBounce = {
    inputKind: 'mime', subject: 'Undelivered Mail', from: 'MAILER-DAEMON', contentType: 'multipart/report',
    reportingMta: 'mx.sender.example', recipients: reports, original: orig, feedbackType: null, bodyText: '', warnings: [],
  };
  return { kind, isBounce: kind === 'bounce' || kind === 'delay', summary: 'summary line', recipients, parsed };
}

export function check(name: CheckName, status: CheckStatus, findings: Finding[], over: Partial<CheckResult> = {}): CheckResult {
  return { name, status, summary: `${name}: ${status}`, inputs: {}, queries: [], findings, ...over };
}

export function finding(severity: Finding['severity'], code: string, message: string, fix: string | null): Finding {
  return { severity, code, message, fix };
}

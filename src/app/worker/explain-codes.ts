/** Explains the status and reply codes a classification names, once each, in order of appearance. */
import type { Classification } from '../../core/classify/types.ts';
import { describeReplyCode, describeStatus } from '../../core/knowledge/status-codes.ts';
import type { CodeExplanation } from './protocol.ts';

const REPLY_CLASSES: Record<string, string> = {
  '2': 'Success', '3': 'Waiting for more input', '4': 'Temporary failure', '5': 'Permanent failure',
};

export function explainCodes(classification: Classification): CodeExplanation[] {
  const seen = new Set<string>();
  const out: CodeExplanation[] = [];
  for (const recipient of classification.recipients) {
    if (recipient.replyCode && !seen.has(recipient.replyCode)) {
      seen.add(recipient.replyCode);
      const info = describeReplyCode(recipient.replyCode);
      if (info) out.push({ code: info.code, kind: 'reply', title: info.title, meaning: info.meaning, classTitle: REPLY_CLASSES[info.code.charAt(0)] ?? '' });
    }
    if (recipient.status && !seen.has(recipient.status)) {
      seen.add(recipient.status);
      const info = describeStatus(recipient.status);
      if (info) out.push({ code: info.code, kind: 'status', title: info.title, meaning: info.meaning, classTitle: info.classTitle });
    }
  }
  return out;
}

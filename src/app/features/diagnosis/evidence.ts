/** Which parts of the input to mark, and the server's words per recipient. Pure. */
import type { Classification } from '../../../core/classify/types.ts';
import type { TextSpan } from '../../../core/read/types.ts';

/**
 * The spans that decided the diagnosis: every recipient's evidence; where a recipient has none, the
 * status, reply code and diagnostic spans the reader found for that address.
 */
export function decidingSpans(classification: Classification): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const recipient of classification.recipients) {
    if (recipient.evidence.length > 0) {
      spans.push(...recipient.evidence);
      continue;
    }
    const report = classification.parsed.recipients.find((r) => r.address.toLowerCase() === recipient.address.toLowerCase());
    if (!report) continue;
    for (const span of [report.statusSpan, report.replyCodeSpan, report.diagnosticSpan]) if (span) spans.push(span);
  }
  return spans;
}

/** The diagnostic text the bounce reports for an address, if any. */
export function serverAnswerFor(classification: Classification, address: string): string | null {
  const report = classification.parsed.recipients.find((r) => r.address.toLowerCase() === address.toLowerCase());
  return report?.diagnostic ?? null;
}

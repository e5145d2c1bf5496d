/** Export of a diagnosis for pasting into a ticket. */
export { diagnosisToMarkdown } from './to-markdown.ts';
export { diagnosisToText } from './to-text.ts';
export type { ReportInput, ReportOptions } from './types.ts';
export { CHECK_LABELS, STATUS_LABELS, ACTOR_LABELS } from './labels.ts';

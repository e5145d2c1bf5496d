/** Words the diagnosis view shows for the classifier's codes. Kept apart from the components. */
import type { Actor, MessageKind, RecipientDiagnosis } from '../../../core/classify/types.ts';
import { REASONS } from '../../../core/knowledge/reasons.ts';

export const ACTOR_LABELS: Record<Actor, string> = {
  sender: 'You, the sender',
  'sender-admin': 'Your mail administrator',
  recipient: 'The recipient',
  'recipient-admin': "The recipient's mail administrator",
};

/** Who acts on a greylisting: nobody yet, as the sending server's own retry is the answer. */
export const GREYLISTED_ACTOR_LABEL = 'Nobody, for now: your server retries by itself';

/** "Who must act" for one recipient: the actor's label, or, for greylisting, that nobody has to yet. */
export function actorLabel(recipient: Pick<RecipientDiagnosis, 'actor' | 'detail'>): string {
  if (recipient.detail.greylisted === true && recipient.actor === 'sender') return GREYLISTED_ACTOR_LABEL;
  return ACTOR_LABELS[recipient.actor];
}

/** Short names for the checklist's groups. */
export const ACTOR_GROUP_TITLES: Record<Actor, string> = {
  sender: 'For you',
  'sender-admin': 'For your mail administrator',
  recipient: 'For the recipient',
  'recipient-admin': "For the recipient's mail administrator",
};

export const KIND_LABELS: Record<MessageKind, string> = {
  bounce: 'Delivery failed',
  delay: 'Delivery delayed',
  delivered: 'Delivered',
  autoreply: 'Automatic reply',
  feedback: 'Abuse report',
  'not-bounce': 'Not a bounce',
  unreadable: 'Could not read',
};

/** "Permanent" or "Temporary", with what it means for retrying, for one recipient. */
export function permanenceOf(recipient: Pick<RecipientDiagnosis, 'permanent' | 'reason'>): { label: string; advice: string } {
  if (recipient.reason === 'delivered') return { label: 'Delivered', advice: 'The message arrived; nothing to do.' };
  // A final answer for a cause that usually passes (a full mailbox, a rate limit): this message is
  // over, yet a new send later can work.
  if (recipient.permanent && REASONS[recipient.reason]?.permanentByDefault === false) {
    return {
      label: 'Permanent',
      advice: 'Your server has stopped trying and the message came back, but the cause usually passes: sending it again later can work. The steps below say when.',
    };
  }
  if (recipient.permanent) {
    return {
      label: 'Permanent',
      advice: 'Sending the same message again will fail the same way. Fix the cause first, then send it again.',
    };
  }
  return {
    label: 'Temporary',
    advice: 'The sending server keeps retrying on its own, usually for up to a few days. Do not resend yet; wait for a final notice.',
  };
}

/** A confidence figure in words. */
export function confidenceLabel(confidence: number): string {
  if (!Number.isFinite(confidence)) return 'Unknown certainty';
  if (confidence >= 0.85) return 'High certainty';
  if (confidence >= 0.6) return 'Fair certainty';
  return 'Low certainty: a best guess';
}

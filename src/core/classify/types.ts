/**
 * Stage 2: why each recipient failed.
 */
import type { ParsedBounce, TextSpan } from '../read/types.ts';

/** The reason vocabulary of ../shared/corpus/README.md, so results compare with that corpus. */
export type Reason =
  | 'userunknown' | 'hostunknown' | 'mailboxfull' | 'suspend' | 'hasmoved' | 'norelaying'
  | 'rejected' | 'blocked' | 'badreputation' | 'requireptr' | 'authfailure' | 'securityerror'
  | 'failedstarttls' | 'spamdetected' | 'virusdetected' | 'contenterror' | 'filtered'
  | 'policyviolation' | 'mesgtoobig' | 'exceedlimit' | 'toomanyconn' | 'speeding' | 'expired'
  | 'networkerror' | 'notaccept' | 'notcompliantrfc' | 'systemerror' | 'systemfull'
  | 'mailererror' | 'syntaxerror' | 'onhold' | 'undefined' | 'delivered' | 'vacation' | 'feedback';

/** Who has to do something about it. */
export type Actor =
  | 'sender' /** The person who sent the message. */
  | 'sender-admin' /** Whoever runs the sender's mail domain or servers. */
  | 'recipient' /** The person the message was for. */
  | 'recipient-admin'; /** Whoever runs the recipient's mail servers. */

/** Finer facts the rejection text gives, where it gives them. */
export interface ReasonDetail {
  /** Which authentication mechanisms the receiver says failed. */
  auth?: {
    /** True when the text says SPF failed. */
    spf?: boolean;
    /** True when the text says DKIM failed. */
    dkim?: boolean;
    /** True when the text says DMARC failed. */
    dmarc?: boolean;
  };
  /** The blocklist named, with its pages, and the listed IP. */
  blocklist?: {
    /** The list's name as the catalog gives it (or as quoted, for a list not in the catalog). */
    name: string;
    /** Page to look the address up on the list (or a URL quoted in the bounce); null when not known. */
    lookupUrl: string | null;
    /** Page to ask for removal; null when not known. */
    delistUrl: string | null;
    /** The listed IP the text names; null when it names none. */
    ip: string | null;
  };
  /** A size limit stated by the receiver, in bytes. */
  sizeLimitBytes?: number;
  /** A rate limit was hit (the text of the limit when stated). */
  rateLimit?: string;
  /** The receiver requires TLS. */
  tlsRequired?: boolean;
  /** New address offered by a 551 / moved answer. */
  newAddress?: string;
  /** The provider whose catalog matched (e.g. "Microsoft 365", "Gmail"). */
  provider?: string;
  /** The provider's own code, e.g. "5.7.509", "SC-001", "BL21", "TSS04". */
  providerCode?: string;
  /**
   * The receiver greylisted the sending server: a deliberate "try again later" for a first message from
   * an unknown sender, which the sending server's own retry gets through (reason 'blocked', temporary).
   */
  greylisted?: true;
  /**
   * The rate limit is the recipient's, not the sender's: their mailbox is getting mail faster than their
   * provider lets in ("The user you are trying to contact is receiving mail at a rate that prevents
   * additional messages..."). Reason stays 'speeding'; waiting and resending helps, slowing down does not.
   */
  recipientFlooded?: true;
}

/** Why delivery to one recipient failed, and what that means. */
export interface RecipientDiagnosis {
  /** The recipient address, as the reader found it. */
  address: string;
  /** The cause, in the corpus vocabulary. */
  reason: Reason;
  /** Enhanced status code, e.g. "5.1.1" (from the bounce, or implied by the reason); null if unknown. */
  status: string | null;
  /** SMTP reply code, e.g. "550"; null if unknown. */
  replyCode: string | null;
  /** True when retrying the same message will not help (5xx); false for temporary (4xx) failures. */
  permanent: boolean;
  /** Plain-language headline, e.g. "The address jane@example.com does not exist". */
  title: string;
  /** Two or three sentences in plain language: what happened and why. */
  explanation: string;
  /** Who must act first. */
  actor: Actor;
  /** 0..1: how sure the classifier is (explicit code and matching phrase is high; a guess is low). */
  confidence: number;
  /** The spans of the input that decided it. */
  evidence: TextSpan[];
  /** Finer facts, where the text gives them; empty when it gives none. */
  detail: ReasonDetail;
  /**
   * True when the bounce gave no enhanced status code and `status` is implied by the reason. Implied
   * codes follow the reference corpus's convention "class.0.9NN" (e.g. 5.0.911 for userunknown), so
   * show them as "no code given" rather than as a code the server sent.
   */
  statusImplied?: boolean;
}

/** What kind of message this is, before any per-recipient reason. */
export type MessageKind =
  | 'bounce' /** Delivery failed permanently for at least one recipient. */
  | 'delay' /** Delivery is delayed and still being retried. */
  | 'delivered' /** A delivery (success) notification. */
  | 'autoreply' /** An out-of-office or other automatic reply. */
  | 'feedback' /** An abuse / feedback loop report (ARF). */
  | 'not-bounce' /** Some other message or text. */
  | 'unreadable'; /** Empty, binary or otherwise not readable. */

/** The classifier's result for one message. */
export interface Classification {
  /** What kind of message this is. */
  kind: MessageKind;
  /** True for 'bounce' and 'delay'. */
  isBounce: boolean;
  /** One plain-language line for the whole message (used when there are no recipients). */
  summary: string;
  /** One diagnosis per recipient the reader found, in the same order. */
  recipients: RecipientDiagnosis[];
  /** The reader's result this classification was made from. */
  parsed: ParsedBounce;
}

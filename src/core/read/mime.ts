/**
 * The MIME step: postal-mime does all MIME work (structure, transfer encodings, charsets); this file
 * only picks out what a bounce reader needs.
 */
import PostalMime from 'postal-mime';
import { withInMemoryBlob } from './fast-blob.ts';
import { htmlToText } from './html-text.ts';

export interface MimeHeader {
  /** Lower-case header name. */
  key: string;
  /** Value as postal-mime gives it (unfolded, encoded words left as they are). */
  value: string;
}

/** The parts of a message a bounce reader looks at. */
export interface MimeMessage {
  headers: MimeHeader[];
  /** Visible text: the text/plain parts, or the text of the HTML parts when there is no plain text. */
  text: string;
  /** message/delivery-status and message/global-delivery-status parts, decoded. */
  deliveryStatus: string[];
  /** message/feedback-report parts (ARF), decoded. */
  feedbackReport: string[];
  /** Returned originals: message/rfc822 (whole) and text/rfc822-headers (headers only), decoded. */
  originals: { kind: 'message' | 'headers'; content: string }[];
}

const utf8 = new TextDecoder('utf-8');

function decode(content: ArrayBuffer | ArrayBufferView | string | undefined): string {
  if (content === undefined) return '';
  return typeof content === 'string' ? content : utf8.decode(content);
}

/**
 * Parses `raw` with postal-mime. Every message/rfc822 part is kept as an attachment (not inlined into
 * the text), so the returned original never feeds the phrase matching. Never throws: a parse failure
 * returns null.
 */
export async function parseMime(raw: string): Promise<MimeMessage | null> {
  try {
    const email = await withInMemoryBlob(() =>
      PostalMime.parse(raw, { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' }),
    );
    const message: MimeMessage = {
      headers: email.headers.map((h) => ({ key: h.key, value: h.value })),
      text: email.text ?? (email.html ? htmlToText(email.html) : ''),
      deliveryStatus: [],
      feedbackReport: [],
      originals: [],
    };
    for (const a of email.attachments) {
      const type = a.mimeType.toLowerCase();
      if (type === 'message/delivery-status' || type === 'message/global-delivery-status') {
        message.deliveryStatus.push(decode(a.content));
      } else if (type === 'message/feedback-report') {
        message.feedbackReport.push(decode(a.content));
      } else if (type === 'message/rfc822' || type === 'message/global') {
        message.originals.push({ kind: 'message', content: decode(a.content) });
      } else if (type === 'text/rfc822-headers' || type === 'message/global-headers') {
        message.originals.push({ kind: 'headers', content: decode(a.content) });
      } else if (type === 'text/plain' && !email.text && a.content) {
        // A text part marked as an attachment still carries the bounce text for some servers.
        message.text += `\n${decode(a.content)}`;
      }
    }
    return message;
  } catch {
    return null;
  }
}

/**
 * The MIME step: postal-mime does all MIME work (structure, transfer encodings, charsets); this file
 * only picks out what a bounce reader needs.
 */
import PostalMime, { type Email } from 'postal-mime';
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
const utf8Encoder = new TextEncoder();

/**
 * `raw` as UTF-8 bytes in an ArrayBuffer of their exact length. postal-mime takes an ArrayBuffer as it is,
 * while a string is encoded and then copied once more (resolveInput: encode, then `buffer.slice` of the
 * view).
 */
function toArrayBuffer(raw: string): ArrayBuffer | Uint8Array {
  const bytes = utf8Encoder.encode(raw);
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes;
}

function decode(content: ArrayBuffer | ArrayBufferView | string | undefined): string {
  if (content === undefined) return '';
  return typeof content === 'string' ? content : utf8.decode(content);
}

/** What parseMime reads of postal-mime's result. */
type ParsedParts = Pick<Email, 'headers' | 'text' | 'html' | 'attachments'>;

/** The parser state LeanPostalMime reads: postal-mime internals, not in its types. */
interface ParserState {
  root?: { headers?: Email['headers'] };
  textContent?: { plain?: string; html?: string };
  attachments?: Email['attachments'];
}

const fullBuild = (PostalMime.prototype as unknown as { buildMessage?: () => Email }).buildMessage;

/**
 * postal-mime without the extras of its last step. `parse()` ends in `buildMessage()`, which besides
 * the headers, text and attachments read here runs addressParser over every address header (From,
 * Sender, To, Cc, Bcc, Reply-To, Delivered-To, Return-Path), decodes Subject, Message-ID, In-Reply-To
 * and References, and parses the Date: ~100 of the ~570 ms postal-mime took for 5,050 corpus
 * messages (CPU profile of the CLI), for fields this reader never looks at. The whole message is still
 * parsed and decoded as before; only that summary is skipped.
 * buildMessage is internal to postal-mime (absent from its types). Fail-safe both ways: if a later
 * version renames it, this method is never called and the full build runs (slower, same result); if
 * the state it reads is not there, it calls the full build itself.
 */
class LeanPostalMime extends PostalMime {
  buildMessage(): ParsedParts {
    const state = this as unknown as ParserState;
    const headers = state.root?.headers;
    if (!headers || !state.textContent || !state.attachments) return fullBuild!.call(this);
    return {
      headers,
      text: state.textContent.plain || undefined,
      html: state.textContent.html || undefined,
      attachments: state.attachments,
    };
  }
}

/**
 * Parses `raw` with postal-mime. Every message/rfc822 part is kept as an attachment (not inlined into
 * the text), so the returned original never feeds the phrase matching. Never throws: a parse failure
 * returns null.
 */
export async function parseMime(raw: string): Promise<MimeMessage | null> {
  try {
    const options = { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' } as const;
    const email = (await withInMemoryBlob(() => new LeanPostalMime(options).parse(toArrayBuffer(raw)))) as ParsedParts;
    const message: MimeMessage = {
      headers: email.headers,
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

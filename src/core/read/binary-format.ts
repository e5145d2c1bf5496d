/**
 * Files people drop or pass instead of a bounce, recognised by their first bytes so that they get
 * advice on what to do instead of "this is not text": Outlook's .msg (the usual way Outlook saves a
 * message), a screenshot, a PDF, an Office document or ZIP archive, Outlook's winmail.dat.
 *
 * Limits: looks at the first bytes only (a signature), so a text file that happens to start with one
 * of these signatures is named wrongly; none of them can start a mail message, whose first bytes are
 * printable header text.
 */

/** The binary formats recognised. */
export type BinaryFormat = 'outlook-msg' | 'outlook-pst' | 'winmail-dat' | 'pdf' | 'zip' | 'gzip' | 'image';

/** Bytes read to recognise a format: the longest signature below is 8 bytes. */
export const SIGNATURE_BYTES = 8;

/** Each format's leading bytes. The order does not matter: no signature is a prefix of another. */
const SIGNATURES: readonly { format: BinaryFormat; bytes: readonly number[] }[] = [
  // Compound File Binary (OLE2): Outlook .msg; also old .doc/.xls, which get the same advice.
  { format: 'outlook-msg', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { format: 'outlook-pst', bytes: [0x21, 0x42, 0x44, 0x4e] }, // "!BDN"
  { format: 'winmail-dat', bytes: [0x78, 0x9f, 0x3e, 0x22] }, // TNEF
  { format: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { format: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // "PK\3\4": .zip, .docx, .xlsx
  { format: 'gzip', bytes: [0x1f, 0x8b] },
  { format: 'image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, // PNG
  { format: 'image', bytes: [0xff, 0xd8, 0xff] }, // JPEG
  { format: 'image', bytes: [0x47, 0x49, 0x46, 0x38] }, // "GIF8"
];

/** The format whose signature `bytes` starts with, or null (also for empty input). */
export function binaryFormatOf(bytes: Uint8Array): BinaryFormat | null {
  for (const { format, bytes: signature } of SIGNATURES) {
    if (bytes.length < signature.length) continue;
    let same = true;
    for (let i = 0; i < signature.length && same; i++) same = bytes[i] === signature[i];
    if (same) return format;
  }
  return null;
}

/** What each format is, and how to get the bounce's text out of it (a sentence that ends before the last step). */
const ADVICE: Record<BinaryFormat, { what: string; getText: string }> = {
  'outlook-msg': {
    what: 'This is an Outlook message file (.msg), a binary format that cannot be read.',
    getText: 'Open the bounce in Outlook, click into its text, select all (Ctrl+A) and copy it (for the technical headers too, copy them from File › Properties › Internet headers)',
  },
  'outlook-pst': { what: 'This is an Outlook data file (.pst), a whole mailbox.', getText: 'Open the bounce in Outlook and copy its text' },
  'winmail-dat': {
    what: 'This is a winmail.dat attachment (Outlook’s TNEF format), not the bounce itself.',
    getText: 'Open the bounce message and copy its text',
  },
  pdf: { what: 'This is a PDF.', getText: 'Open it and copy the text of the bounce' },
  zip: {
    what: 'This is a ZIP archive or an Office document (.docx, .xlsx).',
    getText: 'Unpack or open it and take the .eml file, or copy the bounce’s text',
  },
  gzip: { what: 'This is a compressed (gzip) file.', getText: 'Unpack it first and take the .eml or mbox file inside' },
  image: {
    what: 'This is an image, perhaps a screenshot of the bounce; only text can be read.',
    getText: 'Copy the text of the bounce itself',
  },
};

/**
 * What to tell someone who gave a file of `format`: what it is and how to get the bounce's text. `to`
 * says where the text goes next: pasted into the page, or saved as a file for the command line.
 */
export function binaryFormatAdvice(format: BinaryFormat, to: 'page' | 'file'): string {
  const { what, getText } = ADVICE[format];
  return `${what} ${getText}, then ${to === 'page' ? 'paste it here' : 'save it in a text file and give that file instead'}.`;
}

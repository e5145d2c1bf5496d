/**
 * The notice text for ONE recipient's fallback, without the DSN fields of the other recipients. When a
 * recipient's own lines decide nothing, the classifier falls back to the notice's words; a block of
 * delivery-status fields (RFC 3464 §2.3) that names another recipient is that recipient's answer, not
 * this one's (bsd/rfc3464-35: the second recipient's "Status: 4.0.0 (host name lookup failure)" made the
 * first one's 550 a network error). A block is a run of lines between blank lines; it belongs to the
 * addresses of its Final-Recipient / Original-Recipient fields. Only its DSN field lines (and their folded
 * continuations) are dropped; other lines, blocks naming no recipient and the recipient's own block stay.
 * Linear in the text (one split, one pass per block); pure; never throws.
 */

/** Field names of a delivery-status part (RFC 3464 §2.2, §2.3) plus the common X- ones of Postfix and Exim. */
const DSN_FIELDS: ReadonlySet<string> = new Set([
  'reporting-mta', 'dsn-gateway', 'received-from-mta', 'arrival-date', 'original-envelope-id',
  'original-recipient', 'final-recipient', 'action', 'status', 'remote-mta', 'diagnostic-code',
  'last-attempt-date', 'final-log-id', 'will-retry-until',
  'x-actual-recipient', 'x-postfix-queue-id', 'x-postfix-sender', 'x-original-message-id',
]);

/** Longest field name looked up (the longest above is 21 characters): a longer prefix is not a field. */
const MAX_FIELD_NAME_CHARS = 24;

function fieldName(line: string): string | null {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > MAX_FIELD_NAME_CHARS) return null;
  const name = line.slice(0, colon).toLowerCase();
  return DSN_FIELDS.has(name) ? name : null;
}

function isFolded(line: string): boolean {
  return (line.startsWith(' ') || line.startsWith('\t')) && line.trim() !== '';
}

/** Whether the block names recipients and none of them is `address` (lower case). */
function namesOnlyOthers(block: string[], address: string): boolean {
  let names = false;
  for (const line of block) {
    const name = fieldName(line);
    if (name !== 'final-recipient' && name !== 'original-recipient') continue;
    names = true;
    if (line.toLowerCase().includes(address)) return false;
  }
  return names;
}

function dropFields(block: string[]): string[] {
  const kept: string[] = [];
  let inField = false;
  for (const line of block) {
    if (inField && isFolded(line)) continue;
    inField = fieldName(line) !== null;
    if (!inField) kept.push(line);
  }
  return kept;
}

/** `text` without the DSN field lines of blocks that name only recipients other than `address`. */
export function withoutOthersDsnFields(text: string, address: string): string {
  const wanted = address.toLowerCase();
  const lines = text.split('\n');
  const out: string[] = [];
  let block: string[] = [];
  let changed = false;
  const flush = () => {
    if (block.length > 0 && namesOnlyOthers(block, wanted)) {
      for (const line of dropFields(block)) out.push(line);
      changed = true;
    } else for (const line of block) out.push(line);
    block = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      out.push(line);
    } else block.push(line);
  }
  flush();
  return changed ? out.join('\n') : text;
}

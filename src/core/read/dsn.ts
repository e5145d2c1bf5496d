/**
 * RFC 3464 delivery status fields: the per-message block (Reporting-MTA) and one block per recipient
 * (Final-Recipient, Original-Recipient, Action, Status, Remote-MTA, Diagnostic-Code).
 * Also reads the same fields when a server writes them into plain text.
 */
import { readFields, type Field } from './fields.ts';
import { normalizeAddress } from './address.ts';

/** One per-recipient block of a delivery status report. */
export interface DsnRecipient {
  /** The recipient (Final-Recipient, Original-Recipient or X-Actual-Recipient; Final wins in a block), normalized. */
  address: string;
  /** The field the address came from (for its span). */
  addressField: Field;
  /** Action, lower case, first word only; null when absent. */
  action: string | null;
  /** The enhanced status code at the start of Status; null when absent or malformed (more than 3 digits in a part). */
  status: string | null;
  /** The Status field, when it held a code. */
  statusField: Field | null;
  /** Remote-MTA without its type prefix; null when absent. */
  remoteMta: string | null;
  /** Diagnostic-Code without its type prefix; null when absent or empty. */
  diagnostic: string | null;
  /** The Diagnostic-Code field as found (its raw text is the span to highlight). */
  diagnosticField: Field | null;
}

/** The fields of a delivery status report. */
export interface DsnReport {
  /** Reporting-MTA without its type prefix; null when absent. */
  reportingMta: string | null;
  /** Recipient blocks with a mail address, in report order. */
  recipients: DsnRecipient[];
  /** Recipient blocks whose Final-Recipient is no mail address (a file, a program, "@host"). */
  unaddressed?: DsnRecipient[];
}

/** True for "local@domain" with both parts present. */
function isMailAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  return at > 0 && at < address.length - 1;
}

/** Copies one per-recipient field (Action, Status, Remote-MTA, Diagnostic-Code) onto `r`. */
function assignField(r: DsnRecipient, f: Field): void {
  switch (f.name) {
    case 'action':
      r.action = f.value.toLowerCase().split(/[\s(]/)[0] ?? null;
      break;
    case 'status': {
      // The whole code or none: "5.7.7909" is no status, not "5.7.790".
      const code = /^[245]\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9])/.exec(f.value)?.[0];
      if (code) {
        r.status = code;
        r.statusField = f;
      }
      break;
    }
    case 'remote-mta':
      r.remoteMta = stripType(f.value) || null;
      break;
    case 'diagnostic-code':
      r.diagnostic = stripType(f.value).trim() || null;
      r.diagnosticField = f;
      break;
  }
}

/** Drops an RFC 3464 type prefix ("rfc822;", "dns;", "smtp;"). */
export function stripType(value: string): string {
  const m = /^[A-Za-z0-9-]{1,20};[ \t]*/.exec(value);
  return m ? value.slice(m[0].length) : value;
}

/** Reads the DSN fields of `text`; blocks whose recipient is no mail address go to `unaddressed`. */
export function readDsn(text: string): DsnReport {
  const fields = readFields(text);
  const report: DsnReport = { reportingMta: null, recipients: [] };
  let current: DsnRecipient | null = null;
  // Fields met in a block before that block's Final-Recipient (some servers write Action and Status
  // first): kept per block and given to the recipient the block names; when the block names none
  // they go to the recipient before, as the fields of a block without its own recipient always do.
  const early = new Map<number, { fields: Field[]; owner: DsnRecipient | null }>();
  const startRecipient = (f: Field): DsnRecipient => {
    const r: DsnRecipient = {
      address: normalizeAddress(stripType(f.value)),
      addressField: f,
      action: null, status: null, statusField: null, remoteMta: null, diagnostic: null, diagnosticField: null,
    };
    report.recipients.push(r);
    const before = early.get(f.block);
    if (before) {
      for (const g of before.fields) assignField(r, g);
      early.delete(f.block);
    }
    return r;
  };
  for (const f of fields) {
    switch (f.name) {
      case 'reporting-mta':
        report.reportingMta ??= stripType(f.value) || null;
        break;
      case 'final-recipient':
      case 'original-recipient':
      case 'x-actual-recipient': {
        const addr = normalizeAddress(stripType(f.value));
        if (!addr.includes('@') && f.name !== 'final-recipient') break;
        if (current && current.addressField.block === f.block) {
          // Same block: Original-Recipient and Final-Recipient name one recipient; Final wins.
          if (current.addressField.name === f.name) current = startRecipient(f);
          else if (f.name === 'final-recipient' && addr.includes('@')) {
            current.address = addr;
            current.addressField = f;
          }
        } else {
          current = startRecipient(f);
        }
        break;
      }
      case 'action':
      case 'status':
      case 'remote-mta':
      case 'diagnostic-code':
        if (current && current.addressField.block === f.block) assignField(current, f);
        else {
          const slot = early.get(f.block) ?? { fields: [], owner: current };
          slot.fields.push(f);
          early.set(f.block, slot);
        }
        break;
    }
  }
  for (const slot of early.values()) if (slot.owner) for (const g of slot.fields) assignField(slot.owner, g);
  report.unaddressed = report.recipients.filter((r) => !isMailAddress(r.address));
  report.recipients = report.recipients.filter((r) => isMailAddress(r.address));
  return report;
}

/**
 * SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463) in diagnostic text.
 */

/** Enhanced status code: class 2/4/5, subject 0-7 and detail of 1-3 digits, not inside a version number. */
const STATUS_RE = /(?<![0-9.vV])([245])\.([0-7])\.([0-9]{1,3})(?![0-9]|\.[0-9])/g;
/**
 * Reply code at the start of the text or after a separator, followed by a space, dash, colon, comma or
 * end. Exchange's "#550 5.1.1 RESOLVER... ##" counts too, but only with a status code after it, so a
 * ticket number such as "#550" does not. After the blank or dash, two digits that do not open an IP
 * address or a status ("10.", "192.") are a phone number's ("555 0100", "555-0100"), not a reply.
 */
const REPLY_RE = /(?:^|[\s:;(<>"'[]|said:? |#(?=[245][0-9]{2} [245]\.[0-9]))([245][0-9]{2})(?=[ -](?![0-9]{2}(?![0-9]?\.))|$|\]|\)|>|:|,)/g;

/**
 * Reply codes that servers send (RFC 5321 and the extensions that register codes: AUTH, ETRN, ATRN,
 * RFC 5248, RFC 7504). A number outside this set ("Size (in bytes): 222", "522 over quota") is not an
 * SMTP reply, whatever it looks like.
 */
const REPLY_CODES: ReadonlySet<string> = new Set([
  '211', '214', '220', '221', '235', '250', '251', '252', '253',
  '421', '422', '430', '432', '450', '451', '452', '453', '454', '455', '458', '459',
  '500', '501', '502', '503', '504', '521', '523', '524', '525', '530', '533', '534', '535', '538',
  '550', '551', '552', '553', '554', '555', '556',
]);

/** Codes that say little when a more specific one is quoted too: x.0.0 and the "gave up" 4.4.7. */
function isVague(code: string): boolean {
  return code.endsWith('.0.0') || code === '4.4.7';
}

/** Every enhanced status code in `text`, in order. Bounded: stops after 50. */
function allStatuses(text: string): { code: string; start: number }[] {
  const out: { code: string; start: number }[] = [];
  STATUS_RE.lastIndex = 0;
  for (let m = STATUS_RE.exec(text); m && out.length < 50; m = STATUS_RE.exec(text)) {
    out.push({ code: `${m[1]}.${Number(m[2])}.${Number(m[3])}`, start: m.index });
  }
  return out;
}

/**
 * The most telling enhanced status code in `text`: the first that is not vague (x.0.0, 4.4.7) and
 * follows a reply code (a relay's summary such as "5.1.0 - Unknown address error 550-'5.2.2 ..."
 * quotes the remote answer after its own code), else the first that is not vague, else the first.
 */
export function findStatus(text: string): { code: string; start: number } | null {
  // A session transcript may quote a success ("250 2.1.5 Ok") before the failure: failures come first.
  const found = allStatuses(text);
  const failures = found.filter((s) => s.code[0] !== '2');
  const all = failures.length > 0 ? failures : found;
  return all.find((s) => !isVague(s.code) && afterReplyCode(text, s.start)) ?? all.find((s) => !isVague(s.code)) ?? all[0] ?? null;
}

/** A reply code right before the status ("550 5.2.2", "550-'5.2.2"): the remote server's own answer. */
const REPLY_BEFORE_RE = /(?:^|[^0-9])[245][0-9]{2}[ -]['"]?$/;

/** True when the status at `start` follows an SMTP reply code, so it is part of a server's answer. */
function afterReplyCode(text: string, start: number): boolean {
  return REPLY_BEFORE_RE.test(text.slice(Math.max(0, start - 6), start));
}

/** The first SMTP reply code in `text`, preferring one of class `statusClass` when given. */
export function findReplyCode(text: string, statusClass?: string): { code: string; start: number } | null {
  const out: { code: string; start: number }[] = [];
  REPLY_RE.lastIndex = 0;
  for (let m = REPLY_RE.exec(text); m && out.length < 50; m = REPLY_RE.exec(text)) {
    const code = m[1]!;
    if (REPLY_CODES.has(code)) out.push({ code, start: m.index + m[0].length - 3 });
    REPLY_RE.lastIndex = m.index + m[0].length;
  }
  return (statusClass ? out.find((r) => r.code[0] === statusClass) : undefined) ?? out[0] ?? null;
}

/**
 * Sendmail's "554 <addr>... 550 Host unknown" at the start of an answer: its own code, then the answer
 * about the address.
 */
const SENDMAIL_INNER_RE = /^[245][0-9]{2} <[^\s<>@]{1,64}@[^\s<>]{1,253}>\.\.\. ([245][0-9]{2}) /;

/**
 * The status and reply code of one recipient, from the DSN's Status field (if any) and the server's
 * answer (`diagnostic`):
 * - the DSN's Status often generalises: a specific code of the same class in the answer wins, except
 *   that an answer's "other" code (x.y.0) does not replace a DSN code that is specific itself;
 * - a DSN status of the other class yields to the answer when the answer's reply code and status agree
 *   with each other ("Status: 4.5.0" over "550 5.5.0 Service refused": the server refused for good);
 * - the reply code is one of the status's class: a code of the other class contradicts the status and
 *   is not reported; in Sendmail's "554 <addr>... 550 Host unknown" the code after the address is the
 *   answer about that address and wins over Sendmail's own.
 */
export function pickCodes(dsnStatus: string | null, diagnostic: string | null): { status: string | null; replyCode: string | null } {
  const dStatus = diagnostic ? findStatus(diagnostic) : null;
  let status = dsnStatus;
  if (dStatus && (!status || (dStatus.code[0] === status[0] && !isVague(dStatus.code) && (isVague(status) || !dStatus.code.endsWith('.0'))))) {
    status = dStatus.code;
  } else if (dStatus && status && dStatus.code[0] !== status[0] && diagnostic && findReplyCode(diagnostic, dStatus.code[0])?.code[0] === dStatus.code[0]) {
    status = dStatus.code;
  }
  const inner = diagnostic ? SENDMAIL_INNER_RE.exec(diagnostic)?.[1] ?? null : null;
  const reply = inner && (!status || inner[0] === status[0]) ? { code: inner } : diagnostic ? findReplyCode(diagnostic, status?.[0]) : null;
  const replyCode = reply && (!status || reply.code[0] === status[0]) ? reply.code : null;
  return { status, replyCode };
}

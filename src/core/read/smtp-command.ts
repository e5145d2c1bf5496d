/**
 * The SMTP command a refusal answered, as the bounce words it ("in reply to RCPT TO command",
 * "after end of data", ">>> DATA"). Bounded patterns, first match in text order wins per family.
 */
import { collapseWhiteSpace } from './white-space.ts';

/**
 * One family of wordings per command. `words`: lower-case words that every alternative of `re`
 * contains: a text holding none of them cannot match, and a few `includes` on the lower-cased text cost
 * less than the case-insensitive alternations (findSmtpCommand runs on each recipient's lines and on
 * the whole notice). Lower-casing never removes a match: /i without the u flag only folds a character
 * onto the ASCII letters when it is itself ASCII.
 */
const COMMANDS: readonly { command: string; words: readonly string[]; re: RegExp }[] = [
  {
    command: 'DATA',
    words: ['data', 'after message body', 'after the message was sent'],
    re: /in reply to (?:end of )?DATA command|after (?:end of )?data\b|after DATA\b|>>> DATA|after message body|after the message was sent|en réponse à la commande DATA/i,
  },
  {
    command: 'RCPT',
    words: ['rcpt', 'does not like recipient', 'recipient address rejected'],
    re: /in reply to RCPT TO command|after RCPT TO|>>> RCPT TO|RCPT TO:?<|in reply to RCPT\b|after RCPT\b|\[RCPT_TO\]|SMTP:RCPT|does not like recipient|most progress was RCPT|Recipient address rejected/i,
  },
  { command: 'MAIL', words: ['mail from'], re: /in reply to MAIL FROM command|after MAIL FROM|>>> MAIL FROM/i },
  { command: 'HELO', words: ['helo', 'ehlo'], re: /in reply to (?:HELO|EHLO) command|after (?:HELO|EHLO)\b|>>> (?:HELO|EHLO)/i },
  {
    command: 'CONN',
    words: ['after initial connection', 'while connected to', 'initial greeting', 'on the banner'],
    re: /after initial connection|while connected to|in reply to the initial greeting|during the initial greeting|on the banner/i,
  },
];

/**
 * Every command's words in one case-insensitive pattern. Each alternative of a command's `re` holds one
 * of its words, up to ASCII case, so a text this does not match names no command: one scan then
 * answers for the most common case (a notice naming no command), instead of lower-casing the text and
 * searching it for each word (findSmtpCommand was ~60 of the reader's ~500 ms for 5,050 corpus
 * messages in the CLI's CPU profile, mostly on such texts). The words are letters and spaces only.
 */
const ANY_WORD_RE = new RegExp(COMMANDS.flatMap((c) => c.words).join('|'), 'i');

/** The command named nearest the end of `text` (the last one in a transcript is the one refused). */
export function findSmtpCommand(raw: string): string | null {
  // Line folds may split "end of DATA\n    command": match on collapsed white space.
  const text = collapseWhiteSpace(raw);
  if (!ANY_WORD_RE.test(text)) return null;
  const lower = text.toLowerCase();
  let best: { command: string; at: number } | null = null;
  for (const { command, words, re } of COMMANDS) {
    if (!words.some((w) => lower.includes(w))) continue;
    const m = re.exec(text);
    if (m && (!best || m.index > best.at)) best = { command, at: m.index };
  }
  return best?.command ?? null;
}

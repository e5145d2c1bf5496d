/**
 * The SMTP command a refusal answered, as the bounce words it ("in reply to RCPT TO command",
 * "after end of data", ">>> DATA"). Bounded patterns, first match in text order wins per family.
 */

const COMMAND_RES: readonly { command: string; re: RegExp }[] = [
  { command: 'DATA', re: /in reply to (?:end of )?DATA command|after (?:end of )?data\b|after DATA\b|>>> DATA|after message body|after the message was sent|en réponse à la commande DATA/i },
  { command: 'RCPT', re: /in reply to RCPT TO command|after RCPT TO|>>> RCPT TO|RCPT TO:?<|in reply to RCPT\b|after RCPT\b|\[RCPT_TO\]|SMTP:RCPT|does not like recipient|most progress was RCPT|Recipient address rejected/i },
  { command: 'MAIL', re: /in reply to MAIL FROM command|after MAIL FROM|>>> MAIL FROM/i },
  { command: 'HELO', re: /in reply to (?:HELO|EHLO) command|after (?:HELO|EHLO)\b|>>> (?:HELO|EHLO)/i },
  { command: 'CONN', re: /after initial connection|while connected to|in reply to the initial greeting|during the initial greeting|on the banner/i },
];

/** The command named nearest the end of `text` (the last one in a transcript is the one refused). */
export function findSmtpCommand(raw: string): string | null {
  // Line folds may split "end of DATA\n    command": match on collapsed white space.
  const text = raw.replace(/\s+/g, ' ');
  let best: { command: string; at: number } | null = null;
  for (const { command, re } of COMMAND_RES) {
    const m = re.exec(text);
    if (m && (!best || m.index > best.at)) best = { command, at: m.index };
  }
  return best?.command ?? null;
}

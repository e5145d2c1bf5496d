import { describe, expect, it } from 'vitest';
import { findSmtpCommand } from './smtp-command.ts';

describe('findSmtpCommand', () => {
  it('names the command nearest the end, across folded lines and any case', () => {
    expect(findSmtpCommand('550 5.1.1 unknown (in reply to RCPT TO command)')).toBe('RCPT');
    expect(findSmtpCommand('>>> MAIL FROM:<a@example.org>\n<<< 250 ok\n>>> DATA\n<<< 554 rejected')).toBe('DATA');
    expect(findSmtpCommand('host mx.example.com said: 550 (in reply to end of\n    DATA command)')).toBe('DATA');
    expect(findSmtpCommand('554 refused after initial connection')).toBe('CONN');
  });

  it('names none when the text holds no command word, or only look-alike letters', () => {
    expect(findSmtpCommand('550 5.1.1 The email account that you tried to reach does not exist.')).toBeNull();
    expect(findSmtpCommand('')).toBeNull();
    // A Kelvin sign lower-cases to "k" but is no "k" to a case-insensitive pattern.
    expect(findSmtpCommand('does not li\u212Ae recipient')).toBeNull();
  });
});

/** Bounce texts shared by the classifier's tests (reserved names only). */

/**
 * A plain-text failure notice in the MessageLabs layout: the heading "I was unable to deliver your
 * message…", the one recipient jane@example.com, then "Reason: " and `answer`.
 */
export function unableToDeliverNotice(answer: string): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@example.net>',
    'To: <ann@example.org>',
    'Subject: Mail Delivery Failure',
    '',
    'I was unable to deliver your message to the following addresses:',
    '',
    'jane@example.com',
    '',
    `Reason: ${answer}`,
    '',
  ].join('\n');
}

/** The three ways in: a pasted raw .eml, a dropped file, a file opened with the file picker. */
import { readFileSync } from 'node:fs';
import { expect, pasteBox, test, waitForChecks } from './fixtures.ts';
import { saveScreenshot } from './helpers.ts';

const EML = readFileSync(new URL('./data/address-not-found.eml', import.meta.url), 'utf8');

/** A bounce whose text part is base64-encoded, so the dropped file is really decoded, not just shown. */
function base64Bounce(recipient: string): string {
  const text = `This is the mail system at host mail.example.net.\r\n\r\n<${recipient}>: host mx.example.test[198.51.100.140] said:\r\n    552 5.2.2 <${recipient}>: Mailbox full (in reply to RCPT TO command)\r\n`;
  const body = Buffer.from(text, 'utf8').toString('base64').replace(/(.{76})/g, '$1\r\n');
  return [
    'Return-Path: <>', 'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)', 'To: robin.fischer@example.com',
    'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64', '', body, '',
  ].join('\r\n');
}

test('a raw .eml pasted from the clipboard is diagnosed at once', async ({ page }) => {
  await page.goto('/');
  const box = pasteBox(page);
  await page.evaluate((text) => navigator.clipboard.writeText(text), EML);
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(box).toHaveValue(EML);
  const result = page.getByRole('article', { name: 'Result for nobody.here@example.net' });
  await expect(result).toBeVisible();
  await expect(result).toContainText('5.1.1');
  await waitForChecks(page);
  await saveScreenshot(page, 'pasted-eml');
});

test('a dropped .eml file is read and diagnosed, base64 parts decoded', async ({ page }) => {
  await page.goto('/');
  const recipient = 'ines.vidal@example.test';
  const content = base64Bounce(recipient);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'bounce.eml', { type: 'message/rfc822' }));
    return transfer;
  }, content);
  await pasteBox(page).dispatchEvent('dragover', { dataTransfer });
  await pasteBox(page).dispatchEvent('drop', { dataTransfer });
  await expect(pasteBox(page)).toHaveValue(content.replace(/\r\n/g, '\n'));
  const result = page.getByRole('article', { name: `Result for ${recipient}` });
  await expect(result).toBeVisible();
  await expect(result).toContainText('5.2.2');
});

test('a file opened with "Open a file…" is diagnosed', async ({ page }) => {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Open a file/ }).click();
  await (await chooser).setFiles({ name: 'address-not-found.eml', mimeType: 'message/rfc822', buffer: Buffer.from(EML) });
  await expect(page.getByRole('article', { name: 'Result for nobody.here@example.net' })).toBeVisible();
});

test('one pasted answer line that names nobody is still diagnosed, and a domain is asked for the checks', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Clear' }).click();
  await pasteBox(page).fill('550 5.1.1 The email account that you tried to reach does not exist.');
  const result = page.getByRole('article', { name: 'Result for Recipient not named in the pasted text' });
  await expect(result).toBeVisible();
  await expect(result).toContainText('5.1.1');
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('The address does not exist');
  await expect(page.getByText('The text names no domain or server to check.')).toBeVisible();
  await saveScreenshot(page, 'unnamed-recipient');
});

test('an Outlook .msg file is refused with advice on getting the text, and the box is left as it was', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Clear' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Open a file/ }).click();
  const msg = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  await (await chooser).setFiles({ name: 'Undeliverable.msg', mimeType: 'application/vnd.ms-outlook', buffer: msg });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“Undeliverable.msg”: This is an Outlook message file (.msg)');
  await expect(alert).toContainText('paste it here');
  await expect(pasteBox(page)).toHaveValue('');
});

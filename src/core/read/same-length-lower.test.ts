import { describe, expect, it } from 'vitest';
import { findBlocklistNames } from './blocklist-names.ts';
import { htmlToText } from './html-text.ts';

// 'İ'.toLowerCase() is two characters: an offset found in a plain lower-cased copy points past its place.
describe('offsets found in lower-cased text, with letters whose lower case is longer (Turkish "İ")', () => {
  it('finds the blocklist a Turkish answer names', () => {
    expect(findBlocklistNames('İleti İSTANBUL sunucusu tarafından reddedildi: 203.0.113.5 zen.spamhaus.org listesinde'))
      .toEqual(['zen.spamhaus.org']);
  });
  it('drops a script of an HTML bounce whole, and keeps the text after it', () => {
    expect(htmlToText('<p>İİİİİİİİ İLETİ</p><script>var x = 1;</script><p>550 5.1.1 user unknown</p>'))
      .toBe('\nİİİİİİİİ İLETİ\n\n550 5.1.1 user unknown\n');
  });
});

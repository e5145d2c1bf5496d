import { describe, expect, it } from 'vitest';
import { binaryFormatAdvice, binaryFormatOf, type BinaryFormat } from './binary-format.ts';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('binaryFormatOf', () => {
  it.each<[string, Uint8Array, BinaryFormat]>([
    ['Outlook .msg (OLE2)', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), 'outlook-msg'],
    ['Outlook .pst', ascii('!BDN....'), 'outlook-pst'],
    ['winmail.dat', bytes(0x78, 0x9f, 0x3e, 0x22, 1, 2), 'winmail-dat'],
    ['PDF', ascii('%PDF-1.7\n'), 'pdf'],
    ['ZIP / .docx', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0), 'zip'],
    ['gzip', bytes(0x1f, 0x8b, 0x08, 0), 'gzip'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image'],
    ['GIF', ascii('GIF89a'), 'image'],
  ])('%s', (_, input, format) => {
    expect(binaryFormatOf(input)).toBe(format);
  });
  it('names no format for a message, pasted text, a cut signature or nothing', () => {
    expect(binaryFormatOf(ascii('Return-Path: <>\nFrom: MAILER-DAEMON@example.net\n'))).toBeNull();
    expect(binaryFormatOf(ascii('550 5.1.1 User unknown'))).toBeNull();
    expect(binaryFormatOf(ascii('%PDF'))).toBeNull();
    expect(binaryFormatOf(bytes(0xd0, 0xcf, 0x11))).toBeNull();
    expect(binaryFormatOf(bytes())).toBeNull();
  });
});

describe('binaryFormatAdvice', () => {
  it('says what the file is and where its text goes next', () => {
    expect(binaryFormatAdvice('outlook-msg', 'page')).toMatch(/^This is an Outlook message file \(\.msg\).*paste it here\.$/);
    expect(binaryFormatAdvice('image', 'file')).toMatch(/screenshot.*save it in a text file and give that file instead\.$/);
  });
});

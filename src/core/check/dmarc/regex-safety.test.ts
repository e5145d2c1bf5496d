/** The DKIM and DMARC checks read text from DNS (anyone's zone): their patterns must match in linear time. */
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { KEY_START_SHAPE, P_TAG_SHAPE } from '../dkim/evaluate-selector.ts';
import { NAME_SHAPE } from '../dkim/selectors.ts';
import { AUTH_METHOD_SHAPE, HEADER_D_SHAPE, MAILFROM_SHAPE } from './alignment.ts';
import { DOMAIN_SHAPE } from './index.ts';
import { DMARC_START_SHAPE, MAILBOX_SHAPE } from './parse.ts';

const patterns = {
  KEY_START_SHAPE, P_TAG_SHAPE, NAME_SHAPE, AUTH_METHOD_SHAPE, HEADER_D_SHAPE, MAILFROM_SHAPE, DOMAIN_SHAPE,
  DMARC_START_SHAPE, MAILBOX_SHAPE,
};

describe('DKIM/DMARC patterns', () => {
  it.each(Object.entries(patterns))('%s has no catastrophic backtracking (recheck)', async (_name, re) => {
    const verdict = await check(re.source, re.flags);
    expect(verdict.status).toBe('safe');
  }, 30_000);
});

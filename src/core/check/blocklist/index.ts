export { checkDomainBlocklists, checkIpBlocklists, DEFAULT_LIST_TIMEOUT_MS } from './check-blocklists.ts';
export { readAnswer, testPointLabel } from './check-one-list.ts';
export type { BlocklistData, DomainBlocklistInput, IpBlocklistInput, ListChoice, ListResult, ListVerdict, TestPointResult } from './types.ts';

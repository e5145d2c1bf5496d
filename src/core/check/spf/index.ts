/** SPF (RFC 7208): checkHost() evaluates like a receiving server; checkSpf() is the diagnosis check. */
export type * from './types.ts';
export { checkHost } from './check-host.ts';
export { checkSpf } from './check-spf.ts';
export { collectQueries, matchedPath } from './tree.ts';

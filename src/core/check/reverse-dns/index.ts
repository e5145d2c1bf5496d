export { checkReverseDns, MAX_PTR_NAMES } from './check-reverse-dns.ts';
export { parseIp, type ParsedIp } from './reverse-name.ts';
export { genericReasons, type GenericReason } from './generic-name.ts';
export type { ForwardState, PtrName, ReverseDnsCheckInput, ReverseDnsData } from './types.ts';

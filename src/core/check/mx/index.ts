export { checkMx, MAX_EXCHANGES } from './check-mx.ts';
export { normalizeServerName } from './compare-answered-by.ts';
export type { AnsweredByComparison, AnsweredByMatch, ExchangeState, MailRouting, MxCheckInput, MxData, MxExchange } from './types.ts';

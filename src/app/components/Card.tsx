/** The framed panel used for every block of the page. */
export const CARD_CLASS =
  'rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900 print:shadow-none print:break-inside-avoid';

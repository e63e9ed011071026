/** How the history shows dates and figures. */

/** "23 Nov 2026, 10:05": entries of one day differ by their time. */
export function entryDate(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "23 Nov, 10:05": where space is short (the comparison). */
export function compactDate(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** "23 Nov": the chart's axis. */
export function shortDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/** A share of the body surface: "3.2%", "<0.1%" for a dab, "0%" for nothing. */
export function percent(share: number): string {
  if (share <= 0) return '0%';
  if (share < 0.001) return '<0.1%';
  return `${(share * 100).toFixed(1)}%`;
}

/** A signed difference: "+1.2", "−0.4", "0". */
export function signed(value: number, digits = 1): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return '0';
  return `${value > 0 ? '+' : '\u2212'}${text}`;
}

/** "23 November 2026", in the reader's own language and order: how messages and the report name a day. */
export function longDate(date: string | Date): string {
  return new Date(date).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

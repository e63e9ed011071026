/** A download's size in words people read: kilobytes below a megabyte ("77 KB"), else megabytes with one decimal. */
function size(bytes: number, unitOf: number): string {
  return unitOf < 1_000_000 ? `${Math.round(bytes / 1000)}` : (bytes / 1_000_000).toFixed(1);
}

const unit = (of: number) => (of < 1_000_000 ? 'KB' : 'MB');

/** "77 of 151 KB (51%)", or "77 KB received" when the whole size is not known. */
export function downloadProgressText(received: number, total?: number): string {
  if (!total) return `${size(received, received)} ${unit(received)} received`;
  const percent = Math.min(100, Math.round((received / total) * 100));
  return `${size(received, total)} of ${size(total, total)} ${unit(total)} (${percent}%)`;
}

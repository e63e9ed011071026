/** A stored item's text, or null when there is none or the browser will not let it be read. */
export function readItem(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

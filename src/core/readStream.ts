/**
 * Reads a stream of byte chunks into one array. With `limit`, stops as soon as more than `limit`
 * bytes have come: the rest is cancelled unread and `limit + 1` bytes are returned, so a caller
 * tells "too much" by the length (a small hostile input can inflate to gigabytes). `onChunk`
 * hears the running total after each chunk (a download's progress).
 */
export async function readStream(
  stream: ReadableStream<Uint8Array>,
  { limit = Infinity, onChunk }: { readonly limit?: number; readonly onChunk?: (received: number) => void } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    onChunk?.(total);
    if (total > limit) {
      await reader.cancel().catch(() => {});
      break;
    }
  }
  const out = new Uint8Array(Math.min(total, limit + 1));
  let at = 0;
  for (const chunk of chunks) {
    if (at >= out.length) break;
    const part = chunk.subarray(0, out.length - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Tells the 3D view which vertices changed colour, so it updates only those. 'all' means
 * redraw everything (a loaded map, a new body).
 */
type Listener = (vertices: Uint32Array | 'all') => void;
const listeners = new Set<Listener>();

export function onPaintChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announcePaint(vertices: Uint32Array | 'all'): void {
  for (const listener of listeners) listener(vertices);
}

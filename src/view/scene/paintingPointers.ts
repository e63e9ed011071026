/**
 * Pointers that are painting right now. The orbit rig still tracks them, so a second finger
 * landing turns a one-finger stroke into a pinch, but they never turn the view themselves.
 */
export const paintingPointers = new Set<number>();

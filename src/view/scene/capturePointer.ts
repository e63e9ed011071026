/**
 * Captures a pointer on `element`. Browsers throw NotFoundError when the pointer is no longer
 * active (synthetic events, a finger lifted between the event and the call); the gesture then
 * simply goes on uncaptured instead of ending in an uncaught error.
 */
export function capturePointer(element: Element, pointerId: number): boolean {
  try {
    element.setPointerCapture(pointerId);
    return true;
  } catch {
    return false;
  }
}

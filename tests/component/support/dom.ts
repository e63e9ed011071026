/**
 * Fills in what jsdom leaves out and the components reach for: element scrolling (GuidePage
 * scrolls its side panel to the chosen trigger point) and a canvas without WebGL (the 3D view
 * then shows its no-WebGL message, and jsdom does not log "not implemented").
 */
export function stubMissingDom(): void {
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function scrollIntoView() {};
  if (!Element.prototype.scrollTo) Element.prototype.scrollTo = function scrollTo() {};
  HTMLCanvasElement.prototype.getContext = function getContext() {
    return null;
  } as typeof HTMLCanvasElement.prototype.getContext;
}

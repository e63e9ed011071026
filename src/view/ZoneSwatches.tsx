/**
 * The key to what a chosen trigger point draws on the body: its dot and its two kinds of zone.
 * Shared by the legend over the body and the one in a suggestion's details; each adds the muscle.
 */
export function ZoneSwatches() {
  return (
    <>
      <span>
        <span className="swatch marker" /> trigger point
      </span>
      <span>
        <span className="swatch essential" /> usual pain zone
      </span>
      <span>
        <span className="swatch spillover" /> sometimes
      </span>
    </>
  );
}

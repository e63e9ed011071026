import { createPortal } from 'react-dom';
import { useApp } from '../../store/useApp.ts';

/**
 * Names the two bodies on the 3D view while a comparison is open: earlier on the left, later on
 * the right (the scene keeps them that way round from any side). Drawn into the viewport,
 * which lives outside the side panel.
 */
export function CompareLabels({ earlier, later }: { readonly earlier: string; readonly later: string }) {
  const shown = useApp((s) => s.webgl === 'available' && s.body.status === 'ready');
  // The viewport is on the page before any comparison can be opened (this page loads lazily after it).
  const viewport = shown ? document.querySelector('.viewport') : null;
  if (!viewport) return null;
  return createPortal(
    <div className="compare-labels" aria-hidden="true">
      <span>
        <b>Earlier</b> {earlier}
      </span>
      <span>
        <b>Later</b> {later}
      </span>
    </div>,
    viewport,
  );
}

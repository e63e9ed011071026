import { FOOTPRINT_NOTES } from '../../core/anatomy/footprintNotes.ts';
import { muscleById } from '../../core/library/index.ts';
import { useApp } from '../../store/useApp.ts';
import { ZoneSwatches } from '../ZoneSwatches.tsx';

/**
 * What the marks on the body mean while a suggestion or guide is open: the trigger point
 * dot, its pain zones and the muscle's outline, with where a deep muscle lies.
 */
export function BodyLegend() {
  const selected = useApp((s) => s.selected);
  if (!selected) return null;
  const muscle = muscleById(selected.muscle);
  const footprint = FOOTPRINT_NOTES[selected.muscle];
  return (
    <div className="body-legend" role="group" aria-label="What the colours on the body show">
      <ZoneSwatches />
      <span title={footprint.span}>
        <span className={`swatch muscle${footprint.deep ? ' deep' : ''}`} />
        <span>
          {muscle.name} (muscle){footprint.deep && <span className="deep-note">, {footprint.deep}</span>}
        </span>
      </span>
    </div>
  );
}

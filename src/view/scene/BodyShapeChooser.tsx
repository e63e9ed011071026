import { useState } from 'react';
import { BODY_SHAPE_LABELS, BODY_SHAPES, type BodyShape } from '../../core/mesh/bodyShape.ts';
import { chooseBodyShape } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';

/**
 * "Which body is closer to yours?": asked once, answered with one tap, changeable any time from
 * the small button that stays in the corner. The map stays on the same places whatever the shape.
 */
export function BodyShapeChooser() {
  const shape = useApp((s) => s.bodyShape);
  const [open, setOpen] = useState(false);
  const choose = (next: BodyShape) => {
    chooseBodyShape(next);
    setOpen(false);
  };
  if (shape && !open)
    return (
      <button
        type="button"
        className="body-shape-button"
        // The name starts with the visible words (WCAG 2.5.3, label in name).
        aria-label={`Body: ${BODY_SHAPE_LABELS[shape]}. Change the body shape`}
        onClick={() => setOpen(true)}
      >
        Body: {BODY_SHAPE_LABELS[shape]}
      </button>
    );
  return (
    <div className="body-shape-chooser" role="group" aria-labelledby="body-shape-question">
      <p id="body-shape-question">Which body is closer to yours?</p>
      <div className="body-shape-options">
        {BODY_SHAPES.map((option) => (
          <button key={option} type="button" aria-pressed={shape === option} onClick={() => choose(option)}>
            {BODY_SHAPE_LABELS[option]}
          </button>
        ))}
      </div>
      <p className="body-shape-note">Your marks stay in the same places on every body.</p>
    </div>
  );
}

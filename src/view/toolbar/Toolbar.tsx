import { intensityCss } from '../../body/paintColors.ts';
import type { BrushSize } from '../../core/paint/brush.ts';
import { type Tool } from '../../store/appStore.ts';
import { useState } from 'react';
import { clearAll, redo, undo } from '../../store/paintActions.ts';
import { useComparedPair } from '../../store/historyStore.ts';
import { setBrushSize, setIntensity, setTool, showMarksOnly, toggleAtlas } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';

const TOOLS: readonly { id: Tool; label: string; hint: string }[] = [
  { id: 'turn', label: 'Turn', hint: 'Drag to turn the body, pinch or scroll to zoom' },
  { id: 'paint', label: 'Paint', hint: 'Tap to mark a spot, drag to paint an area' },
  { id: 'erase', label: 'Erase', hint: 'Drag over marks to remove them' },
];
const SIZES: readonly { id: BrushSize; label: string }[] = [
  { id: 'small', label: 'S' },
  { id: 'medium', label: 'M' },
  { id: 'large', label: 'L' },
];

/** The painting tools: mode, brush size, intensity, undo/redo/clear and the region atlas. */
export function Toolbar() {
  const tool = useApp((s) => s.tool);
  const brushSize = useApp((s) => s.brushSize);
  const intensity = useApp((s) => s.intensity);
  const canUndo = useApp((s) => s.undo.length > 0);
  const canRedo = useApp((s) => s.redo.length > 0);
  const hasPaint = useApp((s) => s.summary.length > 0);
  const showAtlas = useApp((s) => s.showAtlas);
  const ready = useApp((s) => s.body.status === 'ready');
  const comparing = useComparedPair() !== null;
  // After Clear, say it can be undone, while the map stays empty.
  const [cleared, setCleared] = useState(false);

  return (
    <div className="toolbar" role="toolbar" aria-label="Marking tools">
      {/* Comparing two saved maps shows them instead of the current one: no marking meanwhile. */}
      <fieldset className="toolbar-fields" disabled={comparing}>
        <div className="segmented" role="radiogroup" aria-label="Mode">
          {TOOLS.map((t) => (
            <button key={t.id} type="button" role="radio" aria-checked={tool === t.id} title={t.hint} onClick={() => setTool(t.id)} data-tool={t.id}>
              {t.label}
            </button>
          ))}
        </div>
        <div className="segmented" role="radiogroup" aria-label="Brush size">
          {SIZES.map((s) => (
            <button
              key={s.id}
              type="button"
              role="radio"
              aria-checked={brushSize === s.id}
              aria-label={`${s.label}: ${s.id} brush`}
              onClick={() => setBrushSize(s.id)}
            >
              {s.label}
            </button>
          ))}
        </div>
        <label className="intensity">
          <span className="intensity-label">
            Pain <output style={{ background: intensityCss(intensity) }}>{intensity}</output>
            <span className="visually-hidden">out of 10</span>
            <span className="intensity-note" id="intensity-note">
              for new marks
            </span>
          </span>
          <input
            type="range"
            min={1}
            max={10}
            step={1}
            value={intensity}
            aria-valuetext={`${intensity} out of 10`}
            aria-describedby="intensity-note"
            title="Sets the pain level of the marks you make next; marks already made keep theirs"
            onChange={(e) => setIntensity(Number(e.target.value))}
          />
        </label>
        <div className="actions">
          <button type="button" onClick={undo} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
            ↶
          </button>
          <button type="button" onClick={redo} disabled={!canRedo} aria-label="Redo" title="Redo (Ctrl+Shift+Z)">
            ↷
          </button>
          <button
            type="button"
            onClick={() => {
              clearAll();
              // Nothing marked, nothing to explain: the trigger point and its zones go too.
              showMarksOnly();
              setCleared(true);
            }}
            disabled={!hasPaint}
            className="text-button"
          >
            Clear
          </button>
          <button
            type="button"
            onClick={toggleAtlas}
            aria-pressed={showAtlas}
            disabled={!ready}
            className="text-button"
            title="Show each region in its own colour; tap one to see its name"
          >
            Regions
          </button>
        </div>
      </fieldset>
      {comparing && <p className="toolbar-note">Marking is paused while you compare two saved maps.</p>}
      {cleared && !hasPaint && !comparing && (
        <p className="toolbar-note" role="status">
          All marks cleared. ↶ Undo brings them back.
        </p>
      )}
    </div>
  );
}

import { lazy, Suspense, useEffect, useState } from 'react';
import { regionLabel } from '../../core/regions/regionLabels.ts';
import { appStore, type ViewPreset } from '../../store/appStore.ts';
import { loadBody } from '../../store/loadBody.ts';
import { notify, resetView, showView } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';
import { probeWebGL, webglSupport } from './webglSupport.ts';
import { BodyShapeChooser } from './BodyShapeChooser.tsx';

const BodyScene = lazy(() => import('./BodyScene.tsx'));

/** Contexts lost within this window count together; more than MAX_RECENT_LOSSES and the 3D view is given up. */
const LOSS_WINDOW_MS = 60_000;
const MAX_RECENT_LOSSES = 3;
const losses: number[] = [];

/** The 3D view cannot come back: the app carries on without it, as it does without WebGL, and says so. */
function giveUpOn3D(): void {
  if (appStore.getState().webgl === 'unavailable') return;
  appStore.setState({ webgl: 'unavailable' });
  notify('error', 'The 3D view stopped and could not be restarted. Your marks are safe: see and change them by region name in the region list.');
}

const VIEWS: readonly { id: ViewPreset; label: string }[] = [
  { id: 'front', label: 'Front' },
  { id: 'back', label: 'Back' },
  { id: 'left', label: 'Left side' },
  { id: 'right', label: 'Right side' },
];

/** Which of the patient's sides is on the screen's left and right, for each view. */
const SCREEN_SIDES: Readonly<Record<ViewPreset, readonly [string, string]>> = {
  front: ["Patient's right", "Patient's left"],
  back: ["Patient's left", "Patient's right"],
  left: ['Front', 'Back'],
  right: ['Back', 'Front'],
};

/** The 3D body with its view buttons, loading state, and the no-WebGL and failure messages. */
export function BodyViewport() {
  const body = useApp((s) => s.body);
  const webgl = useApp((s) => s.webgl);
  const probe = useApp((s) => s.probe);
  const facing = useApp((s) => s.facing);
  const [sceneKey, setSceneKey] = useState(0);

  useEffect(() => {
    appStore.setState({ webgl: webglSupport().available ? 'available' : 'unavailable' });
  }, []);

  const onContextLost = () => {
    appStore.setState({ webgl: 'lost' });
    losses.push(Date.now());
    // A fresh renderer re-uploads everything; give the browser a moment to free the old one.
    setTimeout(() => {
      // No new context to be had, or lost again and again: stop trying and offer the region list.
      const recent = losses.filter((t) => Date.now() - t < LOSS_WINDOW_MS).length;
      if (recent > MAX_RECENT_LOSSES || !probeWebGL().available) giveUpOn3D();
      else {
        setSceneKey((k) => k + 1);
        appStore.setState({ webgl: 'available' });
      }
    }, 800);
  };

  const [screenLeft, screenRight] = SCREEN_SIDES[facing];
  const nothingMarked = useApp((s) => s.summary.length === 0);
  const showHint = body.status === 'ready' && webgl === 'available' && nothingMarked && facing === 'front';
  return (
    <section className={`viewport${webgl === 'unavailable' ? ' no-3d' : ''}`} aria-label="3D body">
      {webgl === 'available' && (
        <Suspense fallback={null}>
          <BodyScene key={sceneKey} onContextLost={onContextLost} onFailed={giveUpOn3D} />
        </Suspense>
      )}
      {webgl === 'unavailable' && (
        <div className="viewport-message" role="status">
          <p>
            <strong>This browser cannot show the 3D body</strong> (WebGL is turned off or not available).
          </p>
          <p>You can still mark your pain by region name below and get suggestions.</p>
        </div>
      )}
      {webgl === 'lost' && (
        <div className="viewport-message" role="status">
          <p>The 3D view stopped for a moment. Restoring it…</p>
        </div>
      )}
      {body.status === 'ready' && webgl !== 'unavailable' && <BodyShapeChooser />}
      {body.status === 'loading' && !body.preview && webgl !== 'unavailable' && (
        <div className="viewport-message" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          <p>Loading the body…</p>
        </div>
      )}
      {body.status === 'error' && (
        <div className="viewport-message" role="alert">
          <p>{body.message}</p>
          <p>Your saved marks are safe. Check your connection and try again; meanwhile the warning-sign questions still work.</p>
          <button type="button" className="primary" onClick={() => void loadBody()}>
            Try again
          </button>
        </div>
      )}
      {probe && (
        <div className="probe" style={{ left: probe.x, top: probe.y }} role="status">
          {regionLabel(probe.region)}
        </div>
      )}
      {showHint && (
        <p className="hint" role="note">
          Low back pain? Tap <strong>Back</strong>, then tap or drag where it hurts.
        </p>
      )}
      {webgl !== 'unavailable' && (
        <nav className="views" aria-label="Views">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              onClick={() => showView(v.id)}
              aria-label={v.id === 'left' || v.id === 'right' ? `Patient's ${v.label.toLowerCase()}` : `${v.label} view`}
            >
              {v.label}
            </button>
          ))}
          <button type="button" onClick={resetView}>
            Reset view
          </button>
        </nav>
      )}
      {body.status === 'ready' && webgl === 'available' && (
        <div className="screen-sides" aria-hidden="true">
          <span>◂ {screenLeft}</span>
          <span>{screenRight} ▸</span>
        </div>
      )}
    </section>
  );
}

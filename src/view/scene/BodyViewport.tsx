import { lazy, Suspense, useEffect, useState } from 'react';
import { regionLabel } from '../../core/regions/regionLabels.ts';
import { appStore, type ViewPreset } from '../../store/appStore.ts';
import { loadBody } from '../../store/loadBody.ts';
import { notify, resetView, setTool, showView } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';
import { probeWebGL, webglSupport } from './webglSupport.ts';
import { BodyShapeChooser } from './BodyShapeChooser.tsx';
import { BodyLegend } from './BodyLegend.tsx';
import { downloadProgressText } from './downloadSize.ts';
import { FirstBodyCanvas } from '../firstBody/FirstBodyCanvas.tsx';
import { whenFullBodyDrawn } from './frameProbe.ts';

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

/** Bytes of the body received so far, as a number and (when the size is known) a bar. */
function LoadProgress({ received, total }: { readonly received: number | undefined; readonly total: number | undefined }) {
  if (received === undefined) return <p className="load-progress">Connecting…</p>;
  if (!total) return <p className="load-progress">{downloadProgressText(received)}</p>;
  return (
    <>
      <progress className="load-bar" max={total} value={received} aria-label="Body downloaded" />
      <p className="load-progress">{downloadProgressText(received, total)}</p>
    </>
  );
}

const ZOOM_HINT_KEY = 'painmap:zoom-hint-seen';

/** The zoom hint shows the first time only: once dismissed (or after the first mark) it stays away. */
function useFirstTimeZoomHint(): [boolean, () => void] {
  const [seen, setSeen] = useState(() => {
    try {
      return localStorage.getItem(ZOOM_HINT_KEY) === '1';
    } catch {
      return false;
    }
  });
  const dismiss = () => {
    setSeen(true);
    try {
      localStorage.setItem(ZOOM_HINT_KEY, '1');
    } catch {
      // Storage refused: the hint simply shows again next time.
    }
  };
  return [!seen, dismiss];
}

/** The 3D body with its view buttons, loading state, and the no-WebGL and failure messages. */
export function BodyViewport() {
  const body = useApp((s) => s.body);
  const webgl = useApp((s) => s.webgl);
  const probe = useApp((s) => s.probe);
  const facing = useApp((s) => s.facing);
  const [sceneKey, setSceneKey] = useState(0);
  // The 3D view's code loads once the body worker has drawn the first frame (or will not), so that
  // frame waits for nothing it does not draw; the first frame's canvas goes once the full body is drawn.
  const [sceneWanted, setSceneWanted] = useState(false);
  const firstFrameSettled = body.status === 'ready' || (body.status === 'loading' && body.firstFrame !== undefined);
  if (firstFrameSettled && !sceneWanted) setSceneWanted(true);
  const [fullBodyDrawn, setFullBodyDrawn] = useState(false);
  useEffect(() => whenFullBodyDrawn(() => setFullBodyDrawn(true)), []);

  // main.tsx probes before the first render; a viewport rendered on its own (tests) probes here.
  useEffect(() => {
    if (appStore.getState().webgl === 'unknown') appStore.setState({ webgl: webglSupport().available ? 'available' : 'unavailable' });
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
  const [zoomHint, dismissZoomHint] = useFirstTimeZoomHint();
  const showAtlas = useApp((s) => s.showAtlas);
  // One prompt at a time: the zoom hint waits until the body-shape question is answered.
  const bodyShapeAnswered = useApp((s) => s.bodyShape !== null);
  useEffect(() => {
    if (!nothingMarked && zoomHint) dismissZoomHint();
  }, [nothingMarked, zoomHint, dismissZoomHint]);
  return (
    <section className={`viewport${webgl === 'unavailable' ? ' no-3d' : ''}`} aria-label="3D body">
      {webgl !== 'unavailable' && !fullBodyDrawn && <FirstBodyCanvas />}
      {webgl === 'available' && sceneWanted && (
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
      {/* Asked from the first paint, while the body loads: a choice made meanwhile applies once it is ready. */}
      {body.status !== 'error' && webgl !== 'unavailable' && <BodyShapeChooser />}
      {body.status === 'loading' && body.firstFrame !== 'drawn' && webgl !== 'unavailable' && (
        <div className="viewport-message" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          <p>Loading the body…</p>
          <LoadProgress received={body.received} total={body.total} />
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
      {zoomHint && bodyShapeAnswered && body.status === 'ready' && webgl === 'available' && (
        <p className="zoom-hint" role="note">
          <span>Pinch (or scroll) to zoom in; choose Turn, then drag, to turn the body.</span>
          <button type="button" className="text-button" onClick={dismissZoomHint}>
            Got it
          </button>
        </p>
      )}
      {showAtlas && (
        <div className="atlas-legend" role="note">
          <p>
            <strong>Regions:</strong> each colour is one region (your left lighter, your right darker). Tap one for its name. Marking is paused.
          </p>
          <button type="button" className="text-button" onClick={() => setTool(appStore.getState().tool)}>
            Back to marking
          </button>
        </div>
      )}
      {webgl !== 'unavailable' && (
        <nav className="views" aria-label="Views">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              onClick={() => showView(v.id)}
              aria-pressed={facing === v.id}
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
      {body.status === 'ready' && webgl === 'available' && <BodyLegend />}
      {body.status === 'ready' && webgl === 'available' && (
        <div className="screen-sides" aria-hidden="true">
          <span>◂ {screenLeft}</span>
          <span>{screenRight} ▸</span>
        </div>
      )}
    </section>
  );
}

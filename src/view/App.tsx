import { lazy, Suspense, useEffect } from 'react';
import { redo, undo } from '../store/paintActions.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Notices } from './Notices.tsx';
import { MarksList } from './panels/MarksList.tsx';
import { Questionnaire } from './panels/Questionnaire.tsx';
import { RegionPicker } from './panels/RegionPicker.tsx';
import { SafetyBanner } from './panels/SafetyBanner.tsx';
import { SuggestionsPanel } from './panels/SuggestionsPanel.tsx';
import { useRoute } from './route.ts';
import { BodyViewport } from './scene/BodyViewport.tsx';
import { Toolbar } from './toolbar/Toolbar.tsx';

// Guides are read after marking, so their text loads on demand rather than before first paint.
const GuidePage = lazy(() => import('./guide/GuidePage.tsx').then((m) => ({ default: m.GuidePage })));

function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
}

export function App() {
  const route = useRoute();
  useUndoKeys();
  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href="#/">
          painmap
        </a>
        <span className="tagline">Mark where your low back and hip hurt</span>
      </header>
      <Notices />
      <main className="layout">
        <div className="stage">
          <ErrorBoundary name="The 3D body">
            <BodyViewport />
          </ErrorBoundary>
          <Toolbar />
        </div>
        <div className="side">
          {route.page === 'guide' ? (
            <ErrorBoundary name="The guide">
              <Suspense fallback={<p className="panel muted">Loading the guide…</p>}>
                <GuidePage muscle={route.muscle} trp={route.trp} />
              </Suspense>
            </ErrorBoundary>
          ) : (
            <>
              <ErrorBoundary name="The safety check">
                <SafetyBanner />
              </ErrorBoundary>
              <ErrorBoundary name="The suggestions">
                <SuggestionsPanel />
              </ErrorBoundary>
              <ErrorBoundary name="Your marks">
                <MarksList />
              </ErrorBoundary>
              <ErrorBoundary name="The questions">
                <Questionnaire />
              </ErrorBoundary>
              <ErrorBoundary name="The region list">
                <RegionPicker />
              </ErrorBoundary>
            </>
          )}
        </div>
      </main>
    </div>
  );
}

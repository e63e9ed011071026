import { lazy, Suspense, useEffect } from 'react';
import { redo, undo } from '../store/paintActions.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Notices } from './Notices.tsx';
import { UpdatePrompt } from './UpdatePrompt.tsx';
import { IncomingMapChoice } from './IncomingMapChoice.tsx';
import { MarksList } from './panels/MarksList.tsx';
import { Questionnaire } from './panels/Questionnaire.tsx';
import { RegionPicker } from './panels/RegionPicker.tsx';
import { SafetyBanner } from './panels/SafetyBanner.tsx';
import { WarningSignStep } from './panels/WarningSignStep.tsx';
import { SuggestionsPanel } from './panels/SuggestionsPanel.tsx';
import { KeepYourMap } from './panels/KeepYourMap.tsx';
import { HISTORY_HREF, REPORT_HREF, useRoute, type Route } from './route.ts';
import { importMap } from '../store/transferActions.ts';
import { useApp } from '../store/useApp.ts';
import { revealPageTop } from './reveal.ts';
import { BodyViewport } from './scene/BodyViewport.tsx';
import { Toolbar } from './toolbar/Toolbar.tsx';
import { SheetPeek } from './layout/SheetPeek.tsx';
import { SkipLink } from './layout/SkipLink.tsx';
import { useWide } from './layout/useWide.ts';
import { showGuideBody, useLayout } from '../store/layoutStore.ts';
import { useComparedPair } from '../store/historyStore.ts';

// Guides are read after marking, so their text loads on demand rather than before first paint.
const GuidePage = lazy(() => import('./guide/GuidePage.tsx').then((m) => ({ default: m.GuidePage })));
// The history is opened now and then, so it too loads on demand.
const HistoryPage = lazy(() => import('./history/HistoryPage.tsx').then((m) => ({ default: m.HistoryPage })));
// The report is printed now and then: on demand too, with its print styles.
const ReportPage = lazy(() => import('./report/ReportPage.tsx').then((m) => ({ default: m.ReportPage })));

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

/** Opens a map that arrived in a share link once the body is ready (so it is undoable), then clears it from the address bar. */
function useSharedLink(route: Route): void {
  const ready = useApp((s) => s.body.status === 'ready');
  useEffect(() => {
    if (route.page !== 'shared' || !ready) return;
    void importMap({ link: route.data });
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
    dispatchEvent(new HashChangeEvent('hashchange'));
  }, [route, ready]);
}

export function App() {
  const route = useRoute();
  const webgl = useApp((s) => s.webgl);
  useUndoKeys();
  useEffect(() => {
    if (route.page === 'history' || route.page === 'report') revealPageTop();
  }, [route.page]);
  useSharedLink(route);
  useEffect(() => {
    // The body strip belongs to the guide being read; another page starts without it.
    if (route.page !== 'guide') showGuideBody(false);
  }, [route.page]);
  const wide = useWide();
  const sheet = useLayout((s) => s.sheet);
  const guideBody = useLayout((s) => s.guideBody);
  // Two saved maps compared are shown on the body: on a phone, in the strip above the figures.
  const comparing = useComparedPair() !== null;
  const home = route.page === 'home' || route.page === 'shared';
  // On a phone the sheet's hidden part is out of reach while it peeks: not in the tab order either.
  const sheetHidden = home && !wide && sheet === 'peek';
  return (
    <div
      className="app"
      data-page={home ? 'home' : route.page}
      data-sheet={sheet}
      data-body-strip={(route.page === 'guide' && guideBody) || (route.page === 'history' && comparing) ? 'on' : 'off'}
    >
      <SkipLink />
      <header className="app-header">
        <h1 className="brand">
          <a href="#/">painmap</a>
        </h1>
        <span className="tagline">Mark where your low back and hip hurt</span>
        <nav className="header-nav" aria-label="Pages">
          <a className="header-link" href={HISTORY_HREF} aria-current={route.page === 'history' ? 'page' : undefined}>
            History
          </a>
          <a className="header-link" href={REPORT_HREF} aria-current={route.page === 'report' ? 'page' : undefined}>
            Report
          </a>
        </nav>
      </header>
      <UpdatePrompt />
      <Notices />
      <IncomingMapChoice />
      <main className="layout" id="main" tabIndex={-1}>
        <div className="stage">
          <ErrorBoundary name="The 3D body">
            <BodyViewport />
          </ErrorBoundary>
          {webgl !== 'unavailable' && <Toolbar />}
          {route.page === 'guide' && guideBody && !wide && (
            <button type="button" className="button strip-close" onClick={() => showGuideBody(false)}>
              Hide the body
            </button>
          )}
        </div>
        <div className={`side${home ? ' sheet' : ''}`}>
          {home && !wide && <SheetPeek />}
          <div className="sheet-body" id="sheet-body" inert={sheetHidden}>
            {route.page === 'guide' ? (
              <ErrorBoundary name="The guide">
                <Suspense fallback={<p className="panel muted">Loading the guide…</p>}>
                  <GuidePage muscle={route.muscle} trp={route.trp} side={route.side} />
                </Suspense>
              </ErrorBoundary>
            ) : route.page === 'report' ? (
              <ErrorBoundary name="The report">
                <Suspense fallback={<p className="panel muted">Preparing the report…</p>}>
                  <ReportPage />
                </Suspense>
              </ErrorBoundary>
            ) : route.page === 'history' ? (
              <ErrorBoundary name="The history">
                <Suspense fallback={<p className="panel muted">Loading the history…</p>}>
                  <HistoryPage />
                </Suspense>
              </ErrorBoundary>
            ) : (
              <>
                <ErrorBoundary name="The safety check">
                  <SafetyBanner />
                </ErrorBoundary>
                {/* The answer first; its press and guide steps stay locked until the warning signs just below are answered. */}
                <ErrorBoundary name="The suggestions">
                  <SuggestionsPanel />
                </ErrorBoundary>
                <ErrorBoundary name="The warning signs">
                  <WarningSignStep />
                </ErrorBoundary>
                <ErrorBoundary name="The questions">
                  <Questionnaire />
                </ErrorBoundary>
                <ErrorBoundary name="Your marks">
                  <MarksList />
                </ErrorBoundary>
                <ErrorBoundary name="Keeping your map">
                  <KeepYourMap />
                </ErrorBoundary>
                <ErrorBoundary name="The region list">
                  <RegionPicker />
                </ErrorBoundary>
              </>
            )}
          </div>
        </div>
      </main>
    </div>
  );
}

/**
 * Pieces of the phone journey (issue 11) a person notices: the one-tap "none of these" on the
 * warning-sign step answers only what is open and keeps a "yes"; the guide's "what to do now"
 * names the person's side and appears only once self-help is offered; the report's press-test
 * line names the muscle pressed; Clear takes the chosen trigger point away with the marks.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { RED_FLAG_IDS } from '../../src/core/redFlags.ts';
import { appStore } from '../../src/store/appStore.ts';
import { setRegionIntensity } from '../../src/store/paintActions.ts';
import { select, setPressTest, setRedFlag } from '../../src/store/uiActions.ts';
import { App } from '../../src/view/App.tsx';
import { GuidePage } from '../../src/view/guide/GuidePage.tsx';
import { ReportPage } from '../../src/view/report/ReportPage.tsx';
import { Toolbar } from '../../src/view/toolbar/Toolbar.tsx';
import { flush, freshApp, inStore, loadBody } from './support/body.ts';
import { stubMissingDom } from './support/dom.ts';

let body: BodyMesh;
beforeAll(async () => {
  stubMissingDom();
  body = await loadBody();
});
beforeEach(() => freshApp(body));
afterEach(() => history.replaceState(null, '', '#/'));

function markLeftBeltLine(): void {
  inStore(() => {
    setRegionIntensity('L_iliac_crest', 7);
    setRegionIntensity('L_sij', 6);
    setRegionIntensity('L_sacrum', 5);
  });
}

describe('the one-tap answer on the warning-sign step', () => {
  it('answers every open question "no" and leaves a "yes" as it was', async () => {
    const user = userEvent.setup();
    render(<App />);
    markLeftBeltLine();
    inStore(() => setRedFlag('fever', true));
    await user.click(screen.getByRole('button', { name: `“No” to the ${RED_FLAG_IDS.length - 1} left` }));
    act(() => {});
    const { redFlags, redFlagsNo } = appStore.getState();
    expect(redFlags).toEqual(['fever']);
    expect([...redFlagsNo].sort()).toEqual(RED_FLAG_IDS.filter((id) => id !== 'fever').sort());
    expect(appStore.getState().result.selfHelp).toBe('see_doctor');
  });
});

describe("the guide's summary", () => {
  it('names the chosen side, and shows only once every warning sign is answered "no"', async () => {
    const user = userEvent.setup();
    markLeftBeltLine();
    inStore(() => select({ muscle: 'gluteus_medius', trp: 'gluteus_medius.trp1', side: 'L' }));
    render(<GuidePage muscle="gluteus_medius" trp="trp1" />);
    expect(screen.queryByRole('region', { name: 'What to do now' })).toBeNull();
    await user.click(screen.getByRole('button', { name: /None of these/ }));
    act(() => {});
    const summary = await screen.findByRole('region', { name: 'What to do now' });
    expect(summary.textContent).toMatch(/on your left side/);
    expect(summary.textContent).toMatch(/How long:/);
  });
});

describe('the report', () => {
  it('names the muscle on the press-test line', () => {
    markLeftBeltLine();
    inStore(() => setPressTest('gluteus_medius.trp1', 'L', 'familiar'));
    render(<ReportPage />);
    const answers = screen.getByRole('region', { name: 'Answers' });
    expect(within(answers).getByText(/Pressing trigger points/).parentElement!.textContent).toMatch(
      /Gluteus medius, .+ \(left\): brought on the familiar pain/,
    );
  });
});

describe('Clear', () => {
  it('takes away the chosen trigger point and its zones with the marks', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    markLeftBeltLine();
    inStore(() => select({ muscle: 'gluteus_medius', trp: 'gluteus_medius.trp1', side: 'L' }));
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    flush();
    expect(appStore.getState().summary).toEqual([]);
    expect(appStore.getState().selected).toBeNull();
  });
});

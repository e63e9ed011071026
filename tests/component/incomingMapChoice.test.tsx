import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { appStore } from '../../src/store/appStore.ts';
import { historyStore, initialHistoryState } from '../../src/store/historyStore.ts';
import { initialKeepState, keepStore } from '../../src/store/keepStore.ts';
import { setRegionIntensity } from '../../src/store/paintActions.ts';
import { importMap, shareLink } from '../../src/store/transferActions.ts';
import { toggleSymptom } from '../../src/store/uiActions.ts';
import { IncomingMapChoice } from '../../src/view/IncomingMapChoice.tsx';
import { freshApp, inStore, loadBody } from './support/body.ts';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBody();
});
beforeEach(() => {
  freshApp(body);
  localStorage.clear();
  historyStore.setState(initialHistoryState(), true);
  keepStore.setState(initialKeepState(), true);
});

const marked = () => appStore.getState().summary.map((s) => `${s.region} ${s.intensity}`);

/** A link made from a map with R_calf marked, then opened over the person's own L_sij map. */
async function openLinkOverMine(): Promise<void> {
  inStore(() => setRegionIntensity('R_calf', 4));
  const link = (await shareLink('https://painmap.example/')).split('#/map/')[1]!;
  inStore(() => {
    setRegionIntensity('R_calf', 0);
    setRegionIntensity('L_sij', 6);
    toggleSymptom('walking');
  });
  await act(() => importMap({ link }));
}

describe('a link opened over the person\u2019s map', () => {
  it('asks first, and changes nothing while it asks', async () => {
    render(<IncomingMapChoice />);
    await openLinkOverMine();
    expect(screen.getByRole('dialog', { name: 'You already have a map here' })).toHaveTextContent(/The link holds a map from .* \(1 region marked\)/);
    expect(screen.getByRole('button', { name: 'Keep mine' })).toHaveFocus();
    expect(marked()).toEqual(['L_sij 6']);
  });

  it('opens it on the person\u2019s word and keeps theirs, answers and all, in the history', async () => {
    const user = userEvent.setup();
    render(<IncomingMapChoice />);
    await openLinkOverMine();
    await user.click(screen.getByRole('button', { name: 'Open it (mine goes into History)' }));
    // Its copy of the person's map is compressed and stored first, then the link's map opens.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    inStore(() => {});
    expect(marked()).toEqual(['R_calf 4']);
    const kept = historyStore.getState().entries[0]!.map;
    expect(kept.marks.map((m) => m.region)).toEqual(['L_sij']);
    expect(kept.symptoms).toEqual(['walking']);
  });

  it('keeps the person\u2019s map when they choose it', async () => {
    const user = userEvent.setup();
    render(<IncomingMapChoice />);
    await openLinkOverMine();
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(marked()).toEqual(['L_sij 6']);
  });
});

describe('the choice and the keyboard', () => {
  it('keeps the person\u2019s map on Escape', async () => {
    const user = userEvent.setup();
    render(<IncomingMapChoice />);
    await openLinkOverMine();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(marked()).toEqual(['L_sij 6']);
  });
});

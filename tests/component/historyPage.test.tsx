import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { appStore } from '../../src/store/appStore.ts';
import { HISTORY_KEY } from '../../src/store/historyActions.ts';
import { historyStore, initialHistoryState } from '../../src/store/historyStore.ts';
import { setRegionIntensity, undo } from '../../src/store/paintActions.ts';
import { entryDate } from '../../src/view/history/format.ts';
import { HistoryPage } from '../../src/view/history/HistoryPage.tsx';
import { MarksList } from '../../src/view/panels/MarksList.tsx';
import { freshApp, inStore, loadBody } from './support/body.ts';
import { stubMissingDom } from './support/dom.ts';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBody();
});
stubMissingDom();
beforeEach(() => {
  freshApp(body);
  // The history is read from (emptied) localStorage again when the page opens.
  historyStore.setState(initialHistoryState(), true);
  location.hash = '#/history';
});

const list = () => screen.getByRole('list', { name: 'Saved maps' });
const entries = () => within(list()).getAllByRole('listitem');
const marked = () => Object.fromEntries(appStore.getState().summary.map((s) => [s.region, s.intensity]));

async function save(user: ReturnType<typeof userEvent.setup>, note = ''): Promise<void> {
  const field = screen.getByLabelText('Note (optional)');
  await user.clear(field);
  if (note) await user.type(field, note);
  const before = historyStore.getState().entries.length;
  await user.click(screen.getByRole('button', { name: 'Save this map to history' }));
  // Saving compresses the map's paint first: the entry is listed, and the note cleared, once it is stored.
  await waitFor(() => {
    expect(historyStore.getState().entries).toHaveLength(before + 1);
    expect(field).toHaveValue('');
  });
}

describe('the history page', () => {
  it('saves the map with a note and lists it with its date, note and figures', async () => {
    const user = userEvent.setup();
    render(<HistoryPage />);
    expect(screen.getByText(/No saved maps yet/)).toBeInTheDocument();
    inStore(() => setRegionIntensity('L_sij', 7));
    await save(user, 'after the long drive');

    const [entry] = historyStore.getState().entries;
    const [item] = entries();
    expect(item).toHaveTextContent(entryDate(entry!.map.savedAt));
    expect(item).toHaveTextContent('after the long drive');
    expect(item).toHaveTextContent(/\d\.\d% of the body · peak 7\/10/);
    expect(screen.getByLabelText('Note (optional)')).toHaveValue('');
    expect(JSON.parse(localStorage.getItem(HISTORY_KEY)!)).toHaveLength(1);
  });

  it('lists the newest map first and draws the chart once there are two', async () => {
    const user = userEvent.setup();
    render(<HistoryPage />);
    inStore(() => setRegionIntensity('L_sij', 4));
    await save(user, 'older');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    inStore(() => setRegionIntensity('L_sacrum', 8));
    await save(user, 'newer');
    expect(entries().map((li) => li.querySelector('.entry-note')!.textContent)).toEqual(['newer', 'older']);
    expect(
      screen.getByRole('img', { name: /Extent went from \d\.\d% to \d\.\d% of the body and peak intensity from 4 to 8 over 2 saved maps/ }),
    ).toBeInTheDocument();
  });

  it('deletes an entry, and undo brings it back', async () => {
    const user = userEvent.setup();
    render(<HistoryPage />);
    await save(user, 'keep me');
    await save(user, 'delete me');
    await user.click(within(entries()[0]!).getByRole('button', { name: 'Delete' }));
    expect(entries()).toHaveLength(1);
    expect(list()).not.toHaveTextContent('delete me');
    expect(JSON.parse(localStorage.getItem(HISTORY_KEY)!)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(entries().map((li) => li.querySelector('.entry-note')!.textContent)).toEqual(['delete me', 'keep me']);
  });

  it('shows the comparison figures when two maps are picked', async () => {
    const user = userEvent.setup();
    render(<HistoryPage />);
    inStore(() => setRegionIntensity('L_sij', 7));
    await save(user, 'before');
    inStore(() => {
      setRegionIntensity('L_sij', 3);
      setRegionIntensity('L_sacrum', 5);
    });
    await save(user, 'after');
    await save(user, 'a third');
    expect(screen.queryByRole('region', { name: 'Comparison' })).not.toBeInTheDocument();

    const [third, later, earlier] = entries();
    await user.click(within(later!).getByRole('checkbox'));
    await user.click(within(earlier!).getByRole('checkbox'));
    expect(within(third!).getByRole('checkbox')).toBeDisabled();

    const comparison = screen.getByRole('region', { name: 'Comparison' });
    const [, extent, mean, peak] = within(comparison).getAllByRole('row');
    const [before, after] = within(extent!)
      .getAllByRole('cell')
      .map((c) => parseFloat(c.textContent!));
    expect(after).toBeGreaterThan(before!);
    expect(mean).toHaveTextContent(/Mean intensity\s*7\.0/);
    expect(peak).toHaveTextContent('Peak7/105/10−2');
    expect(within(comparison).getByText(/Overlap of the painted areas/)).toHaveTextContent(/\b([1-9]\d?)%/);
    expect(within(comparison).getByRole('list', { name: 'Better' })).toHaveTextContent('Left sacroiliac joint (SIJ dimple) 7 → 3/10');
    expect(within(comparison).getByRole('list', { name: 'Worse' })).toHaveTextContent('Left sacrum new, 5/10');

    await user.click(within(comparison).getByRole('button', { name: 'Close comparison' }));
    expect(screen.queryByRole('region', { name: 'Comparison' })).not.toBeInTheDocument();
    expect(historyStore.getState().picked).toEqual([]);
  });

  it('closes the comparison and forgets a deleted entry when the page is left', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<HistoryPage />);
    await save(user, 'one');
    await save(user, 'two');
    await save(user, 'three');
    await user.click(within(entries()[0]!).getByRole('button', { name: 'Delete' }));
    for (const item of entries()) await user.click(within(item).getByRole('checkbox'));
    expect(historyStore.getState().picked).toHaveLength(2);
    unmount();
    expect(historyStore.getState().picked).toEqual([]);
    render(<HistoryPage />);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(entries()).toHaveLength(2);
  });

  it('uses a saved map as the starting point: the current map changes, as one undo step', async () => {
    const user = userEvent.setup();
    render(<HistoryPage />);
    inStore(() => setRegionIntensity('L_sij', 7));
    await save(user, 'the one to go back to');
    inStore(() => {
      setRegionIntensity('L_sij', 0);
      setRegionIntensity('R_calf', 3);
    });
    const steps = appStore.getState().undo.length;
    await user.click(within(entries()[0]!).getByRole('button', { name: 'Use as starting point' }));
    // The current map is kept in the history first (its paint compressed), then replaced, then the page turns home.
    await waitFor(() => expect(location.hash).toBe('#/'));
    inStore(() => {});
    expect(marked()).toEqual({ L_sij: 7 });
    expect(appStore.getState().undo).toHaveLength(steps + 1);
    inStore(() => undo());
    expect(marked()).toEqual({ R_calf: 3 });
  });

  it('waits for the body before a saved map can become the starting point', async () => {
    const user = userEvent.setup();
    render(<HistoryPage />);
    inStore(() => setRegionIntensity('L_sij', 7));
    await save(user);
    inStore(() => appStore.setState({ body: { status: 'loading' } }));
    const start = within(entries()[0]!).getByRole('button', { name: 'Use as starting point' });
    expect(start).toBeDisabled();
    inStore(() => appStore.setState({ body: { status: 'ready', mesh: body } }));
    expect(start).toBeEnabled();
  });
});

describe('saving from the marks list', () => {
  it('saves the map to the history from a button under the marks', async () => {
    const user = userEvent.setup();
    render(<MarksList />);
    expect(screen.queryByRole('button', { name: 'Save this map to history' })).not.toBeInTheDocument();
    inStore(() => setRegionIntensity('L_iliac_crest', 6));
    await user.click(screen.getByRole('button', { name: 'Save this map to history' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));
    expect(historyStore.getState().entries).toHaveLength(1);
    expect(historyStore.getState().entries[0]!.map.marks).toEqual([{ region: 'L_iliac_crest', intensity: 6, share: 1 }]);
    expect(screen.getByRole('link', { name: 'See your history' })).toHaveAttribute('href', '#/history');
    inStore(() => setRegionIntensity('L_iliac_crest', 2));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});

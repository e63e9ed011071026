import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { groupRegions, REGION_GROUPS } from '../../src/core/regions/regionGroups.ts';
import { REGION_IDS, regionIndex, type RegionId } from '../../src/core/regions/regionIds.ts';
import { regionLabel } from '../../src/core/regions/regionLabels.ts';
import { appStore } from '../../src/store/appStore.ts';
import { bodyReady } from '../../src/store/bodyActions.ts';
import { beginStroke, dab, endStroke, setRegionIntensity } from '../../src/store/paintActions.ts';
import { MarksList } from '../../src/view/panels/MarksList.tsx';
import { RegionPicker } from '../../src/view/panels/RegionPicker.tsx';
import { freshApp, inStore, loadBody, resetStore } from './support/body.ts';
import { pressOnSelect } from './support/keyboard.ts';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBody();
});
beforeEach(() => freshApp(body));

const controlName = (id: RegionId) => `${regionLabel(id)}: pain intensity`;
const control = (id: RegionId) => screen.getByRole<HTMLSelectElement>('combobox', { name: controlName(id) });
const marked = () => Object.fromEntries(appStore.getState().summary.map((s) => [s.region, s.intensity]));

/** Opens the picker as a person does: its list is built only once it is opened. */
async function openPicker(): Promise<void> {
  act(() => screen.getByText('Mark by region name').click());
  await screen.findByRole('group', { name: REGION_GROUPS[0]!.title });
}

async function renderPicker() {
  const result = render(<RegionPicker />);
  await openPicker();
  return result;
}

async function renderPickerAndMarks() {
  const result = render(
    <>
      <MarksList />
      <RegionPicker />
    </>,
  );
  await openPicker();
  return result;
}

describe('the region picker', () => {
  it('groups the regions by area, each with a patient’s-left and a patient’s-right column', async () => {
    await renderPicker();
    for (const group of REGION_GROUPS) {
      const area = screen.getByRole('group', { name: group.title });
      for (const side of ['L', 'R'] as const) {
        const word = side === 'L' ? 'left' : 'right';
        const column = within(area).getByRole('group', { name: `${group.title}, patient's ${word}` });
        expect(within(column).getByRole('heading', { name: `Patient's ${word}` })).toBeInTheDocument();
        const names = within(column)
          .getAllByRole('combobox')
          .map((select) => select.getAttribute('aria-label'));
        // Every control in the left column is a left region, in the group's order, and so on.
        expect(names).toEqual(groupRegions(group, side).map(controlName));
      }
      for (const id of group.midline) expect(within(area).getByRole('combobox', { name: controlName(id) })).toBeInTheDocument();
    }
  });

  it('has exactly one labelled control, from — to 10, for every one of the 70 regions', async () => {
    await renderPicker();
    expect(REGION_IDS).toHaveLength(70);
    expect(screen.getAllByRole('combobox')).toHaveLength(70);
    for (const id of REGION_IDS) {
      const matches = screen.getAllByRole('combobox', { name: controlName(id) });
      expect(matches, id).toHaveLength(1);
      const options = within(matches[0]!).getAllByRole('option');
      expect(options.map((o) => o.textContent)).toEqual(['—', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      expect(matches[0]).toHaveValue('0');
    }
    // The side is in the name, so a screen reader never hears two controls called the same.
    expect(screen.getByRole('combobox', { name: 'Left belt line (iliac crest): pain intensity' })).not.toBe(
      screen.getByRole('combobox', { name: 'Right belt line (iliac crest): pain intensity' }),
    );
  });

  it('marks a region when a value is chosen, and the marks list shows it', async () => {
    const user = userEvent.setup();
    await renderPickerAndMarks();
    expect(screen.getByText(/Nothing marked yet/)).toBeInTheDocument();

    await user.selectOptions(control('L_iliac_crest'), '7');

    // No manual flush: the app's own once-per-frame refresh brings the summary in.
    await waitFor(() => expect(marked()).toEqual({ L_iliac_crest: 7 }));
    expect(appStore.getState().summary).toEqual([{ region: 'L_iliac_crest', intensity: 7, share: 1 }]);
    const marks = screen.getByRole('region', { name: 'Your marks' });
    expect(within(marks).getByText('Left belt line (iliac crest) — 7/10')).toBeInTheDocument();
    expect(control('L_iliac_crest')).toHaveValue('7');
    expect(control('R_iliac_crest')).toHaveValue('0');
  });

  it('shows marks made on the body: a whole region set through the store, and a partial dab', async () => {
    await renderPicker();
    inStore(() => setRegionIntensity('R_sij', 4));
    expect(control('R_sij')).toHaveValue('4');

    // A few vertices of the left flank painted with the brush: the picker shows the intensity.
    const flank = regionIndex('L_flank');
    const some = Array.from(body.regions.keys())
      .filter((v) => body.regions[v] === flank)
      .slice(0, 12);
    inStore(() => {
      beginStroke();
      dab(some, 5);
      endStroke();
    });
    expect(control('L_flank')).toHaveValue('5');
    expect(control('R_flank')).toHaveValue('0');
    expect(control('R_sij')).toHaveValue('4');
  });

  it('clears a region when — is chosen', async () => {
    const user = userEvent.setup();
    inStore(() => setRegionIntensity('L_iliac_crest', 7));
    await renderPickerAndMarks();
    expect(screen.getByText('Left belt line (iliac crest) — 7/10')).toBeInTheDocument();

    await user.selectOptions(control('L_iliac_crest'), '—');

    await waitFor(() => expect(marked()).toEqual({}));
    expect(control('L_iliac_crest')).toHaveValue('0');
    expect(screen.queryByText(/Left belt line \(iliac crest\) —/)).not.toBeInTheDocument();
    expect(screen.getByText(/Nothing marked yet/)).toBeInTheDocument();
  });

  it('can be used with the keyboard alone: Tab reaches the controls in order and arrow keys set them', async () => {
    const user = userEvent.setup();
    await renderPicker();
    const all = screen.getAllByRole('combobox');
    const target = control('L_iliac_crest');

    // Tab from the top of the page: the summary first, then the controls in reading order.
    const reached: Element[] = [];
    for (let i = 0; i < all.length + 2 && document.activeElement !== target; i++) {
      await user.tab();
      if (document.activeElement instanceof HTMLSelectElement) reached.push(document.activeElement);
    }
    expect(target).toHaveFocus();
    expect(reached).toEqual(all.slice(0, reached.length));

    // One press per frame or slower, as a person types (see the quick-presses test below).
    for (const expected of [1, 2, 3]) {
      await pressOnSelect(user, 'ArrowDown');
      await waitFor(() => expect(marked()).toEqual({ L_iliac_crest: expected }));
    }
    expect(target).toHaveValue('3');
    expect(target).toHaveFocus();

    await pressOnSelect(user, 'End');
    await waitFor(() => expect(marked()).toEqual({ L_iliac_crest: 10 }));
    await pressOnSelect(user, 'Home');
    await waitFor(() => expect(marked()).toEqual({}));
    expect(target).toHaveValue('0');
  });

  // Once a repro: the <select> follows the derived summary, which was recomputed only on the next
  // animation frame, so the old value flashed back and quick arrow presses were lost.
  it('counts every arrow press, however quickly they come, and shows the new value at once', async () => {
    const user = userEvent.setup();
    await renderPicker();
    const target = control('L_iliac_crest');
    act(() => target.focus());
    await pressOnSelect(user, 'ArrowDown');
    expect(target).toHaveValue('1');
    await pressOnSelect(user, 'ArrowDown');
    await pressOnSelect(user, 'ArrowDown');
    await waitFor(() => expect(marked()).toEqual({ L_iliac_crest: 3 }));
    expect(target).toHaveValue('3');
  });

  it('keeps every control disabled, and says why, until the body has loaded', async () => {
    resetStore();
    const user = userEvent.setup();
    await renderPicker();
    expect(screen.getByText('The region list becomes available when the body has loaded.')).toBeInTheDocument();
    for (const select of screen.getAllByRole('combobox')) expect(select).toBeDisabled();
    await user.selectOptions(control('L_iliac_crest'), '7');
    expect(control('L_iliac_crest')).toHaveValue('0');
    expect(appStore.getState().paint).toBeNull();

    act(() => bodyReady(body));
    expect(screen.queryByText('The region list becomes available when the body has loaded.')).not.toBeInTheDocument();
    for (const select of screen.getAllByRole('combobox')) expect(select).toBeEnabled();
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { regionIndex } from '../../src/core/regions/regionIds.ts';
import { appStore } from '../../src/store/appStore.ts';
import { dab, setRegionIntensity } from '../../src/store/paintActions.ts';
import { MarksList } from '../../src/view/panels/MarksList.tsx';
import { flush, freshApp, inStore, loadBody } from './support/body.ts';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBody();
});
beforeEach(() => freshApp(body));

const list = () => screen.getByRole('region', { name: 'Your marks' });
const lines = () =>
  within(list())
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.mark-name')!.textContent);

describe('the marks list', () => {
  it('says nothing is marked yet on an empty map', () => {
    render(<MarksList />);
    expect(within(list()).getByText('Nothing marked yet. Choose Paint, then tap or drag on the body.')).toBeInTheDocument();
    expect(within(list()).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('names each marked region with the patient’s side and its intensity, most intense first', () => {
    render(<MarksList />);
    inStore(() => {
      setRegionIntensity('R_sij', 4);
      setRegionIntensity('L_iliac_crest', 7);
      setRegionIntensity('M_coccyx', 9);
    });
    expect(lines()).toEqual(['Tailbone (coccyx) — 9/10', 'Left belt line (iliac crest) — 7/10', 'Right sacroiliac joint (SIJ dimple) — 4/10']);
    expect(within(list()).queryByText(/Nothing marked yet/)).not.toBeInTheDocument();
  });

  it('says how much of a region is painted when only part of it is', () => {
    render(<MarksList />);
    const flank = regionIndex('L_flank');
    const all = Array.from(body.regions.keys()).filter((v) => body.regions[v] === flank);
    inStore(() => dab(all.slice(0, Math.ceil(all.length / 10)), 5));
    const share = appStore.getState().summary[0]!.share;
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(0.95);
    const [line] = lines();
    expect(line).toBe(`Left side of the waist (flank) — 5/10 · ${Math.max(1, Math.round(share * 100))}% of the area`);
  });

  it('removes a mark with its remove button, named after the region', async () => {
    const user = userEvent.setup();
    render(<MarksList />);
    inStore(() => {
      setRegionIntensity('L_iliac_crest', 7);
      setRegionIntensity('R_iliac_crest', 3);
    });
    await user.click(within(list()).getByRole('button', { name: 'Remove Left belt line (iliac crest)' }));
    flush();
    expect(lines()).toEqual(['Right belt line (iliac crest) — 3/10']);
    expect(appStore.getState().summary.map((s) => s.region)).toEqual(['R_iliac_crest']);
    // One undo step brings it back, as for any other change to the map.
    expect(appStore.getState().undo.length).toBe(3);

    await user.click(within(list()).getByRole('button', { name: 'Remove Right belt line (iliac crest)' }));
    flush();
    expect(within(list()).getByText(/Nothing marked yet/)).toBeInTheDocument();
  });
});

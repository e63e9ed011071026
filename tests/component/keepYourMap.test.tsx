import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { appStore } from '../../src/store/appStore.ts';
import { setRegionIntensity } from '../../src/store/paintActions.ts';
import { setAside } from '../../src/store/setAside.ts';
import { Notices } from '../../src/view/Notices.tsx';
import { exportMap } from '../../src/store/transferActions.ts';
import { KeepYourMap } from '../../src/view/panels/KeepYourMap.tsx';
import { freshApp, inStore, loadBody } from './support/body.ts';
import { stubMissingDom } from './support/dom.ts';

let body: BodyMesh;
beforeAll(async () => {
  stubMissingDom();
  body = await loadBody();
});
beforeEach(() => freshApp(body));

const lastNotice = () => appStore.getState().notices.at(-1)?.text;
const marked = () => appStore.getState().summary.map((s) => `${s.region} ${s.intensity}`);

describe('opening a map file', () => {
  it('opens a map exported earlier', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<KeepYourMap />);
    inStore(() => setRegionIntensity('L_sij', 6));
    const file = new File([(await exportMap()).text], 'painmap.json', { type: 'application/json' });
    inStore(() => setRegionIntensity('L_sij', 0));
    await user.upload(screen.getByLabelText('Map file to open'), file);
    await waitFor(() => expect(lastNotice()).toMatch(/^Opened the map from /));
    inStore(() => {});
    expect(marked()).toEqual(['L_sij 6']);
  });

  it('says what was wrong with a file that is not a map, and keeps the current map', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<KeepYourMap />);
    inStore(() => setRegionIntensity('R_hip_lateral', 4));
    await user.upload(screen.getByLabelText('Map file to open'), new File(['{"hello": 1}'], 'notes.json'));
    await waitFor(() => expect(lastNotice()).toMatch(/could not be opened: .+ Your current map is unchanged\./));
    expect(marked()).toEqual(['R_hip_lateral 4']);
  });

  it('says so when the device cannot read the file, and keeps the current map', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<KeepYourMap />);
    inStore(() => setRegionIntensity('R_hip_lateral', 4));
    const unreadable = new File(['{}'], 'gone.json');
    unreadable.text = () => Promise.reject(new DOMException('The file was moved', 'NotReadableError'));
    await user.upload(screen.getByLabelText('Map file to open'), unreadable);
    await waitFor(() => expect(lastNotice()).toBe('That file could not be read from your device. Your current map is unchanged.'));
    expect(marked()).toEqual(['R_hip_lateral 4']);
  });
});

describe('maps set aside', () => {
  it('lists a set-aside map with why, and restores it on the person\u2019s word', async () => {
    const user = userEvent.setup();
    inStore(() => setRegionIntensity('R_calf', 5));
    const text = (await exportMap()).text;
    inStore(() => setRegionIntensity('R_calf', 0));
    localStorage.clear();
    act(() => void setAside(localStorage, 'map', text, 'Could not be opened: This map was made by a newer version of painmap.'));
    render(<KeepYourMap />);
    const list = screen.getByRole('list', { name: 'Set aside on this device' });
    expect(list).toHaveTextContent(/Saved map, set aside on .*: Could not be opened: This map was made by a newer version/);
    expect(within(list).getByRole('button', { name: /^Download: Saved map/ })).toBeEnabled();
    await user.click(within(list).getByRole('button', { name: /^Restore: Saved map/ }));
    await waitFor(() => expect(lastNotice()).toMatch(/^Opened the map from /));
    inStore(() => {});
    expect(marked()).toEqual(['R_calf 5']);
  });

  it('deletes a set-aside map only on the person\u2019s word, and Undo puts it back as it was', async () => {
    const user = userEvent.setup();
    localStorage.clear();
    const text = '{"not":"a map painmap can read"}';
    act(() => void setAside(localStorage, 'map', text, 'Could not be opened: It is not a painmap map.'));
    render(
      <>
        <KeepYourMap />
        <Notices />
      </>,
    );
    const stored = () => Object.keys(localStorage).filter((k) => k.startsWith('painmap:map:set-aside:'));
    const [key] = stored();
    await user.click(screen.getByRole('button', { name: /^Delete: Saved map, set aside on/ }));
    expect(stored()).toEqual([]);
    expect(screen.queryByRole('list', { name: 'Set aside on this device' })).not.toBeInTheDocument();
    expect(lastNotice()).toMatch(/^Deleted from this device: the saved map, set aside on /);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stored()).toEqual([key]);
    expect(localStorage.getItem(key!)).toBe(text);
    expect(screen.getByRole('list', { name: 'Set aside on this device' })).toHaveTextContent('Could not be opened: It is not a painmap map.');
  });
});

import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import type { Suggestion } from '../../src/core/matcher/types.ts';
import { appStore, EMPTY_RESULT } from '../../src/store/appStore.ts';
import { App } from '../../src/view/App.tsx';
import { freshApp, loadBody } from './support/body.ts';
import { stubMissingDom } from './support/dom.ts';

let body: BodyMesh;
beforeAll(async () => {
  stubMissingDom();
  body = await loadBody();
});
beforeEach(() => freshApp(body));

/** A suggestion naming a muscle the library does not have: the suggestions panel cannot draw it. */
const broken = {
  muscle: 'no_such_muscle',
  trp: 'no_such_muscle.trp1',
  side: 'L',
  score: 0.5,
  explains: [],
  missing: [],
  explainsEssential: [],
  explainsSpillover: [],
  trps: [],
  matchingSymptoms: [],
} as unknown as Suggestion;

describe('one broken panel never blanks the app', () => {
  it('shows a message in place of the broken panel, keeps the rest, and can try again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<App />);
    act(() => appStore.setState({ summary: [{ region: 'L_sij', intensity: 5, share: 1 }], result: { ...EMPTY_RESULT, suggestions: [broken] } }));

    expect(screen.getByRole('alert')).toHaveTextContent('The suggestions could not be shown. Your marks are safe.');
    expect(screen.getByRole('heading', { name: 'Your marks' })).toBeInTheDocument();
    expect(screen.getByText(/Left sacroiliac joint \(SIJ dimple\) — 5\/10/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What makes it worse' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Warning signs first' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '3D body' })).toBeInTheDocument();

    act(() => appStore.setState({ result: EMPTY_RESULT }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('heading', { name: 'What may explain your pain' })).toBeInTheDocument();
  });
});

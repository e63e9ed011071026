import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { trpById } from '../../src/core/library/index.ts';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { appStore } from '../../src/store/appStore.ts';
import { setRegionIntensity } from '../../src/store/paintActions.ts';
import { setRedFlag } from '../../src/store/uiActions.ts';
import { App } from '../../src/view/App.tsx';
import { SafetyBanner } from '../../src/view/panels/SafetyBanner.tsx';
import { SuggestionsPanel } from '../../src/view/panels/SuggestionsPanel.tsx';
import { answerWarningSignsNo, freshApp, inStore, loadBody } from './support/body.ts';
import { stubMissingDom } from './support/dom.ts';

let body: BodyMesh;
beforeAll(async () => {
  stubMissingDom();
  body = await loadBody();
});
// Press tests and guide links show once the warning signs are answered (safetyGate.test.tsx checks the gate).
beforeEach(() => {
  freshApp(body);
  answerWarningSignsNo();
});
afterEach(() => {
  history.replaceState(null, '', '#/');
});

const panel = () => screen.getByRole('region', { name: 'What may explain your pain' });
const cards = () => within(panel()).queryAllByRole('listitem');

/** The belt-line, SIJ and sacrum pattern of gluteus medius TrP1, on the left. */
function markBeltLinePattern(): void {
  inStore(() => {
    setRegionIntensity('L_iliac_crest', 7);
    setRegionIntensity('L_sij', 6);
    setRegionIntensity('L_sacrum', 5);
  });
}

describe('the suggestions panel', () => {
  it('says what to do when nothing is marked, and lists nothing', () => {
    render(<SuggestionsPanel />);
    expect(
      within(panel()).getByText('Mark where it hurts and the muscles whose trigger points send pain there will appear here.'),
    ).toBeInTheDocument();
    expect(cards()).toHaveLength(0);
    expect(within(panel()).queryByRole('link')).not.toBeInTheDocument();
  });

  it('always says it is self-help information, not a diagnosis', () => {
    render(<SuggestionsPanel />);
    expect(within(panel()).getByText('Self-help information, not a diagnosis.')).toBeInTheDocument();
    markBeltLinePattern();
    expect(within(panel()).getByText('Self-help information, not a diagnosis.')).toBeInTheDocument();
    inStore(() => setRedFlag('fever', true));
    expect(within(panel()).getByText('Self-help information, not a diagnosis.')).toBeInTheDocument();
  });

  it('ranks gluteus medius (left) first for belt line, SIJ and sacrum pain, with why and how well it fits', () => {
    render(<SuggestionsPanel />);
    markBeltLinePattern();
    expect(within(panel()).queryByText(/Mark where it hurts/)).not.toBeInTheDocument();

    const list = cards();
    expect(list.length).toBeGreaterThan(1);
    expect(list.length).toBeLessThanOrEqual(5);
    const first = list[0]!;
    expect(within(first).getByText('Gluteus medius (left)')).toBeInTheDocument();
    expect(within(first).getByText('1')).toHaveClass('rank');

    const why = within(first).getByText(/^Fits the pain at your /);
    expect(why.textContent).toMatch(/belt line/);

    // The fit in words on screen, with the number for screen readers, and a bar as long as the score.
    const fit = within(first).getByText(/^(strong|fair|weak) fit/);
    const percent = Number(/(\d+) out of 100/.exec(fit.textContent!)![1]);
    expect(percent).toBeGreaterThan(0);
    expect(percent).toBe(Math.round(appStore.getState().result.suggestions[0]!.score * 100));
    expect(first.querySelector<HTMLElement>('.score-bar')!.style.width).toBe(`${percent}%`);

    // The bars are in ranking order: no card below shows a better fit than the one above.
    const fits = list.map((card) => Number(/(\d+) out of 100/.exec(within(card).getByText(/^(strong|fair|weak) fit/).textContent!)![1]));
    expect([...fits].sort((a, b) => b - a)).toEqual(fits);
  });

  it('says how a press-test answer moved a suggestion in the list', async () => {
    const user = userEvent.setup();
    render(<SuggestionsPanel />);
    markBeltLinePattern();
    const before = appStore.getState().result.suggestions;
    expect(before[3]!.muscle).toBe('iliopsoas');
    await user.click(within(cards()[3]!).getByRole('button', { name: /Iliopsoas/ }));
    await user.click(screen.getByRole('radio', { name: 'Yes, my familiar pain' }));
    inStore(() => {}); // the matcher's next frame

    const after = appStore.getState().result.suggestions;
    const rank = after.findIndex((s) => s.muscle === 'iliopsoas') + 1;
    expect(rank).toBeLessThan(4);
    const ordinal = ['1st', '2nd', '3rd'][rank - 1];
    const fit = (score: number) => Math.round(score * 100);
    expect(screen.getByText(/^Iliopsoas .*: moved from/)).toHaveTextContent(
      `Iliopsoas (psoas and iliacus), left: moved from 4th to ${ordinal}, fit ${fit(before[3]!.score)} → ${fit(after[rank - 1]!.score)}.`,
    );
  });

  it('shows the trigger point and a link to its release guide when a suggestion is chosen', async () => {
    const user = userEvent.setup();
    render(<SuggestionsPanel />);
    markBeltLinePattern();
    const first = cards()[0]!;
    const choose = within(first).getByRole('button', { name: /Gluteus medius \(left\)/ });
    expect(choose).toHaveAttribute('aria-pressed', 'false');
    expect(within(panel()).queryByRole('link', { name: 'Open the release guide' })).not.toBeInTheDocument();

    await user.click(choose);

    expect(choose).toHaveAttribute('aria-pressed', 'true');
    const trp1 = trpById('gluteus_medius.trp1')!;
    expect(within(first).getByText(`${trp1.name}.`)).toBeInTheDocument();
    expect(within(first).getByText(trp1.location.text, { exact: false })).toBeInTheDocument();
    const link = within(first).getByRole('link', { name: 'Open the release guide' });
    expect(link).toHaveAttribute('href', '#/guide/gluteus-medius/trp1/left');
    expect(appStore.getState().selected).toEqual({ muscle: 'gluteus_medius', trp: 'gluteus_medius.trp1', side: 'L' });
    // Only the chosen card opens.
    for (const other of cards().slice(1)) expect(within(other).queryByRole('link')).not.toBeInTheDocument();
  });

  it('puts the warning first and offers no release guide when a red flag is set', async () => {
    const user = userEvent.setup();
    render(<App />);
    markBeltLinePattern();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    inStore(() => setRedFlag('fever', true));
    expect(appStore.getState().result.redFlag).toBe(true);

    const banner = screen.getByRole('alert');
    // Graded as the advice is: a fever is a same-day matter.
    expect(within(banner).getByRole('heading', { name: 'See a doctor today' })).toBeInTheDocument();
    expect(within(banner).getByRole('heading', { name: 'Today: a doctor or NHS 111' })).toBeInTheDocument();
    // Document order: the banner comes before the suggestions (and before anything else in the side panel).
    expect(banner.compareDocumentPosition(panel()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(panel()).getByText(/release guides are not offered: please see a doctor first/)).toBeInTheDocument();

    const first = cards()[0]!;
    await user.click(within(first).getByRole('button', { name: /Gluteus medius \(left\)/ }));
    expect(within(first).getByText(`${trpById('gluteus_medius.trp1')!.name}.`)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open the release guide' })).not.toBeInTheDocument();
    expect(within(panel()).queryAllByRole('link')).toHaveLength(0);

    // Answering "no" instead brings the guide link back.
    inStore(() => setRedFlag('fever', false));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(cards()[0]!).getByRole('link', { name: 'Open the release guide' })).toBeInTheDocument();
  });

  it('leads with seeing a doctor, without guide links, when pain is marked in both legs', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SafetyBanner />
        <SuggestionsPanel />
      </>,
    );
    inStore(() => {
      setRegionIntensity('L_calf', 5);
      setRegionIntensity('R_calf', 5);
    });
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('You marked pain in both legs.');
    expect(banner.compareDocumentPosition(panel()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Gluteus minimus sends pain down to the calf: it is still listed, for the appointment.
    const first = cards()[0]!;
    expect(within(first).getByText(/^Gluteus minimus/)).toBeInTheDocument();
    await user.click(within(first).getAllByRole('button')[0]!);
    const chosen = trpById(appStore.getState().result.suggestions[0]!.trp)!;
    expect(within(first).getByText(`${chosen.name}.`)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open the release guide' })).not.toBeInTheDocument();
  });

  it('shows the emergency heading for a red flag that needs help now', () => {
    render(<SafetyBanner />);
    inStore(() => setRedFlag('saddle_numbness', true));
    const banner = screen.getByRole('alert');
    expect(banner).toHaveClass('emergency');
    expect(within(banner).getByRole('heading', { name: 'Get medical help now' })).toBeInTheDocument();
  });

  it('opens the release guide in the app when the link is followed', async () => {
    const user = userEvent.setup();
    render(<App />);
    markBeltLinePattern();
    await user.click(within(cards()[0]!).getByRole('button', { name: /Gluteus medius \(left\)/ }));
    await user.click(screen.getByRole('link', { name: 'Open the release guide' }));

    await waitFor(() => expect(location.hash).toBe('#/guide/gluteus-medius/trp1/left'));
    const guide = await screen.findByRole('article', { name: 'Gluteus medius: release guide for your LEFT hip' });
    expect(guide.querySelector('#trp-gluteus_medius\\.trp1')).toHaveClass('focused');
    expect(screen.queryByRole('region', { name: 'What may explain your pain' })).not.toBeInTheDocument();

    await user.click(within(guide).getByRole('link', { name: '← Back to your map' }));
    await screen.findByRole('region', { name: 'What may explain your pain' });
  });
});

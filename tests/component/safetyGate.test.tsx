/**
 * The safety gate as a person meets it: no pressing, ball or stretch step anywhere before every
 * warning-sign question is answered, none while any answer is "yes", and the step itself short,
 * answerable and changeable.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { guideFor } from '../../src/core/guides/index.ts';
import { withSide } from '../../src/core/guides/sideWording.ts';
import { PRESS_TEST_STEPS } from '../../src/core/library/cautions.ts';
import { NERVE_QUESTIONS, RED_FLAGS } from '../../src/core/library/redFlagData.ts';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { RED_FLAG_IDS, type RedFlagId } from '../../src/core/redFlags.ts';
import { appStore } from '../../src/store/appStore.ts';
import { setRegionIntensity } from '../../src/store/paintActions.ts';
import { setRedFlag } from '../../src/store/uiActions.ts';
import { App } from '../../src/view/App.tsx';
import { GuidePage } from '../../src/view/guide/GuidePage.tsx';
import { freshApp, inStore, loadBody } from './support/body.ts';
import { stubMissingDom } from './support/dom.ts';

// The whole app renders in jsdom on a shared two-core machine: a generous limit, not a tight one.
vi.setConfig({ testTimeout: 30_000 });

let body: BodyMesh;
beforeAll(async () => {
  stubMissingDom();
  body = await loadBody();
});
beforeEach(() => freshApp(body));
afterEach(() => history.replaceState(null, '', '#/'));

const step = () => screen.getByRole('region', { name: /^Warning signs/ });
const question = (id: RedFlagId) => within(step()).getByRole('radiogroup', { name: RED_FLAGS[id].short });

async function answer(user: ReturnType<typeof userEvent.setup>, id: RedFlagId, value: 'Yes' | 'No'): Promise<void> {
  await user.click(within(question(id)).getByRole('radio', { name: value }));
}

/** Answers every question "no" but those given; a plain click each (userEvent's full pointer sequence is slow for 18). */
function answerAllNo(except: readonly RedFlagId[] = []): void {
  for (const id of RED_FLAG_IDS) if (!except.includes(id)) fireEvent.click(within(question(id)).getByRole('radio', { name: 'No' }));
  act(() => {});
}

function markBeltLine(): void {
  inStore(() => {
    setRegionIntensity('L_iliac_crest', 7);
    setRegionIntensity('L_sij', 6);
    setRegionIntensity('L_sacrum', 5);
  });
}

/** Every press, ball and stretch instruction a page could show, as shown: filled for the left side (the marked side). */
function pressContent(): string[] {
  const guide = withSide(guideFor('gluteus_medius'), 'L');
  return [
    ...PRESS_TEST_STEPS.map((s) => s.text),
    ...guide.sections.flatMap((s) => [s.placement.text, ...s.find.map((f) => f.text.replace(/^\s*\d+\.\s+/, ''))]),
    guide.release.tool.text,
    guide.release.position.text,
    ...guide.stretches.flatMap((s) => s.steps.map((t) => t.replace(/^\s*\d+\.\s+/, ''))),
  ];
}

function expectNoPressContent(): void {
  const text = document.body.textContent ?? '';
  for (const line of pressContent()) expect(text, line).not.toContain(line);
  // Plain DOM queries: role queries over the whole app are slow in jsdom.
  const headings = Array.from(document.querySelectorAll('h2, h3, h4'), (h) => h.textContent?.trim());
  for (const name of ['Test it: press the spot', 'How to find it', 'Where the ball goes', 'How to release it', 'Stretches']) {
    expect(headings, name).not.toContain(name);
  }
  // From the map, no link into a guide at all (the guide's own trigger-point tabs stay).
  const guideLinks = Array.from(document.querySelectorAll('a[href^="#/guide/"]')).filter((a) => !a.closest('.trp-tabs'));
  expect(guideLinks.map((a) => a.textContent)).toEqual([]);
  expect(document.querySelector('.press-test, .dose, .stretch')).toBeNull();
}

async function chooseFirstSuggestion(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  const panel = screen.getByRole('region', { name: 'What may explain your pain' });
  const first = within(panel).getAllByRole('listitem')[0]!;
  await user.click(within(first).getByRole('button', { name: /Gluteus medius \(left\)/ }));
  return first;
}

describe('before the warning signs are answered', () => {
  it('shows what may explain the pain and why, but no press step, only a way to the questions', async () => {
    const user = userEvent.setup();
    render(<App />);
    markBeltLine();
    const first = await chooseFirstSuggestion(user);
    expect(within(first).getByText(/explains|belt|sacrum/i)).toBeInTheDocument();
    expectNoPressContent();

    await user.click(within(first).getByRole('button', { name: 'Answer the warning signs first' }));
    // Focus lands on the first unanswered question.
    expect(document.activeElement).toBe(within(question('saddle_numbness')).getAllByRole('radio')[0]);
  });

  it('asks every question with a yes and a no, none answered yet', () => {
    render(<App />);
    expect(within(step()).getAllByRole('radiogroup')).toHaveLength(RED_FLAG_IDS.length);
    for (const id of RED_FLAG_IDS) {
      const radios = within(question(id)).getAllByRole('radio');
      expect(radios.map((r) => r.getAttribute('value'))).toEqual(['yes', 'no']);
      for (const radio of radios) expect(radio).not.toBeChecked();
    }
    expect(within(step()).getByRole('status')).toHaveTextContent(`0 of ${RED_FLAG_IDS.length}`);
  });

  it('keeps the guide’s finding, ball, release and stretch sections back and shows the step first', () => {
    // A map that suggests gluteus medius on the left, so the guide knows the person's side.
    markBeltLine();
    render(<GuidePage muscle="gluteus_medius" trp="trp1" />);
    const guide = screen.getByRole('article');
    expect(within(guide).getByRole('region', { name: 'Warning signs first' })).toBeInTheDocument();
    expectNoPressContent();
  });

  it('still shows none with all questions but one answered "no"', async () => {
    const user = userEvent.setup();
    render(<App />);
    markBeltLine();
    answerAllNo(['cancer_history']);
    inStore(() => {});
    await chooseFirstSuggestion(user);
    expectNoPressContent();
  });

  it('keeps the step on the guide after a "yes" given there, so the other questions can still be answered', async () => {
    const user = userEvent.setup();
    // A map that suggests gluteus medius on the left, so the guide knows the person's side.
    markBeltLine();
    render(<GuidePage muscle="gluteus_medius" trp="trp1" />);
    await answer(user, 'fever', 'Yes');
    inStore(() => {});
    expect(screen.getByRole('alert')).toHaveTextContent(RED_FLAGS.fever.advice);
    await answer(user, 'chest_pain', 'No');
    expect(appStore.getState().redFlagsNo).toEqual(['chest_pain']);
    expectNoPressContent();
  });
});

describe('answering every question "no"', () => {
  it('offers the press test and the guide, folds the step to one line, and lets answers be changed', async () => {
    const user = userEvent.setup();
    render(<App />);
    markBeltLine();
    answerAllNo();
    inStore(() => {});
    expect(appStore.getState().redFlagsNo).toHaveLength(RED_FLAG_IDS.length);
    expect(appStore.getState().result.selfHelp).toBe('ok');
    // The rows stay after the last answer until Done.
    expect(within(step()).getAllByRole('radiogroup')).toHaveLength(RED_FLAG_IDS.length);
    await user.click(within(step()).getByRole('button', { name: 'Done' }));
    expect(within(step()).getByRole('status')).toHaveTextContent(`All ${RED_FLAG_IDS.length} answered “no”.`);
    const first = await chooseFirstSuggestion(user);
    expect(within(first).getByRole('heading', { name: 'Test it: press the spot' })).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Open the release guide' })).toBeInTheDocument();

    // Changing an answer to "yes" hides the press steps again and leads with what to do.
    await user.click(within(step()).getByRole('button', { name: 'Change answers' }));
    await answer(user, 'weakened_immune_system', 'Yes');
    inStore(() => {});
    expect(appStore.getState().redFlags).toEqual(['weakened_immune_system']);
    expect(appStore.getState().redFlagsNo).not.toContain('weakened_immune_system');
    const banner = screen.getByRole('alert');
    expect(within(banner).getByRole('heading', { name: 'See a doctor today' })).toBeInTheDocument();
    expect(banner).toHaveTextContent(RED_FLAGS.weakened_immune_system.advice);
    expectNoPressContent();
  });

  it('shows the guide’s sections once screened, and hides them all again with a "yes"', () => {
    // A map that suggests gluteus medius on the left, so the guide knows the person's side.
    markBeltLine();
    render(<GuidePage muscle="gluteus_medius" trp="trp1" />);
    answerAllNo();
    inStore(() => {});
    expect(screen.getAllByRole('heading', { name: 'How to find it' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'How to release it' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Stretches' })).toBeInTheDocument();

    inStore(() => setRedFlag('chest_pain', true));
    const banner = screen.getByRole('alert');
    expect(banner).toHaveClass('emergency');
    expect(within(banner).getByRole('heading', { name: 'Now: A&E or emergency services' })).toBeInTheDocument();
    expectNoPressContent();
  });
});

describe('answers that came with the map', () => {
  it('open the step folded to one line, with press steps offered, and the answers can be changed', async () => {
    inStore(() => {
      setRegionIntensity('L_iliac_crest', 7);
      for (const id of RED_FLAG_IDS) setRedFlag(id, false);
    });
    const user = userEvent.setup();
    render(<App />);
    expect(within(step()).queryAllByRole('radiogroup')).toHaveLength(0);
    await user.click(within(step()).getByRole('button', { name: 'Change answers' }));
    expect(within(question('fever')).getByRole('radio', { name: 'No' })).toBeChecked();
  });
});

describe('a "yes" answer', () => {
  it.each(['saddle_numbness', 'new_pain_age_over_50', 'inflammatory_back_pain'] as const)(
    '%s hides every press step and leads with what to do',
    async (id) => {
      const user = userEvent.setup();
      render(<App />);
      markBeltLine();
      answerAllNo([id]);
      await answer(user, id, 'Yes');
      inStore(() => {});
      expect(appStore.getState().result.selfHelp).toBe('see_doctor');
      const banner = screen.getByRole('alert');
      expect(banner).toHaveTextContent(RED_FLAGS[id].advice);
      await chooseFirstSuggestion(user);
      expectNoPressContent();
      expect(screen.queryByRole('button', { name: 'Answer the warning signs first' })).not.toBeInTheDocument();
    },
  );
});

describe('pain drawn below the knee', () => {
  it('puts the numbness and weakness questions first, highlighted', () => {
    render(<App />);
    inStore(() => setRegionIntensity('L_calf', 6));
    const groups = within(step()).getAllByRole('radiogroup');
    expect(groups.slice(0, NERVE_QUESTIONS.length).map((g) => g.getAttribute('aria-labelledby'))).toEqual(NERVE_QUESTIONS.map((id) => `ws-q-${id}`));
    for (const group of groups.slice(0, NERVE_QUESTIONS.length)) expect(group).toHaveClass('prominent');
    for (const group of groups.slice(NERVE_QUESTIONS.length)) expect(group).not.toHaveClass('prominent');
    expect(within(step()).getByText(/below the knee/)).toBeInTheDocument();
  });

  it('keeps the usual order, nothing highlighted, for pain above the knee', () => {
    render(<App />);
    markBeltLine();
    const groups = within(step()).getAllByRole('radiogroup');
    expect(groups[0]!.getAttribute('aria-labelledby')).toBe('ws-q-saddle_numbness');
    for (const group of groups) expect(group).not.toHaveClass('prominent');
  });
});

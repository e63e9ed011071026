import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RED_FLAG_ORDER, RED_FLAGS } from '../../src/core/library/redFlagData.ts';
import { SYMPTOM_IDS, SYMPTOM_LABELS } from '../../src/core/symptoms.ts';
import { appStore } from '../../src/store/appStore.ts';
import { Questionnaire } from '../../src/view/panels/Questionnaire.tsx';
import { SafetyBanner } from '../../src/view/panels/SafetyBanner.tsx';
import { flush, resetStore } from './support/body.ts';

// The answers need no body model: the matcher reads them with or without marks.
beforeEach(() => resetStore());

/** Opens the questions as a person does: they are built once the section is opened. */
async function openQuestions(): Promise<void> {
  act(() => screen.getByText('Warning signs and what makes it worse').click());
  await screen.findByRole('group', { name: 'Warning signs: does any of this apply to you?' });
}

const warningSigns = () => screen.getByRole('group', { name: 'Warning signs: does any of this apply to you?' });
const worseWith = () => screen.getByRole('group', { name: 'What makes the pain worse?' });

describe('the questionnaire', () => {
  it('asks every warning-sign question and every worse-with symptom as a checkbox', async () => {
    render(<Questionnaire />);
    await openQuestions();
    expect(within(warningSigns()).getAllByRole('checkbox')).toHaveLength(RED_FLAG_ORDER.length);
    for (const id of RED_FLAG_ORDER) expect(within(warningSigns()).getByRole('checkbox', { name: RED_FLAGS[id].question })).not.toBeChecked();
    expect(within(worseWith()).getAllByRole('checkbox')).toHaveLength(SYMPTOM_IDS.length);
    for (const id of SYMPTOM_IDS) expect(within(worseWith()).getByRole('checkbox', { name: SYMPTOM_LABELS[id] })).not.toBeChecked();
  });

  it('sets redFlag in the matcher result when a warning sign is ticked, and clears it when unticked', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SafetyBanner />
        <Questionnaire />
      </>,
    );
    await openQuestions();
    expect(appStore.getState().result.redFlag).toBe(false);
    const fever = within(warningSigns()).getByRole('checkbox', { name: RED_FLAGS.fever.question });

    await user.click(fever);

    expect(fever).toBeChecked();
    expect(appStore.getState().redFlags).toEqual(['fever']);
    // The matcher runs on the next frame, as in the app.
    await waitFor(() => expect(appStore.getState().result.redFlag).toBe(true));
    expect(appStore.getState().result.doctorReasons).toEqual([{ type: 'red_flag', id: 'fever' }]);
    expect(screen.getByRole('alert')).toHaveTextContent(RED_FLAGS.fever.advice);
    expect(screen.getByText('1 warning sign ticked: see a doctor first (advice above).')).toBeInTheDocument();

    await user.click(fever);
    await waitFor(() => expect(appStore.getState().result.redFlag).toBe(false));
    expect(fever).not.toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('adds a ticked symptom to the store and takes it away when unticked', async () => {
    const user = userEvent.setup();
    render(<Questionnaire />);
    await openQuestions();
    const walking = within(worseWith()).getByRole('checkbox', { name: 'Walking' });
    const stairs = within(worseWith()).getByRole('checkbox', { name: 'Climbing stairs' });

    await user.click(walking);
    await user.click(stairs);
    expect(appStore.getState().symptoms).toEqual(['walking', 'stairs']);
    expect(walking).toBeChecked();
    expect(stairs).toBeChecked();
    expect(screen.getByText('No warning signs ticked · 2 things make it worse.')).toBeInTheDocument();
    // Symptoms alone are no warning sign.
    flush();
    expect(appStore.getState().result.redFlag).toBe(false);

    await user.click(walking);
    expect(appStore.getState().symptoms).toEqual(['stairs']);
    expect(walking).not.toBeChecked();
  });

  it('can be answered with the keyboard: Space ticks the focused checkbox', async () => {
    const user = userEvent.setup();
    render(<Questionnaire />);
    await openQuestions();
    const box = within(worseWith()).getByRole('checkbox', { name: 'Bending forward' });
    box.focus();
    await user.keyboard(' ');
    expect(box).toBeChecked();
    expect(appStore.getState().symptoms).toEqual(['bending_forward']);
  });
});

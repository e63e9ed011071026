import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SYMPTOM_IDS, SYMPTOM_LABELS } from '../../src/core/symptoms.ts';
import { appStore } from '../../src/store/appStore.ts';
import { Questionnaire } from '../../src/view/panels/Questionnaire.tsx';
import { flush, resetStore } from './support/body.ts';

// The answers need no body model: the matcher reads them with or without marks.
beforeEach(() => resetStore());

/** Opens the questions as a person does: they are built once the section is opened. */
async function openQuestions(): Promise<void> {
  act(() => screen.getByText('What makes it worse').click());
  await screen.findByRole('group', { name: 'What makes the pain worse?' });
}

const worseWith = () => screen.getByRole('group', { name: 'What makes the pain worse?' });

describe('the questionnaire', () => {
  it('asks every worse-with symptom as a checkbox, and no warning sign (those are a step of their own)', async () => {
    render(<Questionnaire />);
    await openQuestions();
    expect(screen.getAllByRole('checkbox')).toHaveLength(SYMPTOM_IDS.length);
    for (const id of SYMPTOM_IDS) expect(within(worseWith()).getByRole('checkbox', { name: SYMPTOM_LABELS[id] })).not.toBeChecked();
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
    expect(screen.getByText('2 things make it worse.')).toBeInTheDocument();
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

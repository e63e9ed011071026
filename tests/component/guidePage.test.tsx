import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guideFor } from '../../src/core/guides/index.ts';
import { MUSCLES, muscleById } from '../../src/core/library/index.ts';
import { SOURCES } from '../../src/core/library/sources.ts';
import { match } from '../../src/core/matcher/match.ts';
import { appStore } from '../../src/store/appStore.ts';
import { GuidePage } from '../../src/view/guide/GuidePage.tsx';
import { answerWarningSignsNo, resetStore } from './support/body.ts';
import { stubMissingDom } from './support/dom.ts';

// The guide needs no body model: it reads the library and the guides only.
stubMissingDom();
// The release steps show once the warning signs are answered (tests/component/safetyGate.test.tsx checks the gate).
beforeEach(() => {
  resetStore();
  answerWarningSignsNo();
});

const section = (trpId: string) => document.getElementById(`trp-${trpId}`);
const before = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

/** The numbers in every "[1, 4]" source reference on the page. */
function citedNumbers(root: HTMLElement): number[][] {
  return Array.from(root.querySelectorAll('sup')).map((sup) => {
    const match = /^\[([\d, ]*)\]$/.exec(sup.textContent ?? '');
    expect(match, `reference "${sup.textContent}"`).not.toBeNull();
    return match![1]!
      .split(',')
      .filter((s) => s.trim() !== '')
      .map(Number);
  });
}

describe('the release guide for gluteus medius, TrP1', () => {
  const muscle = muscleById('gluteus_medius');
  const guide = guideFor('gluteus_medius');

  it('opens on TrP1 and has a section for each of the three trigger points', () => {
    render(<GuidePage side="L" muscle="gluteus_medius" trp="trp1" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Gluteus medius: release guide for your LEFT hip' })).toBeInTheDocument();
    expect(muscle.trps).toHaveLength(3);
    for (const trp of muscle.trps) {
      const region = screen.getByRole('region', { name: trp.name });
      expect(region).toBe(section(trp.id));
      expect(region).toHaveClass('trp-section');
      expect(within(region).getByRole('heading', { name: 'How to find it' })).toBeInTheDocument();
      expect(within(region).getByRole('button', { name: 'Show it on the body' })).toBeInTheDocument();
    }
    expect(section('gluteus_medius.trp1')).toHaveClass('focused');
    expect(section('gluteus_medius.trp2')).not.toHaveClass('focused');
    expect(section('gluteus_medius.trp3')).not.toHaveClass('focused');
    const tabs = screen.getByRole('navigation', { name: 'Trigger points' });
    expect(within(tabs).getByRole('link', { current: true })).toHaveTextContent(muscle.trps[0]!.name);
    expect(
      within(tabs)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#/guide/gluteus-medius/trp1/left', '#/guide/gluteus-medius/trp2/left', '#/guide/gluteus-medius/trp3/left']);
    // Opening the guide shows the trigger point on the body.
    expect(appStore.getState().selected).toEqual({ muscle: 'gluteus_medius', trp: 'gluteus_medius.trp1', side: 'L' });
    expect(appStore.getState().camera.kind).toBe('face');
  });

  it('focuses the trigger point named in the address, and the first one for an unknown name', () => {
    const { unmount } = render(<GuidePage side="L" muscle="gluteus_medius" trp="trp2" />);
    expect(section('gluteus_medius.trp2')).toHaveClass('focused');
    expect(section('gluteus_medius.trp1')).not.toHaveClass('focused');
    expect(appStore.getState().selected?.trp).toBe('gluteus_medius.trp2');
    unmount();
    render(<GuidePage side="L" muscle="gluteus_medius" trp="trp9" />);
    expect(section('gluteus_medius.trp1')).toHaveClass('focused');
  });

  it('puts safety first: "Stop at once if" comes before the first trigger point', () => {
    render(<GuidePage side="L" muscle="gluteus_medius" trp="trp1" />);
    const stop = screen.getByRole('heading', { name: 'Stop at once if' });
    const safety = screen.getByRole('region', { name: 'Stop at once if' });
    const stopList = stop.nextElementSibling as HTMLElement;
    expect(within(stopList).getAllByRole('listitem')).toHaveLength(guide.stopIf.length);
    expect(stopList).toHaveTextContent(guide.stopIf[0]!.text);
    expect(within(safety).getByRole('heading', { name: 'See a doctor or physiotherapist instead if' })).toBeInTheDocument();
    const first = section(guide.sections[0]!.trp)!;
    expect(before(stop, first)).toBe(true);
    for (const trp of muscle.trps) expect(before(safety, section(trp.id)!)).toBe(true);
    expect(before(screen.getByText(/^Self-help information, not a diagnosis\./), stop)).toBe(true);
  });

  it('gives the release dose: hold time in seconds, how hard, and sessions a day', () => {
    render(<GuidePage side="L" muscle="gluteus_medius" trp="trp1" />);
    const release = screen.getByRole('region', { name: 'How to release it' });
    const dose = (term: string) => within(release).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
    const { holdSeconds, sessionsPerDay, discomfortMax } = guide.release;
    // One dose everywhere: about 30 seconds, two or three sessions a day to start.
    expect(dose('How long')).toHaveTextContent('Hold about 30 seconds');
    expect(dose('How long')).not.toHaveTextContent(/90/);
    expect(dose('How often')).toHaveTextContent('Start with 2 to 3 short sessions a day');
    expect([holdSeconds.min, holdSeconds.max, sessionsPerDay.min, sessionsPerDay.max]).toEqual([30, 30, 2, 3]);
    expect(dose('How hard')).toHaveTextContent(`Up to ${discomfortMax.value} out of 10 discomfort`);
    expect(holdSeconds.min).toBeGreaterThan(0);
    expect(holdSeconds.max).toBeGreaterThanOrEqual(holdSeconds.min);
    // The pressure timer offers the dose's range.
    const timer = within(release).getByRole('group', { name: 'Pressure hold timer' });
    const lengths = within(timer)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(lengths[0]).toBe(`${holdSeconds.min} s`);
    expect(lengths.at(-1)).toBe(`${holdSeconds.max} s`);
  });

  it('gives each stretch as numbered steps, numbered once', () => {
    render(<GuidePage side="L" muscle="gluteus_medius" trp="trp1" />);
    const stretches = screen.getByRole('region', { name: 'Stretches' });
    expect(guide.stretches.length).toBeGreaterThan(0);
    for (const stretch of guide.stretches) {
      const heading = within(stretches).getByRole('heading', { level: 4, name: new RegExp(`^${stretch.name.replace(/[()]/g, '\\$&')}`) });
      const block = heading.closest('.stretch') as HTMLElement;
      const list = within(block).getByRole('list');
      expect(list.tagName).toBe('OL');
      const steps = within(list).getAllByRole('listitem');
      expect(steps).toHaveLength(stretch.steps.length);
      // The list does the numbering: no step repeats its own "1." in front.
      for (const step of steps) expect(step.textContent).not.toMatch(/^\s*\d+\.\s/);
      expect(within(block).getByRole('group', { name: `${stretch.name} timer` })).toBeInTheDocument();
    }
  });

  it('numbers its sources, and every [n] on the page is in the list', () => {
    render(<GuidePage side="L" muscle="gluteus_medius" trp="trp1" />);
    const sources = screen.getByRole('region', { name: 'Sources' });
    const list = within(sources).getByRole('list');
    expect(list.tagName).toBe('OL');
    const entries = within(list).getAllByRole('listitem');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.textContent!.trim().length).toBeGreaterThan(10);

    const page = screen.getByRole('article');
    const refs = citedNumbers(page);
    expect(refs.length).toBeGreaterThan(10);
    for (const numbers of refs) {
      expect(numbers.length, 'a reference with no number: "[]"').toBeGreaterThan(0);
      for (const n of numbers) {
        expect(Number.isInteger(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(entries.length);
      }
    }
  });

  it('leads from a statement’s [n] to that statement’s source', () => {
    render(<GuidePage side="L" muscle="gluteus_medius" trp="trp1" />);
    const entries = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('listitem');
    const stopList = screen.getByRole('heading', { name: 'Stop at once if' }).nextElementSibling as HTMLElement;
    const statements = [...guide.stopIf, guide.stretches[0]!];
    const items = [
      ...within(stopList).getAllByRole('listitem'),
      screen.getByRole('heading', { level: 4, name: new RegExp(`^${guide.stretches[0]!.name}`) }),
    ];
    statements.forEach((statement, i) => {
      const [numbers] = citedNumbers(items[i]!);
      const citations = statement.sources.map((key) => SOURCES[key].citation);
      expect(numbers).toHaveLength(new Set(statement.sources).size);
      for (const n of numbers!)
        expect(
          citations.some((c) => entries[n - 1]!.textContent!.startsWith(c)),
          `[${n}] → ${entries[n - 1]!.textContent}`,
        ).toBe(true);
    });
  });

  // Once a repro: the list was built from the whole muscle record, much of which the page never
  // shows, so it listed sources nothing on the page cites and numbered them out of reading order.
  it('lists only the sources the page cites', () => {
    render(<GuidePage side="L" muscle="gluteus_medius" trp="trp1" />);
    const page = screen.getByRole('article');
    const listed = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('listitem').length;
    const cited = new Set(citedNumbers(page).flat());
    const uncited = Array.from({ length: listed }, (_, i) => i + 1).filter((n) => !cited.has(n));
    expect(uncited).toEqual([]);
  });
});

describe('every release guide', () => {
  it.each(MUSCLES.map((m) => [m.name, m] as const))('%s renders, with a section per trigger point and safety first', (_name, muscle) => {
    const { unmount } = render(<GuidePage muscle={muscle.id} side="L" />);
    const page = screen.getByRole('article', { name: `${muscle.name}: release guide for your LEFT ${guideFor(muscle.id).area}` });
    const stop = within(page).getByRole('heading', { name: 'Stop at once if' });
    const sections = page.querySelectorAll('section.trp-section');
    expect(sections).toHaveLength(muscle.trps.length);
    for (const trp of muscle.trps) {
      const s = section(trp.id);
      expect(s, trp.id).not.toBeNull();
      expect(within(s!).getByRole('heading', { level: 3 })).toHaveTextContent(trp.name);
      expect(before(stop, s!)).toBe(true);
    }
    // With no trigger point named, the first is the focused one.
    expect(section(muscle.trps[0]!.id)).toHaveClass('focused');
    const entries = within(within(page).getByRole('region', { name: 'Sources' })).getAllByRole('listitem');
    for (const numbers of citedNumbers(page)) {
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers) expect(n).toBeLessThanOrEqual(entries.length);
    }
    unmount();
  });
});

describe('bringing the guide into view', () => {
  afterEach(() => document.body.replaceChildren());

  function sidePanel({ scrolls }: { scrolls: boolean }): HTMLElement {
    const side = document.createElement('div');
    side.className = 'side';
    if (scrolls) {
      side.style.overflowY = 'auto';
      Object.defineProperty(side, 'scrollHeight', { value: 4000 });
      Object.defineProperty(side, 'clientHeight', { value: 800 });
    }
    document.body.append(side);
    return side;
  }

  /** jsdom has no media queries: answer the layout's one question, "is the screen wide?". */
  function screenIsWide(wide: boolean): void {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('min-width') ? wide : false }) as MediaQueryList);
  }
  afterEach(() => vi.unstubAllGlobals());

  it('opens at the top, safety first, then goes to a trigger point chosen within the guide (wide screens)', () => {
    screenIsWide(true);
    const side = sidePanel({ scrolls: true });
    const scrollTo = vi.spyOn(side, 'scrollTo');
    const scrollIntoView = vi.spyOn(side, 'scrollIntoView');
    const { rerender } = render(<GuidePage side="L" muscle="gluteus_medius" trp="trp2" />, { container: side });
    expect(scrollTo).toHaveBeenCalledTimes(1);
    expect(scrollTo.mock.calls[0]![0]).toEqual({ top: 0 });
    rerender(<GuidePage side="L" muscle="gluteus_medius" trp="trp3" />);
    expect(scrollTo).toHaveBeenCalledTimes(2);
    expect(scrollTo.mock.calls[1]![0]).toEqual({ top: section('gluteus_medius.trp3')!.offsetTop - 8 });
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('brings the top of the guide into view on a phone, where the body sits above it', () => {
    screenIsWide(false);
    const side = sidePanel({ scrolls: false });
    vi.spyOn(side, 'getBoundingClientRect').mockReturnValue({ top: -1200 } as DOMRect);
    const scrollIntoView = vi.spyOn(side, 'scrollIntoView');
    render(<GuidePage side="L" muscle="gluteus_medius" trp="trp1" />, { container: side });
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
  });
});

describe('the hold timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

  it('counts down from the chosen length and says when the time is up', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<GuidePage side="L" muscle="gluteus_medius" trp="trp1" />);
    const timer = screen.getByRole('group', { name: 'Pressure hold timer' });
    const display = timer.querySelector('.timer-display')!;
    expect(display).toHaveTextContent('0:30');

    await user.click(within(timer).getByRole('button', { name: 'Start' }));
    expect(within(timer).getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(within(timer).getByRole('combobox')).toBeDisabled();

    tick(1000);
    expect(display).toHaveTextContent('0:29');
    tick(10_000);
    expect(display).toHaveTextContent('0:19');
    // Laid out from the start (so nothing jumps), but not shown until the time is up.
    expect(within(timer).getByText('Time is up. Ease off slowly.')).not.toBeVisible();

    tick(19_000);
    expect(display).toHaveTextContent('0:00');
    // Said once on screen and once for screen readers.
    expect(within(timer).getAllByText('Time is up. Ease off slowly.')).toHaveLength(2);
    for (const said of within(timer).getAllByText('Time is up. Ease off slowly.')) expect(said).toBeVisible();
    expect(within(timer).getByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(within(timer).getByRole('combobox')).toBeEnabled();

    // Starting again runs the full length again.
    await user.click(within(timer).getByRole('button', { name: 'Start' }));
    tick(1000);
    expect(display).toHaveTextContent('0:29');
  });

  it('pauses, holds its time, and resumes from where it stopped', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<GuidePage side="L" muscle="gluteus_medius" trp="trp1" />);
    const timer = screen.getByRole('group', { name: 'Pressure hold timer' });
    const display = timer.querySelector('.timer-display')!;
    expect(display).toHaveTextContent('0:30');

    await user.click(within(timer).getByRole('button', { name: 'Start' }));
    tick(5000);
    expect(display).toHaveTextContent('0:25');
    await user.click(within(timer).getByRole('button', { name: 'Pause' }));
    expect(within(timer).getByText('Paused with 25 seconds left.')).toBeInTheDocument();
    tick(20_000);
    expect(display).toHaveTextContent('0:25');

    await user.click(within(timer).getByRole('button', { name: 'Resume' }));
    tick(10_000);
    expect(display).toHaveTextContent('0:15');

    await user.click(within(timer).getByRole('button', { name: 'Reset' }));
    expect(display).toHaveTextContent('0:30');
    expect(within(timer).getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });
});

describe('the guide names the person’s side', () => {
  /** A belt-line map on one side: gluteus medius on that side leads. */
  function mapOn(side: 'L' | 'R' | 'B'): void {
    const sides = side === 'B' ? (['L', 'R'] as const) : [side];
    const marks = sides.flatMap((s) => [
      { region: `${s}_iliac_crest` as const, intensity: 7 },
      { region: `${s}_sij` as const, intensity: 6 },
      { region: `${s}_sacrum` as const, intensity: 5 },
    ]);
    const result = match({ marks });
    expect(result.suggestions.find((s) => s.muscle === 'gluteus_medius')?.side).toBe(side);
    appStore.setState({ result });
  }
  afterEach(() => history.replaceState(null, '', '#/'));

  it('says "your RIGHT hip" for a right map, in the title, the steps and on the body, even from an old link without a side', () => {
    mapOn('R');
    render(<GuidePage muscle="gluteus_medius" trp="trp2" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Gluteus medius: release guide for your RIGHT hip');
    const page = screen.getByRole('article');
    expect(page).toHaveTextContent(/lie on your right side on the floor/i);
    expect(page).not.toHaveTextContent(/painful side|good side/i);
    for (const lead of page.querySelectorAll('.stretch-side')) expect(lead).toHaveTextContent('Stretch your RIGHT side.');
    // The marker goes on the right, and the side goes into the address so a reload keeps it.
    expect(appStore.getState().selected).toEqual({ muscle: 'gluteus_medius', trp: 'gluteus_medius.trp2', side: 'R' });
    expect(location.hash).toBe('#/guide/gluteus-medius/trp2/right');
  });

  it('says a two-sided stretch works both sides rather than naming one', () => {
    render(<GuidePage muscle="multifidus" side="R" />);
    const stretch = screen.getByRole('region', { name: 'Stretches' });
    expect(within(stretch).getByText('This stretch works both sides at once.')).toBeInTheDocument();
    expect(within(stretch).queryByText(/Stretch your RIGHT side/)).not.toBeInTheDocument();
  });

  it('follows the side in the link over the map, and keeps it in the trigger point links', () => {
    mapOn('L');
    render(<GuidePage muscle="gluteus_medius" trp="trp1" side="R" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('your RIGHT hip');
    const tabs = within(screen.getByRole('navigation', { name: 'Trigger points' })).getAllByRole('link');
    for (const tab of tabs) expect(tab.getAttribute('href')).toMatch(/\/right$/);
    expect(appStore.getState().selected?.side).toBe('R');
  });

  it('asks which side when neither the link nor the map says, and shows no steps until then', () => {
    render(<GuidePage muscle="gluteus_medius" trp="trp1" />);
    expect(screen.getByText(/Which side is this guide for\?/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My RIGHT side' })).toHaveAttribute('href', '#/guide/gluteus-medius/trp1/right');
    expect(screen.getByRole('link', { name: 'Both sides' })).toHaveAttribute('href', '#/guide/gluteus-medius/trp1/both');
    expect(screen.queryByRole('region', { name: 'How to release it' })).not.toBeInTheDocument();
    expect(appStore.getState().selected).toBeNull();
  });

  it('with both sides marked, says so, marks both sides and switches the steps from left to right', async () => {
    const user = userEvent.setup();
    render(<GuidePage muscle="gluteus_medius" trp="trp1" side="B" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('your LEFT and RIGHT hip');
    expect(screen.getByText(/You marked both sides\. Work one side at a time\./)).toBeInTheDocument();
    expect(appStore.getState().selected?.side).toBe('B');
    const lead = () => document.querySelector('.stretch-side')!;
    expect(lead()).toHaveTextContent(/^Stretch your LEFT side, then your RIGHT side/);
    expect(screen.getByRole('article')).toHaveTextContent(/Rest your left ankle on your right knee/);
    await user.click(screen.getByRole('radio', { name: 'Steps for my RIGHT side' }));
    expect(lead()).toHaveTextContent(/^Stretch your RIGHT side, then your LEFT side/);
    expect(screen.getByRole('article')).toHaveTextContent(/Rest your right ankle on your left knee/);
  });
});

describe('a spot with no ball (quadratus lumborum, just under the lowest rib)', () => {
  const stretch = guideFor('quadratus_lumborum').stretches[0]!;

  it('says so in "What to do now" and gives the stretch instead of pressing', () => {
    render(<GuidePage side="L" muscle="quadratus_lumborum" trp="superficial_upper" />);
    const summary = screen.getByRole('region', { name: 'What to do now' });
    expect(summary).toHaveTextContent(/No ball for this spot: it sits just under your left lowest rib/);
    expect(summary).not.toHaveTextContent(/ball to start with|Press up to|hold \d+ to \d+ seconds, until the soreness eases/);
    expect(summary).toHaveTextContent(`How: the stretch below, \u201c${stretch.name}\u201d`);
    expect(within(section('quadratus_lumborum.superficial_upper')!).getByRole('heading', { name: 'No ball on this spot' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'How to release it' })).toHaveTextContent(/no ball on that spot/);
  });

  it('keeps the pressing steps for the same muscle\u2019s other spots', () => {
    render(<GuidePage side="L" muscle="quadratus_lumborum" trp="superficial_lower" />);
    expect(screen.getByRole('region', { name: 'What to do now' })).toHaveTextContent(/Press up to \d+ out of 10/);
    expect(screen.getByRole('region', { name: 'How to release it' })).not.toHaveTextContent(/no ball on that spot/);
  });
});

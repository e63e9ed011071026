import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * How the phone layout is arranged: the body fills the screen, the answer sits in a bottom
 * sheet that peeks (the top suggestion) or is open (everything), and a guide may show the body
 * in a strip above the step being read. Wide screens put the body beside the panels and ignore it.
 */
export interface LayoutState {
  readonly sheet: 'peek' | 'open';
  /** The guide's body strip (phone): on after "Show it on the body", until hidden. */
  readonly guideBody: boolean;
}

export const layoutStore = createStore<LayoutState>()(() => ({ sheet: 'peek', guideBody: false }));

export function useLayout<T>(selector: (state: LayoutState) => T): T {
  return useStore(layoutStore, selector);
}

export function setSheet(sheet: LayoutState['sheet']): void {
  layoutStore.setState({ sheet });
}

export function showGuideBody(on: boolean): void {
  layoutStore.setState({ guideBody: on });
}

/**
 * Saved-map migrations, oldest first (house style: tldraw's record migrations). Each step takes
 * a document of version `from` and returns one of version `from + 1`; restoreMap runs every step
 * a document needs. Every step has a before/after test, and a test checks that each one ran.
 */
export interface Migration {
  readonly id: string;
  readonly from: number;
  readonly up: (document: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    // Version 2 (issue #6) keeps press-to-test answers and an optional note with the map.
    id: 'AddPressTestsAndNote',
    from: 1,
    up: (document) => ({ ...document, schemaVersion: 2, pressTests: {} }),
  },
];

/** Brings a document up to `target`, step by step; throws if a step is missing. */
export function migrate(document: Record<string, unknown>, version: number, target: number): Record<string, unknown> {
  let current = document;
  for (let v = version; v < target; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from version ${v}`);
    current = step.up(current);
  }
  return current;
}

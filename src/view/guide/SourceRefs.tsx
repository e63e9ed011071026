import { createContext, useContext } from 'react';
import type { SourceKey } from '../../core/library/sources.ts';

/** Every `sources` list found in the given data, numbered in order of first appearance. */
export function numberSources(...data: readonly unknown[]): ReadonlyMap<SourceKey, number> {
  const numbers = new Map<SourceKey, number>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(child)) {
          for (const source of child as SourceKey[]) if (!numbers.has(source)) numbers.set(source, numbers.size + 1);
        } else walk(child);
      }
    }
  };
  data.forEach(walk);
  return numbers;
}

export const SourceContext = createContext<ReadonlyMap<SourceKey, number>>(new Map());

/** Superscript source numbers after a statement: [1, 4]. */
export function Refs({ sources }: { readonly sources: readonly SourceKey[] }) {
  const numbers = useContext(SourceContext);
  const list = [...new Set(sources.map((key) => numbers.get(key) ?? 0))].filter((n) => n > 0).sort((a, b) => a - b);
  return (
    <sup className="refs" title={`Sources ${list.join(', ')}`}>
      [{list.join(', ')}]
    </sup>
  );
}

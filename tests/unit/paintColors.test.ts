import { BufferAttribute } from 'three';
import { describe, expect, it } from 'vitest';
import { writePaintColors } from '../../src/body/paintColors.ts';

describe('writing paint colours for the GPU', () => {
  it('keeps every change of a frame for upload, not only the last (several dabs between two frames)', () => {
    const values = new Uint8Array(100);
    const colors = new BufferAttribute(new Uint8Array(300), 3, true);
    values[10] = 7;
    writePaintColors(colors, values, [10]);
    values[80] = 3;
    writePaintColors(colors, values, [80]);
    const covered = (v: number) => colors.updateRanges.some((r) => r.start <= 3 * v && 3 * v + 3 <= r.start + r.count);
    expect(covered(10)).toBe(true);
    expect(covered(80)).toBe(true);
  });

  it('uploads the whole attribute after a full rewrite', () => {
    const colors = new BufferAttribute(new Uint8Array(30), 3, true);
    writePaintColors(colors, new Uint8Array(10), [2]);
    writePaintColors(colors, new Uint8Array(10), 'all');
    expect(colors.updateRanges).toEqual([]);
    expect(colors.version).toBeGreaterThan(0);
  });
});

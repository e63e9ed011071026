import { describe, expect, it } from 'vitest';
import { PaintLayer, StrokeRecord } from '../../src/core/paint/paintLayer.ts';
import { regionIndex } from '../../src/core/regions/regionIds.ts';

/** A tiny body: four vertices in L_sij (areas 1, 1, 2, 4) and two in R_sij (area 1 each). */
function tinyBody() {
  const sij = regionIndex('L_sij');
  const right = regionIndex('R_sij');
  return {
    vertexCount: 6,
    regions: Uint8Array.from([sij, sij, sij, sij, right, right]),
    areas: Float32Array.from([1, 1, 2, 4, 1, 1]),
  };
}

describe('the paint layer and its region summary', () => {
  it('reports nothing for an unpainted body', () => {
    expect(new PaintLayer(tinyBody()).summary()).toEqual([]);
  });

  it('reports the highest intensity and the painted share of skin area', () => {
    const layer = new PaintLayer(tinyBody());
    layer.paint([0, 1], 3);
    layer.paint([2], 7);
    const [sij] = layer.summary();
    expect(sij).toMatchObject({ region: 'L_sij', intensity: 7 });
    expect(sij!.share).toBeCloseTo(4 / 8);
  });

  it('counts area, not vertices', () => {
    const layer = new PaintLayer(tinyBody());
    layer.paint([3], 5);
    expect(layer.summary()[0]!.share).toBeCloseTo(4 / 8);
  });

  it('forgets a region once its paint is erased', () => {
    const layer = new PaintLayer(tinyBody());
    layer.paint([0, 4], 6);
    layer.paint([0], 0);
    expect(layer.summary().map((s) => s.region)).toEqual(['R_sij']);
  });

  it('undoes and redoes a change exactly', () => {
    const layer = new PaintLayer(tinyBody());
    layer.paint([0, 1, 2], 4);
    const change = layer.paint([1, 2, 3], 9)!;
    layer.apply(change, 'backward');
    expect(Array.from(layer.values)).toEqual([4, 4, 4, 0, 0, 0]);
    layer.apply(change, 'forward');
    expect(Array.from(layer.values)).toEqual([4, 9, 9, 9, 0, 0]);
    expect(layer.summary()[0]!.intensity).toBe(9);
  });

  it('returns no change when nothing changes', () => {
    const layer = new PaintLayer(tinyBody());
    layer.paint([0], 5);
    expect(layer.paint([0], 5)).toBeUndefined();
  });

  it('merges the dabs of one stroke into one undoable change', () => {
    const layer = new PaintLayer(tinyBody());
    layer.paint([3], 2);
    const record = new StrokeRecord();
    record.add(layer.paint([0, 1], 5)!);
    record.add(layer.paint([1, 2, 3], 8)!);
    const stroke = record.finish(layer.values)!;
    expect(Array.from(stroke.vertices)).toEqual([0, 1, 2, 3]);
    expect(Array.from(stroke.before)).toEqual([0, 0, 0, 2]);
    expect(Array.from(stroke.after)).toEqual([5, 8, 8, 8]);
    layer.apply(stroke, 'backward');
    expect(Array.from(layer.values)).toEqual([0, 0, 0, 2, 0, 0]);
  });

  it('leaves out of a stroke what the stroke painted and then erased', () => {
    const layer = new PaintLayer(tinyBody());
    const record = new StrokeRecord();
    record.add(layer.paint([0, 1], 5)!);
    record.add(layer.paint([1], 0)!);
    expect(Array.from(record.finish(layer.values)!.vertices)).toEqual([0]);
    record.add(layer.paint([0], 0)!);
    expect(record.finish(layer.values)).toBeUndefined();
  });

  it('clamps intensities to the 0–10 scale', () => {
    const layer = new PaintLayer(tinyBody());
    layer.paint([0], 14);
    expect(layer.values[0]).toBe(10);
  });
});

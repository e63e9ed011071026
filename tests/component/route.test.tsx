import { describe, expect, it } from 'vitest';
import { MUSCLES } from '../../src/core/library/index.ts';
import { guideHref, parseRoute } from '../../src/view/route.ts';

describe('addresses of the pages', () => {
  it('reads a guide address into its muscle and trigger point', () => {
    expect(parseRoute('#/guide/gluteus-medius/trp1')).toEqual({ page: 'guide', muscle: 'gluteus_medius', trp: 'trp1' });
    expect(parseRoute('#/guide/gluteus-medius')).toEqual({ page: 'guide', muscle: 'gluteus_medius' });
    expect(parseRoute('#/guide/gluteus-medius/')).toEqual({ page: 'guide', muscle: 'gluteus_medius' });
    expect(parseRoute('#/guide/quadratus-lumborum/deep-upper')).toEqual({ page: 'guide', muscle: 'quadratus_lumborum', trp: 'deep_upper' });
  });

  it('reads the side of a guide address, and still opens old addresses without one', () => {
    expect(parseRoute('#/guide/gluteus-medius/trp1/right')).toEqual({ page: 'guide', muscle: 'gluteus_medius', trp: 'trp1', side: 'R' });
    expect(parseRoute('#/guide/gluteus-medius/trp2/left')).toEqual({ page: 'guide', muscle: 'gluteus_medius', trp: 'trp2', side: 'L' });
    expect(parseRoute('#/guide/piriformis/lateral-medial/both/')).toEqual({ page: 'guide', muscle: 'piriformis', trp: 'lateral_medial', side: 'B' });
    expect(parseRoute('#/guide/gluteus-medius/right')).toEqual({ page: 'guide', muscle: 'gluteus_medius', side: 'R' });
    expect(parseRoute('#/guide/gluteus-medius/trp1')).toEqual({ page: 'guide', muscle: 'gluteus_medius', trp: 'trp1' });
    expect(parseRoute('#/guide/gluteus-medius/trp1/middle')).toEqual({ page: 'home' });
    expect(parseRoute('#/guide/gluteus-medius/trp1/right/extra')).toEqual({ page: 'home' });
  });

  it('writes guide addresses with the side, which read back', () => {
    expect(guideHref('gluteus_medius', 'trp1', 'R')).toBe('#/guide/gluteus-medius/trp1/right');
    expect(guideHref('gluteus_medius', undefined, 'B')).toBe('#/guide/gluteus-medius/both');
    for (const muscle of MUSCLES)
      for (const trp of muscle.trps)
        for (const side of ['L', 'R', 'B'] as const) {
          const name = trp.id.split('.')[1]!;
          expect(parseRoute(guideHref(muscle.id, name, side))).toEqual({ page: 'guide', muscle: muscle.id, trp: name, side });
        }
  });

  it('goes home for the home address, an unknown muscle or anything else', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#/guide',
      '#/guide/',
      '#/guide/biceps/trp1',
      '#/guide/gluteus_medius/trp1',
      '#/guide/gluteus-medius/trp1/extra',
      '#/somewhere',
      'gluteus-medius',
    ]) {
      expect(parseRoute(hash), hash).toEqual({ page: 'home' });
    }
  });

  it('writes addresses that read back to every trigger point of every muscle', () => {
    expect(guideHref('gluteus_medius', 'trp1')).toBe('#/guide/gluteus-medius/trp1');
    expect(guideHref('tensor_fasciae_latae')).toBe('#/guide/tensor-fasciae-latae');
    for (const muscle of MUSCLES) {
      expect(parseRoute(guideHref(muscle.id))).toEqual({ page: 'guide', muscle: muscle.id });
      for (const trp of muscle.trps) {
        const name = trp.id.split('.')[1]!;
        const href = guideHref(muscle.id, name);
        expect(href).not.toMatch(/_/);
        expect(parseRoute(href), href).toEqual({ page: 'guide', muscle: muscle.id, trp: name });
      }
    }
  });
});

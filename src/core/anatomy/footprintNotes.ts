import type { SourceKey } from '../library/sources.ts';
import type { MuscleId } from '../library/types.ts';

/**
 * What painmap says about each muscle's footprint (footprints.ts draws it): where it runs, in
 * plain words; what covers it when it lies deep; and where the anatomy comes from. Kept apart
 * from the outlines so the legend can name them without loading the drawing code.
 */
export interface FootprintNote {
  /** Where it runs, in plain words: "a fan from the outer iliac crest to ...". */
  readonly span: string;
  /** For muscles that lie under others: what covers them, e.g. "deep: under gluteus maximus". */
  readonly deep?: string;
  readonly sources: readonly SourceKey[];
}

const GLUTEAL_SOURCES = ['openstax-ap2e-hip'] as const satisfies readonly SourceKey[];
const BACK_SOURCES = ['openstax-ap2e-back', 'ts1-ch48', 'namtpt-paraspinals'] as const satisfies readonly SourceKey[];

export const FOOTPRINT_NOTES: Readonly<Record<MuscleId, FootprintNote>> = {
  gluteus_maximus: {
    span: 'The whole buttock: from the back of the hip bone, the edge of the sacrum and the tailbone, down and out to the top of the thigh bone and the band down the outer thigh.',
    sources: [...GLUTEAL_SOURCES, 'ts2-ch7', 'brainscape-trp-location'],
  },
  gluteus_medius: {
    span: 'A fan from the outer iliac crest to the bony bump at the side of the hip (the greater trochanter); its back part lies under gluteus maximus.',
    sources: [...GLUTEAL_SOURCES, 'hubbard-gluteus-medius', 'triggerpoints3d-gluteus-medius'],
  },
  gluteus_minimus: {
    span: 'A smaller fan under gluteus medius, from the outer hip bone below the crest to the front of the bony bump at the side of the hip.',
    deep: 'deep: under gluteus medius',
    sources: [...GLUTEAL_SOURCES, 'stuart-hinds-gluteus-minimus', 'kent-gluteus-minimus-2011'],
  },
  piriformis: {
    span: 'A band across the middle of the buttock, from the edge of the sacrum out to the top of the bony bump at the side of the hip.',
    deep: 'deep: under gluteus maximus',
    sources: [...GLUTEAL_SOURCES, 'musclepain-piriformis'],
  },
  tensor_fasciae_latae: {
    span: 'A short muscle at the front-outer hip, from the bony point at the front of the hip (ASIS) down into the band on the outer thigh.',
    sources: [...GLUTEAL_SOURCES, 'finando-tfl', 'nielasher-tfl'],
  },
  iliopsoas: {
    span: 'From beside the lower spine (psoas) and the inside of the hip bone (iliacus), down through the groin to the top of the inner thigh bone.',
    deep: 'deep: behind the belly, then under the groin crease',
    sources: ['openstax-ap2e-hip', 'nielasher-psoas', 'parker-iliopsoas'],
  },
  quadratus_lumborum: {
    span: 'In the waist beside the spine, from the back of the iliac crest up to the lowest rib.',
    deep: 'deep: under the long back muscles',
    sources: ['openstax-ap2e-abdomen', 'nielasher-ql', 'chihealth-ql'],
  },
  iliocostalis_lumborum: {
    span: 'The outer column of the long back muscles, from the back of the iliac crest up to the lower ribs.',
    sources: BACK_SOURCES,
  },
  iliocostalis_thoracis: {
    span: 'The outer column of the long back muscles over the ribs, from the lower ribs up to the upper ribs.',
    sources: BACK_SOURCES,
  },
  longissimus_thoracis: {
    span: 'The middle column of the long back muscles, a couple of finger-widths from the spine, from the sacrum up to the ribs.',
    sources: BACK_SOURCES,
  },
  multifidus: {
    span: 'Close beside the spine, from the sacrum up through the low back.',
    deep: 'deep: against the spine, under the long back muscles',
    sources: BACK_SOURCES,
  },
  rectus_abdominis: {
    span: 'A strap down the front of the belly beside the midline, from the lower ribs and the bottom of the breastbone to the pubic bone.',
    sources: ['openstax-ap2e-abdomen'],
  },
};

import type { Muscle, SourcedText, TriggerPoint } from '../types.ts';

/**
 * Symptoms sourced for quadratus lumborum (clinical-facts §6): what makes the pain worse. Pain on
 * coughing or sneezing is left out on purpose: it is a red flag (urgent advice), never evidence
 * for a trigger point. Bending, twisting and lifting awkward loads are listed by the sources as
 * causes, not as what makes the pain worse, so they are not symptoms here (the guide lists them
 * under what sets it off).
 */
const QL_SYMPTOMS: TriggerPoint['symptoms'] = [
  { id: 'turning_in_bed', sources: ['namtpt-quadratus-lumborum', 'galantdesign-ts'] },
  { id: 'rising_from_sitting', sources: ['namtpt-quadratus-lumborum', 'galantdesign-ts'] },
];

const COUGH_IS_A_RED_FLAG: SourcedText = {
  text: 'Some pages list pain on coughing or sneezing for this muscle. Back pain made worse by coughing, sneezing or straining is also a reason to get medical advice the same day, so painmap never counts it as a sign of a trigger point.',
  sources: ['namtpt-quadratus-lumborum', 'redflagsymptoms-back-pain', 'sheffield-msk-back-pain'],
};

const QL_BEHAVIOUR: SourcedText = {
  text: 'A deep ache at rest that turns sharp when you move, trouble turning over in bed or standing up straight, and sitting made easier by leaning on the chair arms all fit this muscle. In bad cases people crawl on hands and knees.',
  sources: ['namtpt-quadratus-lumborum', 'galantdesign-ts'],
};

const BOTH_SIDES_CHECK: SourcedText = {
  text: 'When one side is involved, the other side tends to be overloaded too, so it is worth checking both.',
  sources: ['wellbeingnaturally-ql'],
};

export const quadratusLumborum: Muscle = {
  id: 'quadratus_lumborum',
  name: 'Quadratus lumborum',
  summary: {
    text: 'A flat, deep muscle in the waist on each side, between the lowest rib and the top of the hip bone, beside the spine. It lies under the long back muscles and is best reached from the side, lying on your other side.',
    sources: ['nielasher-ql', 'rejuvenationhealth-ql', 'chihealth-ql'],
  },
  prevalence: {
    min: 30,
    max: 55,
    sources: ['monclus-diez-2025', 'iglesias-gonzalez-2013'],
  },
  trps: [
    {
      id: 'quadratus_lumborum.superficial_upper',
      muscle: 'quadratus_lumborum',
      name: 'Outer, upper (below the lowest rib)',
      location: {
        text: 'In the outer edge of the muscle at the side of the waist, just below the lowest rib.',
        sources: ['fitness-vip-lower-torso', 'ts2-ch4', 'brainscape-trp-location'],
      },
      marker: [0.1, 1.08, -0.017],
      sitsIn: ['flank'],
      zones: {
        essential: ['iliac_crest'],
        spillover: ['abdomen_lower', 'groin'],
        sources: ['fitness-vip-lower-torso', 'ts2-ch4', 'brainscape-trp-referral', 'galantdesign-ts', 'aberdeen-ql'],
        uncertain: 'Rare pain in the testicle, scrotum or labia, reported by practitioner pages, is counted under the groin.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain along the top of the hip bone, sometimes running forward into the lower belly and the groin, points to this spot.',
          sources: ['fitness-vip-lower-torso', 'ts2-ch4', 'brainscape-trp-referral', 'galantdesign-ts'],
        },
        QL_BEHAVIOUR,
        COUGH_IS_A_RED_FLAG,
        BOTH_SIDES_CHECK,
      ],
      symptoms: QL_SYMPTOMS,
      depth: 'deep',
    },
    {
      id: 'quadratus_lumborum.superficial_lower',
      muscle: 'quadratus_lumborum',
      name: 'Outer, lower (above the hip bone)',
      location: {
        text: 'In the outer edge of the muscle at the side of the waist, just above the top of the hip bone.',
        sources: ['fitness-vip-lower-torso', 'ts2-ch4', 'brainscape-trp-location'],
      },
      marker: [0.1, 1.02, -0.019],
      sitsIn: ['flank'],
      zones: {
        essential: ['hip_lateral'],
        spillover: ['thigh_lateral_upper'],
        sources: ['fitness-vip-lower-torso', 'ts2-ch4', 'brainscape-trp-referral'],
        uncertain: 'One page adds a rare lightning-like jolt down the outer thigh to the kneecap, which is not listed here.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain at the bony bump on the side of the hip together with pain in the waist or along the top of the hip bone points to this muscle rather than the buttock muscles.',
          sources: ['fitness-vip-lower-torso', 'brainscape-trp-referral', 'galantdesign-ts'],
        },
        {
          text: 'The side of the hip can become tender to touch, which can disturb sleep.',
          sources: ['namtpt-quadratus-lumborum', 'galantdesign-ts'],
        },
        QL_BEHAVIOUR,
        COUGH_IS_A_RED_FLAG,
      ],
      symptoms: QL_SYMPTOMS,
      depth: 'deep',
    },
    {
      id: 'quadratus_lumborum.deep_upper',
      muscle: 'quadratus_lumborum',
      name: 'Inner, upper (level with the third lumbar vertebra)',
      location: {
        text: 'Deep in the inner part of the muscle, next to the spine at about the level of the third lumbar vertebra, a little above the top of the hip bone, under the long back muscles.',
        sources: ['fitness-vip-lower-torso', 'ts2-ch4', 'brainscape-trp-location'],
      },
      marker: [0.05, 1.05, -0.036],
      sitsIn: ['lumbar_paraspinal_upper'],
      zones: {
        essential: ['sij'],
        spillover: ['sacrum'],
        sources: ['fitness-vip-lower-torso', 'ts2-ch4', 'brainscape-trp-referral'],
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain over the dimple at the back of the pelvis (the sacroiliac joint) with a deep ache in the waist points to this spot.',
          sources: ['fitness-vip-lower-torso', 'ts2-ch4', 'brainscape-trp-referral'],
        },
        {
          text: 'Pain that also runs along the back of the hip bone and over the base of the spine fits gluteus medius as well; checking both is wise.',
          sources: ['ts2-ch8', 'brainscape-trp-referral', 'namtpt-gluteus-medius'],
        },
        QL_BEHAVIOUR,
        COUGH_IS_A_RED_FLAG,
      ],
      symptoms: QL_SYMPTOMS,
      depth: 'deep',
    },
    {
      id: 'quadratus_lumborum.deep_lower',
      muscle: 'quadratus_lumborum',
      name: 'Inner, lower (between the fourth and fifth lumbar vertebrae)',
      location: {
        text: 'Deep in the inner part of the muscle, next to the spine just above the top of the hip bone, between the fourth and fifth lumbar vertebrae.',
        sources: ['fitness-vip-lower-torso', 'ts2-ch4', 'brainscape-trp-location'],
      },
      marker: [0.05, 1.0, -0.041],
      sitsIn: ['lumbar_paraspinal_lower'],
      zones: {
        essential: ['buttock_lower_medial', 'buttock_lower_lateral'],
        spillover: [],
        sources: ['fitness-vip-lower-torso', 'ts2-ch4', 'brainscape-trp-referral'],
        uncertain: 'The sources say "lower buttock"; splitting it into the inner and outer lower quarters is our own mapping.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain low in the buttock with a deep ache in the waist points to this spot.',
          sources: ['fitness-vip-lower-torso', 'ts2-ch4', 'brainscape-trp-referral'],
        },
        {
          text: 'This muscle can set off trigger points in gluteus minimus, which then send pain down the leg.',
          sources: ['namtpt-quadratus-lumborum', 'morningside-ql', 'galantdesign-ts'],
          uncertain: 'A clinical claim, not a tested finding.',
        },
        QL_BEHAVIOUR,
        COUGH_IS_A_RED_FLAG,
      ],
      symptoms: QL_SYMPTOMS,
      depth: 'deep',
    },
  ],
};

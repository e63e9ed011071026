import type { Muscle } from '../types.ts';

export const piriformis: Muscle = {
  id: 'piriformis',
  name: 'Piriformis',
  summary: {
    text: 'A deep muscle in the middle of the buttock. It runs from the front of the flat bone at the base of the spine (the sacrum) out to the top of the bony bump at the side of the hip. The big sciatic nerve passes right under it, and sometimes through it.',
    sources: ['musclepain-piriformis', 'ts2-ch10', 'biologyinsights-sciatica', 'wikipedia-piriformis-syndrome'],
  },
  prevalence: {
    min: 42,
    max: 42,
    sources: ['monclus-diez-2025'],
  },
  trps: [
    {
      id: 'piriformis.lateral_medial',
      muscle: 'piriformis',
      name: 'TrP1 and TrP2 (outer and inner)',
      location: {
        text: 'Deep in the middle of the buttock, along a line from the side of the base of the spine to the top of the bony bump at the side of the hip. The outer spot (TrP1) lies toward the hip bump; the inner spot (TrP2) lies toward the base of the spine. Both give the same pain.',
        sources: ['musclepain-piriformis', 'ts2-ch10'],
        uncertain: 'The two sites follow a recollection of Travell & Simons that no readable source confirmed.',
      },
      // On the line from the sacrum to the top of the trochanter, toward the trochanter (the muscle lies above its lower border there).
      marker: [0.115, 0.895, -0.058],
      sitsIn: ['buttock_lower_lateral', 'buttock_upper_lateral', 'buttock_upper_medial'],
      zones: {
        essential: ['sij', 'buttock_upper_medial', 'buttock_lower_lateral'],
        spillover: ['buttock_upper_lateral', 'buttock_lower_medial', 'thigh_posterior_upper', 'thigh_posterior_lower'],
        sources: ['ts2-ch10', 'medlink-piriformis', 'namtpt-piriformis'],
        uncertain:
          'The sources describe the buttock and the back of the hip joint as a whole; how that splits into our buttock quarters is our own mapping. The occasional thigh pain covers the upper two-thirds of the back of the thigh.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain across the buttock and the back of the hip, sometimes down the upper back of the thigh, that is worse when sitting, fits this muscle.',
          sources: ['medlink-piriformis', 'namtpt-piriformis', 'wikipedia-piriformis-syndrome'],
        },
        {
          text: 'A tight piriformis can also press on the sciatic nerve. That gives pain with pins and needles or numbness in the back of the thigh, the leg and the foot. Those feelings are a nerve sign, not trigger point pain, and need a doctor.',
          sources: ['medlink-piriformis', 'namtpt-piriformis'],
        },
        {
          text: 'Pain at the tailbone fits gluteus maximus better; pain down the outside of the leg to the ankle fits gluteus minimus better.',
          sources: ['ts2-ch7', 'brainscape-trp-referral', 'ts2-ch9', 'painfreehealth-gluteus-minimus'],
        },
        {
          text: 'No single test proves "piriformis syndrome" and scans are usually normal. A slipped disc, kidney stones and sacroiliac joint problems can look the same.',
          sources: ['wikipedia-piriformis-syndrome'],
        },
      ],
      symptoms: [{ id: 'sitting_long', sources: ['wikipedia-piriformis-syndrome'] }],
      depth: 'deep',
    },
  ],
};

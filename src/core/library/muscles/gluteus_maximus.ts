import type { Muscle, SourcedText, TriggerPoint } from '../types.ts';

/**
 * Symptoms sourced for gluteus maximus (clinical-facts §4). Shared by its three trigger points.
 * The sources name walking UPHILL, not walking: there is no symptom id for it, so it is said in
 * the cue and the guide rather than counted as 'walking'.
 */
const GLUTEUS_MAXIMUS_SYMPTOMS: TriggerPoint['symptoms'] = [
  { id: 'sitting_long', sources: ['bodyacheescape-gluteus-maximus', 'kent-gluteus-maximus-2014'] },
];

const STAYS_LOCAL: SourcedText = {
  text: 'Gluteus maximus pain stays in and around the buttock. Pain that runs far down the leg fits gluteus minimus, or a nerve, better.',
  sources: ['ts2-ch7', 'brainscape-trp-referral', 'ts2-ch9', 'painfreehealth-gluteus-minimus'],
};

const SITTING_RESTLESS: SourcedText = {
  text: 'People with this muscle involved often shift about on a chair, hunting for a comfortable way to sit, and walking uphill hurts.',
  sources: ['kent-gluteus-maximus-2014', 'bodyacheescape-gluteus-maximus'],
};

export const gluteusMaximus: Muscle = {
  id: 'gluteus_maximus',
  name: 'Gluteus maximus',
  summary: {
    text: 'The big muscle that shapes the buttock. Its trigger points lie in a curved line from beside the flat bone at the base of the spine down toward the sitting bone and the tailbone, and their pain mostly stays in the buttock.',
    sources: ['ts2-ch7', 'brainscape-trp-location', 'brainscape-trp-referral'],
  },
  trps: [
    {
      id: 'gluteus_maximus.trp1',
      muscle: 'gluteus_maximus',
      name: 'TrP1 (beside the base of the spine)',
      location: {
        text: 'In the upper-inner part of the buttock, right beside the flat triangular bone at the base of the spine (the sacrum), a little below the dimple.',
        sources: ['ts2-ch7', 'brainscape-trp-location'],
      },
      marker: [0.065, 0.91, -0.082],
      sitsIn: ['buttock_upper_medial'],
      zones: {
        essential: ['sij', 'sacrum', 'buttock_lower_medial'],
        spillover: ['buttock_upper_medial', 'thigh_posterior_upper'],
        sources: ['ts2-ch7', 'brainscape-trp-referral'],
        uncertain: 'Pain in the back of the thigh is reported by one summary only.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'A curved strip of pain beside the buttock crease, from the dimple down along the base of the spine toward the buttock fold, points to this spot.',
          sources: ['ts2-ch7', 'brainscape-trp-referral'],
        },
        {
          text: 'Pain along the top of the hip bone and the belt line, rather than down beside the crease, fits gluteus medius better.',
          sources: ['ts2-ch8', 'brainscape-trp-referral', 'aberdeen-belt-line'],
        },
        STAYS_LOCAL,
      ],
      symptoms: GLUTEUS_MAXIMUS_SYMPTOMS,
      depth: 'superficial',
    },
    {
      id: 'gluteus_maximus.trp2',
      muscle: 'gluteus_maximus',
      name: 'TrP2 (above the sitting bone)',
      location: {
        text: 'In the lower fibres of the buttock, just above the sitting bone (the bony point you sit on).',
        sources: ['ts2-ch7', 'brainscape-trp-location'],
      },
      marker: [0.06, 0.81, -0.082],
      sitsIn: ['buttock_lower_medial'],
      zones: {
        essential: ['buttock_upper_medial', 'buttock_upper_lateral', 'buttock_lower_medial', 'buttock_lower_lateral', 'sacrum'],
        spillover: ['iliac_crest'],
        excludes: ['M_coccyx'],
        sources: ['ts2-ch7', 'brainscape-trp-referral'],
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain over the whole buttock and the lower part of the base of the spine, but not at the tailbone or the back passage, points to this spot.',
          sources: ['ts2-ch7', 'brainscape-trp-referral'],
        },
        {
          text: 'Sitting on a hard seat can feel like sitting on a nail.',
          sources: ['ts2-ch7', 'brainscape-trp-referral'],
        },
        {
          text: 'The same whole-buttock pattern can come from piriformis; pain down the back of the thigh, or numbness in the leg, leans toward piriformis or a nerve.',
          sources: ['medlink-piriformis', 'namtpt-piriformis'],
        },
        SITTING_RESTLESS,
      ],
      symptoms: GLUTEUS_MAXIMUS_SYMPTOMS,
      frequency: { value: 'most_common', sources: ['ts2-ch7', 'brainscape-trp-location'] },
      depth: 'superficial',
    },
    {
      id: 'gluteus_maximus.trp3',
      muscle: 'gluteus_maximus',
      name: 'TrP3 (beside the tailbone)',
      location: {
        text: 'In the lowest, most inner fibres of the buttock, right next to the tailbone.',
        sources: ['ts2-ch7', 'brainscape-trp-location'],
      },
      marker: [0.025, 0.85, -0.089],
      sitsIn: ['buttock_lower_medial'],
      zones: {
        essential: ['M_coccyx'],
        spillover: ['buttock_lower_medial'],
        sources: ['ts2-ch7', 'brainscape-trp-referral'],
        uncertain: 'The nearby buttock as an occasional zone is our own reading of a pain that sits so close to it.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain at the tailbone points to this spot. It is one known muscular cause of tailbone pain.',
          sources: ['ts2-ch7', 'brainscape-trp-referral'],
        },
        {
          text: 'Small muscles deep beside the tailbone (coccygeus) can cause the same pain, and so can the lowest part of the deep spine muscles (multifidus).',
          sources: ['ts2-ch7', 'brainscape-trp-referral', 'nielasher-lbp'],
        },
        SITTING_RESTLESS,
      ],
      symptoms: GLUTEUS_MAXIMUS_SYMPTOMS,
      depth: 'superficial',
    },
  ],
};

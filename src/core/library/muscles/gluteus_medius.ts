import type { Muscle, SourcedText, TriggerPoint } from '../types.ts';

/** Symptoms sourced for gluteus medius (clinical-facts §2.4). Shared by its three trigger points. */
const GLUTEUS_MEDIUS_SYMPTOMS: TriggerPoint['symptoms'] = [
  { id: 'walking', sources: ['namtpt-gluteus-medius', 'morningside-gluteus-medius'] },
  { id: 'lying_on_back', sources: ['namtpt-gluteus-medius'] },
  { id: 'lying_on_affected_side', sources: ['namtpt-gluteus-medius', 'wellnessdigest-gluteus-medius'] },
  { id: 'sitting_slumped', sources: ['namtpt-gluteus-medius'] },
  { id: 'sitting_long', sources: ['wellnessdigest-gluteus-medius'] },
  { id: 'standing_long', sources: ['wellnessdigest-gluteus-medius', 'namtpt-gluteus-medius', 'morningside-gluteus-medius'] },
  { id: 'running', sources: ['morningside-gluteus-medius', 'pointcookphysio-running'] },
  { id: 'stairs', sources: ['morningside-gluteus-medius'] },
  { id: 'single_leg_standing', sources: ['morningside-gluteus-medius'] },
  { id: 'carrying_load', sources: ['hubbard-gluteus-medius', 'learnandfeelbetter-gluteus-medius'] },
];

const NOT_BELOW_MID_THIGH: SourcedText = {
  text: 'Gluteus medius pain stays around the belt line, the buttock and the hip. It rarely goes below the middle of the thigh. Pain that runs down the side or back of the leg to the calf or ankle fits gluteus minimus better, or a nerve problem.',
  sources: ['ts2-ch8', 'namtpt-gluteus-medius', 'brainscape-trp-referral', 'aaronharris-gluteus-medius', 'ts2-ch9', 'painfreehealth-gluteus-minimus'],
};

export const gluteusMedius: Muscle = {
  id: 'gluteus_medius',
  name: 'Gluteus medius',
  summary: {
    text: 'A fan-shaped muscle on the outside of the pelvis. It starts just below the top of the hip bone and ends on the bony bump at the side of the hip. It lifts the leg out to the side and keeps the pelvis level each time you stand on one leg, as you do with every step.',
    sources: ['hubbard-gluteus-medius', 'triggerpoints3d-gluteus-medius', 'stuart-hinds-glutes', 'triggerpointsecrets-gluteus-medius'],
  },
  prevalence: {
    min: 34,
    max: 45,
    sources: ['monclus-diez-2025', 'iglesias-gonzalez-2013'],
  },
  trps: [
    {
      id: 'gluteus_medius.trp1',
      muscle: 'gluteus_medius',
      name: 'TrP1 (back of the hip bone, near the dimple)',
      location: {
        text: 'Just under the back part of the top of the hip bone, close to the dimple at the top of the buttock (the dimple marks the joint between the spine base and the pelvis). It lies at the top edge of the big buttock muscle and is pressed flat against the bone.',
        sources: ['ts2-ch8', 'iliveok-gluteus-medius', 'aaronharris-gluteus-medius', 'scribd-week5-trps'],
        uncertain:
          'One self-help page puts it a couple of finger-widths above and three to four finger-widths out from the top of the buttock crease, which is a little lower than the Travell & Simons landmark. We use the Travell & Simons landmark.',
      },
      marker: [0.07, 0.96, -0.054],
      sitsIn: ['buttock_upper_medial', 'iliac_crest'],
      zones: {
        essential: ['iliac_crest', 'sij', 'sacrum'],
        spillover: ['lumbar_paraspinal_lower', 'buttock_upper_medial', 'buttock_upper_lateral'],
        sources: ['ts2-ch8', 'brainscape-trp-referral', 'topgolfgears-gluteus-medius', 'namtpt-gluteus-medius', 'aberdeen-belt-line'],
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain along the belt line at the back, over the dimple and the flat bone at the base of the spine, points to this spot.',
          sources: ['ts2-ch8', 'brainscape-trp-referral', 'aberdeen-belt-line'],
        },
        NOT_BELOW_MID_THIGH,
        {
          text: 'Pain at the tailbone itself fits gluteus maximus (its lowest trigger point) better than gluteus medius.',
          sources: ['ts2-ch7', 'brainscape-trp-referral'],
          uncertain: 'One practitioner page does describe gluteus medius pain reaching the tailbone.',
        },
        {
          text: 'Several muscles send pain to this same area: quadratus lumborum, gluteus maximus, piriformis and the long back muscles. The pain map alone cannot tell them apart well. A tender spot that brings on your own familiar pain when pressed is the better sign.',
          sources: ['namtpt-gluteus-medius', 'wellnessdigest-gluteus-medius', 'njoo-1994', 'rathbone-2017'],
        },
      ],
      symptoms: GLUTEUS_MEDIUS_SYMPTOMS,
      frequency: { value: 'common', sources: ['iliveok-gluteus-medius', 'aaronharris-gluteus-medius'] },
      depth: 'superficial',
    },
    {
      id: 'gluteus_medius.trp2',
      muscle: 'gluteus_medius',
      name: 'TrP2 (side of the pelvis)',
      location: {
        text: 'Below the middle of the top of the hip bone, on the side of the pelvis, above the bony bump at the side of the hip. Here the muscle is covered only by skin and fat.',
        sources: ['ts2-ch8', 'iliveok-gluteus-medius', 'aaronharris-gluteus-medius'],
      },
      marker: [0.129, 0.95, -0.02],
      sitsIn: ['buttock_upper_lateral', 'hip_lateral'],
      zones: {
        essential: ['buttock_upper_lateral', 'buttock_lower_lateral', 'hip_lateral'],
        spillover: ['buttock_upper_medial', 'thigh_posterior_upper', 'thigh_lateral_upper'],
        sources: ['ts2-ch8', 'aaronharris-gluteus-medius', 'triggerpoints3d-gluteus-medius', 'brainscape-trp-referral'],
        uncertain: 'Sources differ on whether the side of the hip (over the bony bump) is a main zone or an occasional one. We count it as main.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain in the outer buttock and the side of the hip, sometimes spreading into the back and side of the upper thigh, points to this spot.',
          sources: ['ts2-ch8', 'aaronharris-gluteus-medius', 'triggerpoints3d-gluteus-medius', 'brainscape-trp-referral'],
        },
        NOT_BELOW_MID_THIGH,
        {
          text: 'Pain at the side of the hip together with pain in the waist or along the top of the hip bone fits quadratus lumborum better.',
          sources: ['ts2-ch4', 'brainscape-trp-referral', 'fitness-vip-lower-torso'],
        },
        {
          text: 'Pain right on the bony bump at the side of the hip can also come from the tendons there (gluteal tendinopathy, often called trochanteric bursitis). That is the most common cause of outer hip pain.',
          sources: ['bjsm-lateral-hip-2020', 'bjsm-gluteal-triangle', 'namtpt-gluteus-medius'],
        },
      ],
      symptoms: GLUTEUS_MEDIUS_SYMPTOMS,
      frequency: { value: 'common', sources: ['iliveok-gluteus-medius', 'aaronharris-gluteus-medius'] },
      depth: 'superficial',
    },
    {
      id: 'gluteus_medius.trp3',
      muscle: 'gluteus_medius',
      name: 'TrP3 (front of the hip bone)',
      location: {
        text: 'Just under the top edge of the hip bone, in its front part: a few finger-widths behind the bony point at the front of the hip, not on that point itself.',
        sources: ['ts2-ch8', 'iliveok-gluteus-medius', 'aaronharris-gluteus-medius'],
      },
      marker: [0.141, 0.965, 0.05],
      sitsIn: ['hip_lateral', 'asis'],
      zones: {
        essential: ['iliac_crest', 'lumbar_paraspinal_lower', 'sacrum'],
        spillover: ['sij'],
        contralateralSpillover: ['lumbar_paraspinal_lower', 'sacrum'],
        sources: ['ts2-ch8', 'aaronharris-gluteus-medius', 'stuart-hinds-glutes'],
        uncertain:
          'Travell & Simons may describe this pain as spreading to both sides of the base of the spine; no readable source confirmed it. We list the other side as occasional only and keep the side rule as same side.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain along the top of the hip bone and across the low back and the flat bone at the base of the spine, sometimes on both sides, can come from this spot.',
          sources: ['ts2-ch8', 'aaronharris-gluteus-medius', 'stuart-hinds-glutes'],
          uncertain: 'The spread to both sides is not confirmed in a readable source.',
        },
        {
          text: 'A band of pain straight across both sides of the low back fits the lower belly muscle (rectus abdominis) better.',
          sources: ['namtpt-iliopsoas', 'mortonsfoot-5-muscle-recipe', 'aberdeen-abdominals'],
        },
        NOT_BELOW_MID_THIGH,
      ],
      symptoms: GLUTEUS_MEDIUS_SYMPTOMS,
      frequency: { value: 'least_common', sources: ['iliveok-gluteus-medius', 'aaronharris-gluteus-medius'] },
      depth: 'superficial',
    },
  ],
};

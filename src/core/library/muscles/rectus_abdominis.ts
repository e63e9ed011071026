import type { Muscle } from '../types.ts';

export const rectusAbdominis: Muscle = {
  id: 'rectus_abdominis',
  name: 'Rectus abdominis (lower part)',
  summary: {
    text: 'The long, flat "six-pack" muscle down the front of the belly. Trigger points in its lower part, below the navel, can send a band of pain across the low back.',
    sources: ['namtpt-iliopsoas', 'mortonsfoot-5-muscle-recipe', 'aberdeen-abdominals'],
  },
  trps: [
    {
      id: 'rectus_abdominis.lower',
      muscle: 'rectus_abdominis',
      name: 'Below the navel',
      location: {
        text: 'In the lower part of the muscle, below the navel, a finger-width or two to the side of the midline.',
        sources: ['namtpt-iliopsoas', 'aberdeen-abdominals'],
        uncertain: 'The exact Travell & Simons site was not verified.',
      },
      marker: [0.03, 0.97, 0.137],
      sitsIn: ['abdomen_lower'],
      zones: {
        essential: ['lumbar_paraspinal_lower'],
        spillover: ['sij', 'iliac_crest'],
        contralateralEssential: ['lumbar_paraspinal_lower'],
        contralateralSpillover: ['sij', 'iliac_crest'],
        sources: ['namtpt-iliopsoas', 'mortonsfoot-5-muscle-recipe', 'aberdeen-abdominals'],
        uncertain:
          'The exact Travell & Simons zone was not verified; the sources describe a band across the waist and the sacroiliac level on both sides.',
      },
      sideRule: 'both_sides',
      cues: [
        {
          text: 'People with this pain show it by moving a hand side to side across the low back, on both sides at once. A strip running up and down one side of the spine fits iliopsoas better.',
          sources: ['namtpt-iliopsoas', 'mortonsfoot-5-muscle-recipe'],
        },
        {
          text: 'A band of pain across both sides at the waist or the back of the pelvis points here.',
          sources: ['mortonsfoot-5-muscle-recipe', 'aberdeen-abdominals'],
        },
        {
          text: 'Back pain can come from the organs in the belly, such as the kidneys, the pancreas, the stomach or the main artery. Back pain with belly symptoms needs a doctor.',
          sources: ['bmj-best-practice-lbp'],
        },
      ],
      symptoms: [],
      depth: 'abdominal',
    },
  ],
};

/**
 * Every source a clinical fact in painmap cites, by key. Tiers follow clinical-facts.md:
 * A peer-reviewed study, review or guideline; B Travell & Simons as reported by a named page;
 * C practitioner, teaching or product page.
 *
 * Travell & Simons' manual was not read directly: a fact from it is cited with the chapter key
 * (e.g. 'ts2-ch8') together with the page that reports it (e.g. 'brainscape-trp-referral').
 */
export interface Source {
  readonly citation: string;
  readonly url?: string;
  readonly tier: 'A' | 'B' | 'C';
}

export const SOURCES = {
  // ---- General anatomy (where muscles lie, for the footprints drawn on the body) ----
  'openstax-ap2e-back': {
    citation: 'Betts JG et al. Anatomy and Physiology 2e, section 11.3: axial muscles of the head, neck and back. OpenStax, Rice University (open textbook).',
    url: 'https://openstax.org/books/anatomy-and-physiology-2e/pages/11-3-axial-muscles-of-the-head-neck-and-back',
    tier: 'C',
  },
  'openstax-ap2e-abdomen': {
    citation: 'Betts JG et al. Anatomy and Physiology 2e, section 11.4: axial muscles of the abdominal wall and thorax. OpenStax, Rice University (open textbook).',
    url: 'https://openstax.org/books/anatomy-and-physiology-2e/pages/11-4-axial-muscles-of-the-abdominal-wall-and-thorax',
    tier: 'C',
  },
  'openstax-ap2e-hip': {
    citation:
      'Betts JG et al. Anatomy and Physiology 2e, section 11.6: appendicular muscles of the pelvic girdle and lower limbs. OpenStax, Rice University (open textbook).',
    url: 'https://openstax.org/books/anatomy-and-physiology-2e/pages/11-6-appendicular-muscles-of-the-pelvic-girdle-and-lower-limbs',
    tier: 'C',
  },
  // ---- Travell & Simons, by chapter (not read directly; see the reporting pages) ----
  'ts2-ch4': {
    citation:
      'Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 2, The Lower Extremities (1992), chapter 4: quadratus lumborum. Known through the summaries cited beside it.',
    tier: 'B',
  },
  // No chapter number: our fact sheet cites no page that gives the iliopsoas chapter, so we do not guess it.
  'ts2-iliopsoas': {
    citation: 'Travell JG, Simons DG. The Trigger Point Manual, Vol. 2 (1992), the iliopsoas chapter. Known through the summaries cited beside it.',
    tier: 'B',
  },
  'ts2-ch7': {
    citation:
      'Travell JG, Simons DG. The Trigger Point Manual, Vol. 2 (1992), chapter 7: gluteus maximus. Known through the summaries cited beside it.',
    tier: 'B',
  },
  'ts2-ch8': {
    citation:
      'Travell JG, Simons DG. The Trigger Point Manual, Vol. 2 (1992), chapter 8: gluteus medius. Known through the summaries cited beside it.',
    tier: 'B',
  },
  'ts2-ch9': {
    citation:
      'Travell JG, Simons DG. The Trigger Point Manual, Vol. 2 (1992), chapter 9: gluteus minimus. Known through the summaries cited beside it.',
    tier: 'B',
  },
  'ts2-ch10': {
    citation: 'Travell JG, Simons DG. The Trigger Point Manual, Vol. 2 (1992), chapter 10: piriformis. Known through the summaries cited beside it.',
    tier: 'B',
  },
  'ts1-ch48': {
    citation:
      'Simons DG, Travell JG, Simons LS. The Trigger Point Manual, Vol. 1, 2nd ed. (1999), chapter 48: the back (paraspinal) muscles. Known through the summaries cited beside it.',
    tier: 'B',
  },

  // ---- Pages that reproduce or summarise Travell & Simons [B] ----
  'painfreehealth-gluteus-minimus': {
    citation: 'painfreehealth.ca. Gluteus minimus muscle: pseudo-sciatica (reproduces Travell & Simons).',
    url: 'https://painfreehealth.ca/gluteus-minimus-muscle/',
    tier: 'B',
  },
  'namtpt-gluteus-medius': {
    citation: 'National Association of Myofascial Trigger Point Therapists (NAMTPT). Symptom checker: gluteus medius.',
    url: 'http://check.myofascialtherapy.org/symptomcheck/symptom_leg_medius.html',
    tier: 'B',
  },
  'namtpt-gluteus-minimus': {
    citation: 'NAMTPT. Symptom checker: gluteus minimus.',
    url: 'http://check.myofascialtherapy.org/symptomcheck/symptom_leg_minimus.html',
    tier: 'B',
  },
  'namtpt-quadratus-lumborum': {
    citation: 'NAMTPT. Symptom checker: quadratus lumborum.',
    url: 'http://check.myofascialtherapy.org/symptomcheck/symptom_leg_quadratus.html',
    tier: 'B',
  },
  'namtpt-piriformis': {
    citation: 'NAMTPT. Symptom checker: piriformis.',
    url: 'http://check.myofascialtherapy.org/symptomcheck/symptom_leg_piriformis.html',
    tier: 'B',
  },
  'namtpt-iliopsoas': {
    citation: 'NAMTPT. Symptom checker: iliopsoas.',
    url: 'http://myofascialtherapy.org/symptom-checker/symptomcheck/symptom_leg_iliopsoas.html',
    tier: 'B',
  },
  'namtpt-paraspinals': {
    citation: 'NAMTPT. Symptom checker: iliocostalis and longissimus (paraspinal muscles).',
    url: 'http://check.myofascialtherapy.org/symptomcheck/symptom_upper_longissimus.html',
    tier: 'B',
  },
  'brainscape-trp-referral': {
    citation: 'Brainscape flashcards "TrP Referral": student summaries of Travell & Simons referral patterns.',
    url: 'https://brainscape.com/flashcards/trp-referral-5577667/packs/8307149',
    tier: 'B',
  },
  'brainscape-trp-location': {
    citation: 'Brainscape flashcards "TrP Location": student summaries of Travell & Simons trigger point sites.',
    url: 'https://brainscape.com/flashcards/trp-location-5577666/packs/8307149',
    tier: 'B',
  },
  'iliveok-gluteus-medius': {
    citation: 'iliveok. Middle gluteus muscle: trigger zones (text in the style of Travell & Simons, translated).',
    url: 'https://m.iliveok.com/health/middle-gluteus-muscle_69407i16062.html',
    tier: 'B',
  },
  'medlink-piriformis': {
    citation: 'MedLink. Figure caption on the piriformis referral pattern, from Travell & Simons, Postgraduate Medicine 1983.',
    url: 'https://www.medlink.com/media/Mpssi15',
    tier: 'B',
  },
  'galantdesign-ts': {
    citation: 'galantdesign.se. Paraphrase of Travell & Simons on quadratus lumborum, gluteus minimus and "lumbago/sciatica".',
    url: 'http://galantdesign.se/',
    tier: 'B',
  },
  'rothbart-morton-foot': {
    citation: 'Rothbart BA, on chiro.org: causes of foot hyperpronation, quoting Travell & Simons on the Morton foot.',
    url: 'http://chiro.org./ChiroZine/ABSTRACTS/Etiology_of_Foot_Hyperpronation.shtml',
    tier: 'B',
  },
  'musclepain-piriformis': {
    citation: 'musclepain.org. Piriformis trigger points (cites Travell & Simons Vol. 2, ch. 10).',
    url: 'https://musclepain.org/piriformis-trigger-points/',
    tier: 'B',
  },
  'parker-iliopsoas': {
    citation: 'Parker S. The iliopsoas trigger point (docstoc; cites Travell & Simons).',
    url: 'http://www.docstoc.com/docs/132073145/The-Iliopsoas-Trigger-Point',
    tier: 'B',
  },
  'fitness-vip-lower-torso': {
    citation: 'fitness-vip.com. Muscles of lower torso pain (atlas-style page on quadratus lumborum trigger points).',
    url: 'https://www.fitness-vip.com/muscle-chains/muscles-of-lower-torso-pain.html',
    tier: 'B',
  },

  // ---- Practitioner, teaching and product pages [C] ----
  'aaronharris-gluteus-medius': {
    citation: 'Aaron Harris CMT. The gluteus medius muscle (trigger points 1 to 3); same text on massageaha.com.',
    url: 'https://www.aaronharriscmt.com/the-gluteus-medius-muscle/',
    tier: 'C',
  },
  'triggerpoints3d-gluteus-medius': {
    citation: 'Niel-Asher S. Trigger point of the week: gluteus medius (triggerpoints3d).',
    url: 'https://www.triggerpoints3d.com/post/trigger-point-of-the-week-gluteus-medius-by-simeon-niel-asher',
    tier: 'C',
  },
  'triggerpoints3d-gluteus-minimus': {
    citation: 'Niel-Asher S. Trigger point of the week: gluteus minimus (triggerpoints3d; quotes Gerwin).',
    url: 'https://triggerpoints3d.com/post/trigger-point-of-the-week-gluteus-minimus-by-simeon-niel-asher',
    tier: 'C',
  },
  'stuart-hinds-glutes': {
    citation: 'Stuart Hinds Academy. Treating trigger points in the glutes.',
    url: 'https://stuarthindsacademy.squarespace.com/blog/treating-trigger-points-in-the-glutes',
    tier: 'C',
  },
  'stuart-hinds-gluteus-minimus': {
    citation: 'Stuart Hinds. Treating the gluteus minimus.',
    url: 'https://stuart-hinds.com/blogs/performance-therapy/treating-the-gluteus-minimus',
    tier: 'C',
  },
  'nielasher-psoas': {
    citation: 'Niel Asher Education. Trigger point therapy: treating psoas (video blog).',
    url: 'https://www.nielasher.com/blogs/video-blog/trigger-point-therapy-treating-psoas',
    tier: 'C',
  },
  'nielasher-tfl': {
    citation: 'Niel Asher Education. Treating the iliotibial band and tensor fasciae latae (video blog).',
    url: 'https://nielasher.com/blogs/video-blog/treating-the-iliotibial-band-itb-tensor-fasciae-latae-tfl-hip-restrictions',
    tier: 'C',
  },
  'nielasher-ql': {
    citation: 'Niel Asher Education. Trigger point therapy: treating the quadratus lumborum (video blog).',
    url: 'https://nielasher.com/blogs/video-blog/trigger-point-therapy-treating-the-ql',
    tier: 'C',
  },
  'nielasher-lbp': {
    citation: 'Niel Asher Education. Lower back pain: an overview of the key muscles (video blog).',
    url: 'https://www.nielasher.com/blogs/video-blog/lower-back-pain-an-overview-of-the-key-muscles',
    tier: 'C',
  },
  'perry-iliopsoas': {
    citation: 'Perry L. Iliopsoas trigger points (triggerpointtherapist.com).',
    url: 'https://www.triggerpointtherapist.com/?p=2478',
    tier: 'C',
  },
  'finando-tfl': {
    citation: 'Finando D, Finando S. Trigger Point Therapy for Myofascial Pain, section on tensor fasciae latae (online copy).',
    url: 'https://readonlinefree.net/read-online-trigger-point-therapy-for-myofascial-pain-full/books-28',
    tier: 'C',
  },
  'kent-tfl-2012': {
    citation: 'Kent D. Hip and thigh pain: the tensor fascia latae connection. Massage Today, 2012.',
    url: 'https://massagetoday.com/articles/14542/Hip-and-Thigh-Pain-The-Tensor-Fascia-Latae-Connection',
    tier: 'C',
  },
  'kent-gluteus-minimus-2011': {
    citation: 'Kent D. Article on gluteus minimus trigger points. Massage Today, 2011.',
    url: 'http://www.massagetoday.com/mpacms/mt/article.php?id=14414',
    tier: 'C',
  },
  'kent-gluteus-maximus-2014': {
    citation: 'Kent D. Article on gluteus maximus trigger points. Massage Today, 2014.',
    url: 'http://www.massagetoday.com/mpacms/mt/article.php?id=14912',
    tier: 'C',
  },
  'rpm-therapy-tfl': {
    citation: 'rpm-therapy. Trigger point pain: tensor fasciae latae (2012).',
    url: 'http://rpm-therapy.com/2012/trigger-point-pain-tensor-fasciae-latae/',
    tier: 'C',
  },
  'hubbard-gluteus-medius': { citation: 'Hubbard Foundation. Gluteus medius.', url: 'http://www.hubbardfoundation.org/gluteus-medius', tier: 'C' },
  'wellnessdigest-gluteus-medius': {
    citation: 'The Wellness Digest. Gluteus medius: belt-line, hip, buttock and thigh pain.',
    url: 'https://thewellnessdigest.com/gluteus-medius-muscle-belt-line-hip-buttock-thigh-pain/',
    tier: 'C',
  },
  'morningside-gluteus-medius': {
    citation: 'Morningside Acupuncture NYC. Gluteus medius trigger points.',
    url: 'https://www.morningsideacupuncturenyc.com/gluteus-medius-trigger-points',
    tier: 'C',
  },
  'morningside-ql': {
    citation: 'Morningside Acupuncture NYC. Quadratus lumborum trigger points.',
    url: 'https://www.morningsideacupuncturenyc.com/quadratus-lumborum-trigger-points',
    tier: 'C',
  },
  'learnandfeelbetter-gluteus-medius': {
    // The address recorded for this post leads to a page on stretching the chest, so no link is given.
    citation: 'Learn and Feel Better. Blog post covering gluteus medius trigger points (2023); no working link.',
    tier: 'C',
  },
  'learnandfeelbetter-ql': {
    citation: 'Learn and Feel Better. Quadratus lumborum.',
    url: 'https://learnandfeelbetter.com/quadratus-lumborum',
    tier: 'C',
  },
  'learnandfeelbetter-gluteus-minimus': {
    citation: 'Learn and Feel Better. Gluteus minimus.',
    url: 'https://learnandfeelbetter.com/gluteus-minimus',
    tier: 'C',
  },
  'aberdeen-belt-line': {
    citation: 'Aberdeen Chiropractic blog. Belt-line pain and the gluteus medius.',
    url: 'https://aberdeenchiropracticblog.com/tag/sports/page/3',
    tier: 'C',
  },
  'aberdeen-gluteus-minimus': {
    citation: 'Aberdeen Chiropractic blog. Trigger points in the gluteus minimus (2018).',
    url: 'https://aberdeenchiropracticblog.com/2018/04/17/trigger-points-in-the-gluteus-minimus/',
    tier: 'C',
  },
  'aberdeen-ql': {
    citation: 'Aberdeen Chiropractic blog. Trigger points in the quadratus lumborum muscle (2018).',
    url: 'https://aberdeenchiropracticblog.com/2018/06/05/trigger-points-in-the-quadratus-lumborum-muscle/',
    tier: 'C',
  },
  'aberdeen-iliopsoas': {
    citation: 'Aberdeen Chiropractic blog. Trigger points in the iliopsoas muscle (2018).',
    url: 'https://aberdeenchiropracticblog.com/2018/05/01/trigger-points-in-the-iliopsoas-muscle/',
    tier: 'C',
  },
  'aberdeen-abdominals': {
    citation: 'Aberdeen Chiropractic blog. Posts on abdominal trigger points.',
    url: 'https://aberdeenchiropracticblog.com/author/bryancobb/page/2/',
    tier: 'C',
  },
  'topgolfgears-gluteus-medius': {
    citation: 'topgolfgears. Course notes on the gluteus medius pain pattern.',
    url: 'https://topgolfgears.com/course-instructor-end.html',
    tier: 'C',
  },
  'scribd-week5-trps': {
    citation: 'Student notes "Week 5 trigger points" (Scribd).',
    url: 'https://www.scribd.com/document/406974680/week-5-trigger-points',
    tier: 'C',
  },
  'painalog-gluteus-medius': {
    citation: 'Painalog. Trigger point pain from gluteus medius trigger point one, and how to find relief.',
    url: 'https://www.painalog.com/trigger-point-pain-from-gluteus-medius-trigger-point-one-and-how-to-find-relief/',
    tier: 'C',
  },
  'painalog-iliopsoas': {
    citation: 'Painalog. Trigger point pain from iliopsoas trigger point one, and how to find relief.',
    url: 'https://www.painalog.com/trigger-point-pain-from-iliopsoas-trigger-point-one-and-how-to-find-relief/',
    tier: 'C',
  },
  'backmusclesolutions-lacrosse-ball': {
    citation: 'Back Muscle Solutions (maker of the QL Claw). Lacrosse ball massage.',
    url: 'https://backmusclesolutions.com/blogs/the-ql-blawg/lacrosse-ball-massage',
    tier: 'C',
  },
  'backmusclesolutions-5-muscles': {
    citation: 'Back Muscle Solutions. Lower back trigger points: the five muscles (QL, psoas, iliacus, gluteus medius, piriformis).',
    url: 'https://backmusclesolutions.com/blogs/the-ql-blawg/lower-back-trigger-points',
    tier: 'C',
  },
  'mortonsfoot-5-muscle-recipe': {
    citation: "Morton's Foot / Pressure Positive. Summer back pain blues: the 5 muscle recipe.",
    url: 'https://www.mortonsfoot.com/Summer-Back-Pain-Blues-%E2%80%93-5-Muscle-Recipe_b_13.html',
    tier: 'C',
  },
  'mortonsfoot-gluteus-minimus': {
    citation: "Morton's Foot / Pressure Positive. Relieve low back pain and pseudo-sciatica: gluteus minimus.",
    url: 'https://www.mortonsfoot.com/Relieve-Low-Back-Pain-and-Pseudo-Sciatica-%E2%80%93-Gluteus-Minimus_b_39.html',
    tier: 'C',
  },
  'davies-bob-and-brad': {
    citation: "Bob & Brad. Twelve rules for massaging away knots (summary of Clair Davies' Trigger Point Therapy Workbook).",
    url: 'https://jamietesch.wixsite.com/bob-and-brad/post/12-rules-for-massaging-away-knots-muscle-strains-or-tendonitis-must-follow',
    tier: 'C',
  },
  'davies-alternativeroadtohealth': {
    citation: "Alternative Road to Health blog. Posts summarising Clair Davies' self-massage rules.",
    url: 'http://alternativeroadtohealth.blogspot.com/search/label/Clair%20Davies',
    tier: 'C',
  },
  'bodiesinbalance-self-care': {
    citation: 'Bodies in Balance (Flagstaff). Trigger point self-care.',
    url: 'https://www.bodiesinbalanceflagstaff.com/blog/trigger-point-self-care',
    tier: 'C',
  },
  livingleen: {
    citation: 'Living Leen blog. Tennis-ball self-massage of the hip (active lifestyle posts).',
    url: 'https://livingleen.wordpress.com/tag/active-lifestyle/',
    tier: 'C',
  },
  laurensfitness: {
    citation: "Lauren's Fitness. How a tennis ball can save your back (2013).",
    url: 'http://laurensfitness.com/2013/01/22/how-a-tennis-ball-can-save-your-back',
    tier: 'C',
  },
  'pointcookphysio-running': {
    citation: 'Point Cook Physio. Running series: stability and the hip.',
    url: 'https://pointcookphysio.com/running-series-stability-and-the-hip-1/',
    tier: 'C',
  },
  'mamashealth-massage': { citation: 'MamasHealth. Simple massage.', url: 'http://mamashealth.com/massage/simplemassage.asp', tier: 'C' },
  'bodyhealtherapy-minimus': {
    citation: 'Body Heal Therapy. Pain down the outside of the leg (gluteus minimus).',
    url: 'https://www.bodyhealtherapy.com/post/pain-down-the-outside-of-the-leg/',
    tier: 'C',
  },
  'keatsinhampstead-sciatica': {
    citation: 'Keats in Hampstead. How to massage sciatica to reduce leg pain.',
    url: 'https://keatsinhampstead.com/how-to-massage-sciatica-to-reduce-leg-pain-massage-monday-226/',
    tier: 'C',
  },
  'brookbush-gluteus-minimus': {
    citation: 'Brookbush Institute. Gluteus minimus self-administered release (video).',
    url: 'https://brookbushinstitute.com/videos/gluteus-minimus-sa-release',
    tier: 'C',
  },
  'biologyinsights-sciatica': {
    citation: 'Biology Insights. How to massage sciatica trigger points for relief.',
    url: 'https://biologyinsights.com/how-to-massage-sciatica-trigger-points-for-relief',
    tier: 'C',
  },
  'bodyacheescape-gluteus-maximus': {
    citation: 'Body Ache Escape. Pain in your butt (gluteus maximus).',
    url: 'https://bodyacheescape.com/pain-in-your-butt/',
    tier: 'C',
  },
  'painscience-spot-12': {
    citation: 'Ingraham P. Perfect Spot no. 12: gluteus maximus (PainScience.com).',
    url: 'https://www.painscience.com/articles/spot-12-gluteus-maximus.php',
    tier: 'C',
  },
  'wellbeingnaturally-ql': {
    citation: 'Wellbeing Naturally. Low back pain and quadratus lumborum trigger points.',
    url: 'https://www.wellbeingnaturally.co.uk/low-back-pain-and-quadratus-lumborum-trigger-points/',
    tier: 'C',
  },
  'rejuvenationhealth-ql': {
    citation: 'Rejuvenation Health. Muscle origins of acute episodic low back pain (2016).',
    url: 'https://rejuvenationhealth.ca/2016/08/05/muscle-origins-of-the-acute-episodic-low-back-pain/',
    tier: 'C',
  },
  'chihealth-ql': { citation: 'Chi Health (Australia). Quadratus lumborum article.', url: 'http://chihealth.com.au/?p=2795', tier: 'C' },
  'triggerpointsecrets-gluteus-medius': {
    citation: 'Trigger Point Secrets. Gluteus medius trigger point.',
    url: 'https://triggerpointsecrets.com/gluteus-medius-trigger-point/',
    tier: 'C',
  },
  'physiohub-gluteus-medius-stretch': {
    citation: 'Physiohub. Posterior gluteus medius stretch (exercise sheet).',
    url: 'http://physiohub.com/activities/72',
    tier: 'C',
  },
  'physitrack-gluteus-stretch': {
    citation: 'Physitrack. Gluteus stretch lying on the back (home exercise video).',
    url: 'https://us.physitrack.com/home-exercise-video/gluteus-stretch-in-supine',
    tier: 'C',
  },
  'tgiffitness-glute-med-stretch': {
    citation: 'TGIF Fitness. Glute med stretch (2013).',
    url: 'http://tgiffitness.com/2013/01/25/glute-med-stretch/',
    tier: 'C',
  },
  'philamassages-stretches': {
    citation: 'Phila Massages. Four stretches for the gluteus medius and minimus.',
    url: 'https://philamassages.com/stretching/4-stretches-for-the-gluteus-medius-and-minimus',
    tier: 'C',
  },
  'zanotowane-standing-stretch': {
    citation: 'Stretch sheet in the Kendall style: standing cross-over hip stretch at a wall (zanotowane.pl).',
    url: 'https://zanotowane.pl/720/8751',
    tier: 'C',
  },
  'spencermassage-risks': {
    citation: 'Spencer Massage. Risks of massage (Mayo-style list of reasons for caution).',
    url: 'https://spencermassage.com/risks-of-massage',
    tier: 'C',
  },
  'livih-massage-safety': {
    citation: 'Livih. Myofascial release: is massage safe?',
    url: 'https://www.livih.com/myofascial-release/is-massage-safe/',
    tier: 'C',
  },
  'excitingspas-side-effects': {
    citation: 'Exciting Spas. Side effects of massage (NCCIH-style list).',
    url: 'https://excitingspas.com/side-effects.html',
    tier: 'C',
  },
  'clinicwala-precautions': {
    citation: 'Clinicwala. Massage precautions.',
    url: 'https://clinicwala.com/cure_massage-massage-precautionsmassage.html',
    tier: 'C',
  },
  'massagechairsphilippines-deep-tissue': {
    citation: 'Massage Chairs Philippines. When deep tissue massage should be avoided.',
    url: 'https://www.massagechairsphilippines.com/when-should-deep-tissue-massage-be-avoided',
    tier: 'C',
  },
  'clearview-cooper-summary': {
    citation: 'Clearview Chiropractic. Summary of Cooper et al. 2016 on gluteus medius weakness in low back pain.',
    url: 'https://clearviewchiropractic.ca/how-this-slice-of-pizza-shaped-muscle-in-your-butt-may-be-contributing-to-your-low-back-pain',
    tier: 'C',
  },
  'wikipedia-piriformis-syndrome': {
    citation: 'Wikipedia. Piriformis syndrome (revision 1179761070).',
    url: 'https://en.wikipedia.org/wiki/?oldid=1179761070&title=Piriformis_syndrome',
    tier: 'C',
  },

  // ---- Peer-reviewed studies, reviews and guidelines [A] ----
  'monclus-diez-2025': {
    citation:
      'Monclús-Díez G et al. How common are myofascial trigger points in low back pain with and without leg pain? A systematic review. Biomedicines 2025;13:1453.',
    url: 'https://www.mdpi.com/2227-9059/13/6/1453',
    tier: 'A',
  },
  'iglesias-gonzalez-2013': {
    citation:
      'Iglesias-González JJ et al. Trigger points, pain, disability and sleep in chronic non-specific low back pain. Pain Medicine 2013;14:1964–70.',
    url: 'https://gredos.usal.es/handle/10366/145022',
    tier: 'A',
  },
  'adelmanesh-2015': {
    citation: 'Adelmanesh F et al. Lumbosacral radiculopathy and painful gluteal trigger points. Am J Phys Med Rehabil 2015;94:784–91.',
    url: 'https://metajournal.com/articles/633652/association-lumbosacral-radiculopathy-painful-gluteal-trigger-points',
    tier: 'A',
  },
  'adelmanesh-2016': {
    citation: 'Adelmanesh F et al. How well gluteal trigger points point to radicular low back pain. Clin J Pain 2016;32:666–72.',
    url: 'https://ouci.dntb.gov.ua/en/works/7qZDKz54',
    tier: 'A',
  },
  'njoo-1994': {
    citation:
      'Njoo KH, Van der Does E. Trigger points in quadratus lumborum and gluteus medius: how often, and how well examiners agree. Pain 1994;58:317–23.',
    url: 'https://www.metajournal.com/articles/371914/occurrence-inter-rater-reliability-myofascial-trigger-points-quadratus',
    tier: 'A',
  },
  'rathbone-2017': {
    citation:
      'Rathbone ATL et al. How well examiners agree when they feel for trigger points: systematic review and meta-analysis. Clin J Pain 2017;33:715–29.',
    url: 'https://www.ncbi.nlm.nih.gov/m/pubmed/28098584/',
    tier: 'A',
  },
  'hong-1997': {
    citation: 'Hong CZ et al. Referred pain brought on by pressing or by needling trigger points. Arch Phys Med Rehabil 1997;78:957–60.',
    url: 'https://researchoutput.ncku.edu.tw/en/publications/referred-pain-elicited-by-palpation-and-by-needling-of-myofascial',
    tier: 'A',
  },
  'holm-jensen-2020': {
    citation:
      'Holm-Jensen A et al. How well examiners agree on lumbar and gluteal trigger points in low back pain with leg pain, and how common they are. Arch Rehabil Res Clin Transl 2020.',
    url: 'https://www.ucviden.dk/da/publications/the-inter-examiner-reproducibility-and-prevalence-of-lumbar-and-g',
    tier: 'A',
  },
  'delgado-alvarez-2022': {
    citation:
      'Delgado Álvarez S et al. Dry needling versus ischemic compression of gluteus medius in non-specific low back pain. IJERPH 2022;19:12468.',
    url: 'https://www.mdpi.com/1660-4601/19/19/12468',
    tier: 'A',
  },
  'ischemic-compression-meta-2022': {
    citation: 'Ischemic compression for myofascial pain syndrome: systematic review and meta-analysis (2022).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9434898',
    tier: 'A',
  },
  'fernandez-de-las-penas-2006': {
    citation:
      'Fernández-de-las-Peñas C et al. Immediate effect of ischemic compression and transverse friction massage on trigger point tenderness. J Bodyw Mov Ther 2006;10:3–9.',
    url: 'https://it.scribd.com/document/136078000/The-Immediate-Effect-of-Ischemic-Compression-Technique-and-Transverse-Friction-Massage-on-Tenderness-of-Active-and-Latent-Myofascial-Trigger-Points',
    tier: 'A',
  },
  'foam-roller-rct': {
    citation: 'Randomised trial of static foam-roller compression on latent calf (gastrocnemius) trigger points.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6358529',
    tier: 'A',
  },
  'green-1999': {
    citation: 'Green BN et al. Changing cycling technique in gluteus medius syndrome: a case report. JMPT 1999;22:108.',
    url: 'https://c.coek.info/pdf-effects-of-altering-cycling-technique-on-gluteus-medius-syndrome-.html',
    tier: 'A',
  },
  'dommerholt-2006': {
    citation: 'Dommerholt J, Bron C, Franssen J. Myofascial trigger points: an evidence-informed review. J Man Manip Ther 2006;14:203–21.',
    url: 'https://pdfslide.net/documents/myofascial-trigger-points-an-evidence-informed-myofascial-trigger-points-an.html',
    tier: 'A',
  },
  'cooper-2016': {
    citation:
      'Cooper NA et al. How common gluteus medius weakness is in chronic low back pain compared with people without pain. Eur Spine J 2016;25:1258.',
    url: 'https://ouci.dntb.gov.ua/works/lR83nWe7',
    tier: 'A',
  },
  'carroll-2022': {
    citation:
      'Carroll M et al. Gluteus medius trigger points, hip movement and strength in chronic non-specific low back pain (AUT thesis / JMPT 2022).',
    url: 'https://openrepository.aut.ac.nz/items/259bfb9f-af2e-4307-a6f3-6b9ecb7c53b3',
    tier: 'A',
  },
  'bjsm-lateral-hip-2020': {
    citation: "BJSM blog. Lateral hip pain: don't always blame the glutes (2020).",
    url: 'https://blogs.bmj.com/bjsm/2020/11/17/lateral-hip-pain-dont-always-blame-the-glutes',
    // A journal's blog post, not a peer-reviewed paper.
    tier: 'C',
  },
  'bjsm-gluteal-triangle': {
    citation: 'BJSM. Table from the "gluteal triangle" paper on tests for lateral and posterior hip pain.',
    url: 'https://bjsm.bmj.com/highwire/markup/85305/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed',
    tier: 'A',
  },
  'graven-nielsen-2022': {
    citation: 'Graven-Nielsen T. Mechanisms and manifestations in musculoskeletal pain. Pain 2022.',
    url: 'https://journals.lww.com/pain/Fulltext/2022/11001/Mechanisms_and_manifestations_in_musculoskeletal.4.aspx',
    tier: 'A',
  },
  'bourgaize-2018': {
    citation: 'Bourgaize S et al. Myofascial pain syndrome compared with fibromyalgia. JCCA 2018 (review summary).',
    url: 'https://researchreviewservice.com/research-reviews/free-sample-reviews/3612-comparison-of-the-clinical-manifestation-pathophysiology-of-myofascial-pain-syndrome-fibromyalgia-mp3',
    tier: 'A',
  },
  'acsm-2021': {
    citation: 'American College of Sports Medicine. Stretching and flexibility guidelines update (2021; Guidelines 11th ed., table 5.6).',
    url: 'https://www.acsm.org/all-blog-posts/certification-blog/acsm-certified-blog/2021/03/18/stretching-and-flexibility-guidelines-update',
    tier: 'A',
  },

  // ---- Red flags and guidelines [A] ----
  'nhs-gloucestershire-red-flags': {
    citation: 'NHS Gloucestershire G-Care. Red flags for spinal conditions (based on NICE CKS).',
    url: 'https://g-care.glos.nhs.uk/pathway/75/resource/3',
    tier: 'A',
  },
  'nhs-norfolk-waveney-back-pain': {
    citation: 'Norfolk & Waveney NHS community health. Got back pain? (cauda equina warning signs).',
    url: 'https://norfolkandwaveneycommunityhealth.nhs.uk/msk/refer-yourself/systmconnect/got-back-pain/',
    tier: 'A',
  },
  'northern-trust-lbp': {
    citation: 'Northern Health and Social Care Trust (Northern Ireland). Physiotherapy: low back pain.',
    url: 'https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/',
    tier: 'A',
  },
  'redflagsymptoms-back-pain': {
    citation: 'redflagsymptoms.co.uk. Back pain: red-flag symptoms (NHS-derived list).',
    url: 'https://redflagsymptoms.co.uk/back-pain',
    tier: 'A',
  },
  'sheffield-msk-back-pain': {
    citation: 'Sheffield aches and pains (NHS MSK service). What is back pain? (a staging copy of the site)',
    url: 'https://sheffieldachespains-staging.preflight.site/conditions/back-pain/what-is-back-pain',
    // A test (staging) copy of a service website, not a published guideline.
    tier: 'C',
  },
  'chcp-msk-back': { citation: 'City Health Care Partnership MSK service. Back.', url: 'https://www.chcpmsk.org.uk/body-parts/back', tier: 'A' },
  'hull-neurosurgery-red-flags': {
    citation: 'Hull neurosurgery. Red-flag conditions and cauda equina syndrome.',
    url: 'https://www.heyneurosurgeon.co.uk/red-flag-conditions-and-cauda-equina-syndrome/',
    tier: 'A',
  },
  'nice-ng65': {
    citation: 'NICE NG65. Spondyloarthritis in over-16s: diagnosis and management (recommendations).',
    url: 'https://www.nice.org.uk/guidance/ng65/chapter/recommendations',
    tier: 'A',
  },
  'nhs-lanarkshire-axspa': {
    citation: 'NHS Lanarkshire. Axial spondyloarthritis referral guideline (Right Decisions, rheumatology referral pathways).',
    url: 'https://rightdecisions.scot.nhs.uk/nhsl-referral-pathways/rheumatology-referral-pathways/axial-spondyloarthritis-referral-guideline',
    tier: 'A',
  },
  'bjgp-axspa-2018': {
    citation: 'British Journal of General Practice 2018;68(672):346. Axial spondyloarthritis in primary care (summary of NICE NG65 referral).',
    url: 'https://bjgp.org/content/68/672/346',
    tier: 'A',
  },
  'verhagen-2016': {
    citation: 'Verhagen AP et al. Red flags presented in current low back pain guidelines: a review. Eur Spine J 2016;25:2788–802.',
    url: 'https://link.springer.com/article/10.1007/s00586-016-4684-0',
    tier: 'A',
  },
  'ahcpr-red-flags': {
    citation: 'AHCPR. Acute low back problems in adults: red-flag table.',
    url: 'http://www.ncbi.nlm.nih.gov/books/NBK52120/table/A34364/?report=objectonly',
    tier: 'A',
  },
  'bmj-best-practice-lbp': {
    citation: 'BMJ Best Practice. Low back pain: differential diagnosis.',
    url: 'http://bestpractice.bmj.com/topics/en-gb/189',
    tier: 'A',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;

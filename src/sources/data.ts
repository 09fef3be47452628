/**
 * The source registry: every seed article, research paper and reference system that the
 * knowledge base cites.
 *
 * Rows come from the project's shared material: the five seed articles in `shared/seeds` and the
 * research notes in `shared/research` (`evidence.md` for studies and guidelines, `injuries.md` for
 * the running-injury papers, `anchors.md` for reference systems and ontologies). Each row is one {@link Source}:
 * a stable id, the kind of work, the citation exactly as the notes give it (nothing added from
 * memory), a title and year only where the material states them, site details for seeds, a
 * summary in our own words, and an `origin` naming the shared file plus a short phrase that
 * occurs verbatim in it, so every citation can be traced back.
 */
import type { Source } from "./schema";

/** Every source the knowledge base cites, grouped as seeds, research by topic, and reference systems. */
export const sourceData = () => [
  // ---------------------------------------------------------------------------------------------
  // Seed articles: practitioner and runner opinion that the knowledge base encodes and checks.
  // ---------------------------------------------------------------------------------------------
  {
    id: "seed-000",
    kind: "practitioner-opinion",
    citation: "Blog post by a certified running coach on a running coach's blog (no date given)",
    title: "What Your Chronic Soreness is Telling You",
    seed: { site: "a running coach's blog", format: "practitioner-blog" },
    summary:
      "A coach describes four weeks of right-sided gluteus medius tightness that stretching and rolling did not ease, which her physiotherapist put down to the deep hip rotators not engaging; she argues that lasting tightness marks a muscle covering for a weaker one, and reports improvement with activation drills.",
    origin: { file: "seeds/000_3f0270ec11315dd7.txt", anchor: "What Your Chronic Soreness is Telling You" },
  },
  {
    id: "seed-001",
    kind: "practitioner-opinion",
    citation: "Question-and-answer thread on freshhoot.com, answered by a physical therapist (no date given)",
    title: "Sore glutes from running",
    seed: { site: "freshhoot.com", format: "q-and-a" },
    summary:
      "A runner asks why the upper buttock gets tighter and sorer than anywhere else after long runs; the therapist's answer blames a tight piriformis with weak or lengthened hip abductors, says the sciatic nerve passes through piriformis in 15% of people, lists piriformis stretches, and the runner later reports that abductor strengthening largely fixed it.",
    origin: { file: "seeds/001_c205b1d8328345a2.txt", anchor: "Sore glutes from running" },
  },
  {
    id: "seed-002",
    kind: "practitioner-opinion",
    citation: "Article on a sports and physical therapy clinic's website (no author or date given)",
    title: "Getting Back to Pain Free Running",
    seed: { site: "a sports and physical therapy clinic's website", format: "clinic-article" },
    summary:
      "The clinic argues that runners' overuse pain often comes from altered firing patterns, where primary running muscles tire or fail to recruit and back-up muscles overwork and tighten, so the fix is retraining recruitment rather than stretching the tight area.",
    origin: { file: "seeds/002_fb4cc6237ab5a4d7.txt", anchor: "Getting Back to Pain Free Running" },
  },
  {
    id: "seed-003",
    kind: "practitioner-opinion",
    citation: "Seed 003: untitled article on glute soreness after running (the page gives no title, author, address or date)",
    seed: { site: "an unnamed general-interest website", format: "general-article" },
    summary:
      "Lists overuse, weak glutes, poor form, skipped warm-ups and short recovery as causes of post-run buttock soreness; advises glute strength work twice weekly, the 10% weekly mileage rule, and seeing a professional when soreness outlasts a week, stating it normally lasts 24 to 72 hours.",
    origin: { file: "seeds/003_36f35df9a8807fb7.txt", anchor: "glute soreness after a run" },
  },
  {
    id: "seed-004",
    kind: "practitioner-opinion",
    citation: "Blog post relaying the view of a massage therapist and acupuncturist (no date given)",
    title: "Lower back and calf pain when running",
    seed: { site: "a personal blog", format: "practitioner-blog" },
    summary:
      "Relays a therapist's chain in which tight TFL and hip flexors tilt the pelvis forward, strain the lumbar muscles, shorten the stride and shift landing to the forefoot, overloading calves and kneecap; recommends 30–90 s trigger-point pressure around the hip, hip flexor stretching, foam rolling and glute exercises.",
    origin: { file: "seeds/004_c7293f31f2fb59d7.txt", anchor: "Lower back and Calf Pain when Running" },
  },

  // ---------------------------------------------------------------------------------------------
  // Research: tightness, stretching and the compensation model.
  // ---------------------------------------------------------------------------------------------
  {
    id: "weppler-2010",
    kind: "review",
    citation: "Weppler & Magnusson 2010, Phys Ther 90:438–449",
    year: 2010,
    summary:
      "Finds that gains from 3–8 weeks of stretching reflect altered sensation more than longer muscle, which undercuts reading persistent tightness as a length problem.",
    origin: { file: "research/evidence.md", anchor: "Weppler & Magnusson 2010" },
  },
  {
    id: "arab-2010",
    kind: "cross-sectional",
    citation: "Arab & Nourbakhsh 2010",
    year: 2010,
    summary:
      "In 300 people, iliotibial band tightness in low back pain was not linked to hip abductor weakness: the one direct test of the tight-compensates-for-weak idea found against it.",
    origin: { file: "research/evidence.md", anchor: "Arab & Nourbakhsh 2010" },
  },
  {
    id: "noehren-2014",
    kind: "case-control",
    citation: "Noehren 2014, JOSPT 44:217",
    year: 2014,
    summary:
      "Seventeen men with ITBS had weaker hip external rotators than 17 controls and ran with 3.7° more hip internal rotation; it does not show that gluteus medius overworks as a result.",
    origin: { file: "research/evidence.md", anchor: "Noehren 2014" },
  },
  {
    id: "schuermans-2017",
    kind: "cohort",
    citation: "Schuermans 2017, AJSM",
    year: 2017,
    summary:
      "In soccer players followed prospectively, more gluteus maximus activity in front swing went with fewer hamstring injuries (10% more activity ≈ 20% lower risk); indirect for runners and silent on tightness.",
    origin: { file: "research/evidence.md", anchor: "Schuermans 2017" },
  },
  {
    id: "heino-1990",
    kind: "cross-sectional",
    citation: "Heino 1990, JOSPT 12:243",
    year: 1990,
    summary:
      "Hip extension range barely correlated with pelvic tilt (r = −0.04) or lordosis (r = −0.09), contradicting the claim that tight hip flexors tip the pelvis forward.",
    origin: { file: "research/evidence.md", anchor: "Heino 1990" },
  },
  {
    id: "naseri-2010",
    kind: "cross-sectional",
    citation: "Naseri 2010",
    year: 2010,
    summary: "In 75 women, muscle tightness had no significant effect on pelvic tilt or lumbar lordosis.",
    origin: { file: "research/evidence.md", anchor: "Naseri 2010" },
  },
  {
    id: "youdas-1996",
    kind: "cross-sectional",
    citation: "Youdas 1996, Phys Ther",
    year: 1996,
    summary:
      "Testing the postural links behind Janda's lower crossed syndrome, found only weak, sex-specific associations, leaving the model contested.",
    origin: { file: "research/evidence.md", anchor: "Youdas 1996" },
  },

  // ---------------------------------------------------------------------------------------------
  // Research: hip strength and knee or lateral hip injury.
  // ---------------------------------------------------------------------------------------------
  {
    id: "fredericson-2000",
    kind: "case-control",
    citation: "Fredericson 2000, Clin J Sport Med 10:169",
    year: 2000,
    summary:
      "Among 24 runners, the ITBS side had lower abductor torque (7.82 vs 9.82 on the uninjured side and 10.19 in controls, %BW·height, women), followed by a 6-week gluteus medius rehab programme.",
    origin: { file: "research/evidence.md", anchor: "Fredericson 2000, Clin J Sport Med" },
  },
  {
    id: "mucha-2017",
    kind: "systematic-review",
    citation: "Mucha 2017, J Sci Med Sport",
    year: 2017,
    summary:
      "Links weak hip abductors to ITBS only in cross-sectional studies, with the link unclear for patellofemoral pain, shin splints, tibial stress fracture and Achilles problems.",
    origin: { file: "research/evidence.md", anchor: "Mucha 2017" },
  },
  {
    id: "christopher-2019",
    kind: "systematic-review",
    citation: "Christopher 2019, Arch Physiother 9:2",
    year: 2019,
    summary:
      "Systematic review of prospective studies asking whether strength, flexibility, range of motion or alignment predict running injury: all the evidence is very low quality, and one included study linked stronger hip abductors to injury. It does not rate abductor weakness as a cause of lateral knee pain.",
    origin: { file: "research/evidence.md", anchor: "Christopher 2019" },
  },
  {
    id: "ireland-2003",
    kind: "case-control",
    citation: "Ireland 2003, JOSPT",
    year: 2003,
    summary:
      "People with patellofemoral pain had 26% less hip abduction and 36% less external rotation strength: a cross-sectional link, not proof of cause.",
    origin: { file: "research/evidence.md", anchor: "Ireland 2003" },
  },
  {
    id: "rathleff-2014",
    kind: "systematic-review",
    citation: "Rathleff 2014, BJSM",
    year: 2014,
    summary:
      "Cited with Neal 2019 for the finding that hip weakness does not predict later patellofemoral pain, so it looks more like a consequence than a cause.",
    origin: { file: "research/evidence.md", anchor: "Rathleff 2014" },
  },
  {
    id: "neal-2019",
    kind: "systematic-review",
    citation: "Neal 2019, BJSM",
    year: 2019,
    summary:
      "Pooling 18 prospective studies (n=4,818), found hip weakness is not a risk factor for patellofemoral pain.",
    origin: { file: "research/evidence.md", anchor: "Neal 2019" },
  },

  // ---------------------------------------------------------------------------------------------
  // Research: the clinical picture of running injuries (injuries.md).
  {
    id: "van-der-worp-2012",
    kind: "systematic-review",
    citation: "van der Worp MP et al. 2012. Iliotibial band syndrome in runners: SR. Sports Med 42(11):969-92",
    year: 2012,
    summary:
      "Describes iliotibial band syndrome as outer knee pain near the lateral femoral epicondyle with repeated bending and straightening, in 5–14% of runners; the causal evidence is limited and conflicting, and the part played by weak hip abductors unclear.",
    origin: { file: "research/injuries.md", anchor: "van der Worp MP et al. 2012" },
  },
  {
    id: "willy-2019",
    kind: "guideline",
    citation: "Willy RW et al. 2019. Patellofemoral pain CPG. J Orthop Sports Phys Ther 49(9):CPG1-95",
    year: 2019,
    summary:
      "Clinical practice guideline defining patellofemoral pain as pain around or behind the kneecap brought on by squatting, stairs, long sitting or other loaded knee bending, once other causes are ruled out (recommendations seen in a secondary summary).",
    origin: { file: "research/injuries.md", anchor: "Willy RW et al. 2019" },
  },

  // Research: piriformis, sciatic nerve and sacroiliac joint.
  // ---------------------------------------------------------------------------------------------
  {
    id: "hopayian-2010",
    kind: "review",
    citation: "Hopayian 2010, Eur Spine J",
    year: 2010,
    summary:
      "Describes four typical features of piriformis syndrome (buttock pain, worse on sitting, tenderness near the sciatic notch, pain when piriformis is put under tension) and notes there is no gold-standard test.",
    origin: { file: "research/evidence.md", anchor: "Hopayian 2010" },
  },
  {
    id: "hopayian-2017",
    kind: "review",
    citation: "Hopayian 2017, Eur J Orthop Surg Traumatol",
    year: 2017,
    summary:
      "Restates the four typical features and treats piriformis syndrome as a diagnosis of exclusion, which backs referring pain plus numbness to a professional.",
    origin: { file: "research/evidence.md", anchor: "Hopayian 2017" },
  },
  {
    id: "smoll-2010",
    kind: "systematic-review",
    citation: "Smoll 2010, Clin Anat",
    year: 2010,
    summary:
      "Across 18 studies and 6,062 cadavers, any sciatic nerve anomaly occurred in 16.9% (95% CI 16.0–17.9), and in 16.2% of piriformis-syndrome surgical cases; the seed's 15% is the rate of any variant, not of the nerve piercing the muscle.",
    origin: { file: "research/evidence.md", anchor: "Smoll 2010" },
  },
  {
    id: "natsis-2014",
    kind: "cadaver-study",
    citation: "Natsis 2014, Surg Radiol Anat",
    year: 2014,
    summary:
      "In 294 limbs, sciatic variants occurred in 6.4%; one branch through a double piriformis in 4.1%, and both in 0.3%.",
    origin: { file: "research/evidence.md", anchor: "Natsis 2014" },
  },
  {
    id: "poutoglidou-2020",
    kind: "review",
    citation: "Poutoglidou 2020, Cureus",
    year: 2020,
    summary: "Across 44 studies, the typical relation of sciatic nerve and piriformis was found in 90%.",
    origin: { file: "research/evidence.md", anchor: "Poutoglidou 2020" },
  },
  {
    id: "laslett-2005",
    kind: "diagnostic-accuracy",
    citation: "Laslett 2005, Man Ther",
    year: 2005,
    summary:
      "Against an anaesthetic block of the sacroiliac joint, three or more of six provocation tests positive gave sensitivity 94%, specificity 78% and LR+ 4.3; the cluster was never compared with piriformis syndrome.",
    origin: { file: "research/evidence.md", anchor: "Laslett 2005" },
  },

  // ---------------------------------------------------------------------------------------------
  // Research: soreness, training load and injury prevention.
  // ---------------------------------------------------------------------------------------------
  {
    id: "cheung-2003",
    kind: "review",
    citation: "Cheung, Hume & Maxwell 2003, Sports Med 33:145–164",
    year: 2003,
    summary:
      "Gives the DOMS time course: builds over the first 24 h, peaks at 24–72 h and is gone by about 5–7 days (secondary).",
    origin: { file: "research/evidence.md", anchor: "Cheung, Hume & Maxwell 2003" },
  },
  {
    id: "buist-2008",
    kind: "rct",
    citation: "Buist 2008, AJSM 36:33–39",
    year: 2008,
    summary:
      "In novice runners, a 13-week plan built on the 10% rule gave no significant difference in injuries from an 8-week standard plan.",
    origin: { file: "research/evidence.md", anchor: "Buist 2008" },
  },
  {
    id: "nielsen-2014",
    kind: "cohort",
    citation: "Nielsen 2014, JOSPT",
    year: 2014,
    summary:
      "In 874 runners, progressing more than 30% over 2 weeks versus under 10% gave HR 1.59 (0.96–2.66, p=.07) for distance-related injuries: a trend, not a significant result.",
    origin: { file: "research/evidence.md", anchor: "Nielsen 2014" },
  },
  {
    id: "fredette-2022",
    kind: "systematic-review",
    citation: "Fredette 2022",
    year: 2022,
    summary: "Concludes that the 10% weekly mileage rule is not justified by the evidence.",
    origin: { file: "research/evidence.md", anchor: "Fredette 2022" },
  },
  {
    id: "frandsen-2025",
    kind: "cohort",
    citation: "Frandsen 2025, BJSM 59:1203",
    year: 2025,
    summary:
      "In 5,205 runners and 588,071 runs, a single run more than 10% longer than the longest of the past 30 days raised injury risk (HR 1.64 for 10–30%, 1.52 for 30–100%, 2.28 for >100%), while the week-to-week ratio showed no relationship.",
    origin: { file: "research/evidence.md", anchor: "Frandsen 2025" },
  },
  {
    id: "gabbett-2016",
    kind: "review",
    citation: "Gabbett 2016, BJSM 50:273–280",
    year: 2016,
    summary:
      "Source of the acute:chronic workload ratio \"sweet spot\" of about 0.8–1.3, drawn from team sports (secondary).",
    origin: { file: "research/evidence.md", anchor: "Gabbett 2016" },
  },
  {
    id: "lolli-2019",
    kind: "methods-study",
    citation: "Lolli 2019, BJSM 53:921",
    year: 2019,
    summary: "Shows the acute:chronic workload ratio suffers from mathematical coupling between its numerator and denominator.",
    origin: { file: "research/evidence.md", anchor: "Lolli 2019" },
  },
  {
    id: "impellizzeri-2020",
    kind: "methods-study",
    citation: "Impellizzeri 2020, Sports Med",
    year: 2020,
    summary:
      "Shows that random chronic loads reproduce the published odds ratios for the acute:chronic workload ratio (c≈0.57), so those associations may be artefacts.",
    origin: { file: "research/evidence.md", anchor: "Impellizzeri 2020" },
  },
  {
    id: "lauersen-2014",
    kind: "systematic-review",
    citation: "Lauersen 2014, BJSM",
    year: 2014,
    summary:
      "Strength training cut sports injuries (RR 0.315, 0.207–0.480) and overuse injuries (RR 0.527), whereas stretching had no effect (RR 0.963).",
    origin: { file: "research/evidence.md", anchor: "Lauersen 2014" },
  },

  // ---------------------------------------------------------------------------------------------
  // Research: EMG activation of gluteal exercises (%MVIC).
  // ---------------------------------------------------------------------------------------------
  {
    id: "distefano-2009",
    kind: "emg-study",
    citation: "Distefano 2009, JOSPT 39:532",
    year: 2009,
    summary:
      "Surface EMG ranking of common gluteal exercises: side-lying hip abduction reached 81±42 %MVIC for gluteus medius, while single-leg squat (64±25 medius, 59±27 maximus) and single-leg deadlift (59±25, 59±28) worked both muscles.",
    origin: { file: "research/evidence.md", anchor: "Distefano 2009" },
  },
  {
    id: "ijspt-2014-gluteal-emg-review",
    kind: "review",
    citation: "IJSPT 2014 review, Table 2 (PMC4004121)",
    year: 2014,
    summary:
      "Tabulates %MVIC ranges across studies, such as side bridge 74–103 for gluteus medius and single-leg bridge 47–55 gluteus medius and 40–54 gluteus maximus.",
    origin: { file: "research/evidence.md", anchor: "IJSPT 2014 review Table 2" },
  },
  {
    id: "macaskill-2014",
    kind: "emg-study",
    citation: "MacAskill 2014, IJSPT",
    year: 2014,
    summary:
      "With 10-repetition-maximum loads, side-lying abduction reached 99.9±17 %MVIC for gluteus medius and prone hip extension 100.7±14.5 for gluteus maximus.",
    origin: { file: "research/evidence.md", anchor: "MacAskill 2014" },
  },
  {
    id: "boren-2011",
    kind: "emg-study",
    citation: "Boren 2011, IJSPT 6:206",
    year: 2011,
    summary:
      "Reports side plank with abduction at 103 %MVIC (working leg down) for gluteus medius, and front plank with hip extension at 106 for gluteus maximus (secondary).",
    origin: { file: "research/evidence.md", anchor: "Boren 2011" },
  },
  {
    id: "selkowitz-2013",
    kind: "emg-study",
    citation: "Selkowitz 2013, JOSPT 43:54",
    year: 2013,
    summary:
      "Fine-wire EMG ratio of gluteal to TFL activation, highest for clam (115), then side-step (64), single-leg bridge (59) and quadruped exercises (50): exercises that work the glutes without loading TFL.",
    origin: { file: "research/evidence.md", anchor: "Selkowitz 2013" },
  },
  {
    id: "reiman-2012",
    kind: "review",
    citation: "Reiman 2012, Physiother Theory Pract 28:257",
    year: 2012,
    summary:
      "Defines activation bands of low 0–20%, moderate 21–40%, high 41–60% and very high >60% MVIC (only the >60% band confirmed).",
    origin: { file: "research/evidence.md", anchor: "Reiman 2012" },
  },
  {
    id: "krause-neto-2020",
    kind: "review",
    citation: "Krause Neto 2020, JSSM",
    year: 2020,
    summary: "Confirms the >60% MVIC threshold for very high gluteal activation.",
    origin: { file: "research/evidence.md", anchor: "Krause Neto 2020" },
  },

  // ---------------------------------------------------------------------------------------------
  // Research: dosage used in trials and guidelines.
  // ---------------------------------------------------------------------------------------------
  {
    id: "willy-2011",
    kind: "controlled-trial",
    citation: "Willy & Davis 2011, JOSPT 41:625",
    year: 2011,
    summary:
      "Hip strengthening with movement retraining for female runners, 3 sessions a week for 6 weeks (2 unsupervised, 1 supervised): non-weight-bearing for 2 weeks, then 4 weeks loaded.",
    origin: { file: "research/evidence.md", anchor: "Willy & Davis 2011" },
  },
  {
    id: "ferber-2015",
    kind: "rct",
    citation: "Ferber 2015, J Athl Train 50:366",
    year: 2015,
    summary:
      "In 199 people with patellofemoral pain, 6-week hip/core and knee programmes both helped, with pain falling 1 week sooner in the hip/core group.",
    origin: { file: "research/evidence.md", anchor: "Ferber 2015" },
  },
  {
    id: "itbs-pilot-2020",
    kind: "rct",
    citation: "J Orthop Surg Res 2020, article s13018-020-01713-7, Table 2",
    year: 2020,
    summary:
      "Pilot trial in female runners with ITBS giving an 8-week, 3-days-a-week progression: side-lying abduction 2×10 to 3×10 then band walks 3×15, bridge 3×10 to 3×15, side plank 2×30 s to 3×20 s.",
    origin: { file: "research/evidence.md", anchor: "s13018-020-01713-7" },
  },
  {
    id: "hip-retraining-trial-protocol",
    kind: "trial-protocol",
    citation: "Trials protocol, PMC4756499, Table 2",
    summary:
      "Protocol that moves from hip retraining at 3×12–20 reps to loaded strengthening at 3×8–12, raising load by fatigue, with stretches held 3–5×30 s.",
    origin: { file: "research/evidence.md", anchor: "PMC4756499" },
  },
  {
    id: "bandy-1994",
    kind: "controlled-trial",
    citation: "Bandy & Irion 1994, Phys Ther",
    year: 1994,
    summary:
      "Hamstring stretches held 15, 30 or 60 s, 5 days a week for 6 weeks: 30 s did as well as 60 s, and both did better than 15 s, which did no better than not stretching.",
    origin: { file: "research/evidence.md", anchor: "Bandy & Irion 1994" },
  },
  {
    id: "bandy-1997",
    kind: "controlled-trial",
    citation: "Bandy & Irion 1997, Phys Ther",
    year: 1997,
    summary:
      "Compared 30 s with 60 s holds, and one stretch a day with three, over 6 weeks: every stretching group gained on the controls and none differed from another, so one 30 s hold a day did as well as more.",
    origin: { file: "research/evidence.md", anchor: "Bandy & Irion 1997" },
  },
  {
    id: "acsm-2011",
    kind: "guideline",
    citation: "ACSM (Garber 2011)",
    year: 2011,
    summary:
      "Adult static stretching guidance: hold 10–30 s (30–60 s for older adults), 2–4 repetitions to about 60 s in total, at least 2–3 days a week and ideally daily.",
    origin: { file: "research/evidence.md", anchor: "ACSM (Garber 2011)" },
  },
  {
    id: "trigger-point-meta-2022",
    kind: "systematic-review",
    citation: "Meta-analysis 2022, PMC9434898",
    year: 2022,
    summary:
      "Ischaemic compression of trigger points raised pressure-pain threshold (SMD 0.67) without changing self-reported pain (SMD −0.22, ns); the seed's 30–90 s duration is not tested.",
    origin: { file: "research/evidence.md", anchor: "PMC9434898" },
  },

  // ---------------------------------------------------------------------------------------------
  // Research and guidance: red flags and referral.
  // ---------------------------------------------------------------------------------------------
  {
    id: "bmj-best-practice-ces",
    kind: "guideline",
    citation: "BMJ Best Practice (cauda equina syndrome)",
    summary:
      "Lists cauda equina warning signs (new bladder or bowel disturbance, saddle numbness, deficit in both legs, sexual dysfunction) that call for same-day emergency care.",
    origin: { file: "research/evidence.md", anchor: "BMJ Best Practice" },
  },
  {
    id: "girft-2023",
    kind: "guideline",
    citation: "GIRFT/NHS England, National Suspected Cauda Equina Syndrome Pathway, February 2023",
    year: 2023,
    summary:
      "National pathway that treats suspected cauda equina syndrome as a same-day emergency; published in February 2023 (the research notes first dated it 2024, wrongly).",
    origin: { file: "research/evidence.md", anchor: "GIRFT national suspected cauda equina pathway" },
  },
  {
    id: "finucane-2020",
    kind: "guideline",
    citation: "Finucane 2020, JOSPT 50:350 (IFOMPT framework)",
    year: 2020,
    summary:
      "International framework for serious pathology: progressive or multi-root neurological deficit is urgent, infection signs warrant referral, and single flags should be combined rather than relied on alone.",
    origin: { file: "research/evidence.md", anchor: "Finucane 2020" },
  },
  {
    id: "downie-2013",
    kind: "systematic-review",
    citation: "Downie 2013, BMJ 347:f7095",
    year: 2013,
    summary:
      "Gives post-test probabilities of fracture for older age (9%), long-term corticosteroids (33%), severe trauma (11%) and bruise or abrasion (62%), reaching 90% when several occur together; a history of cancer gives 33% for malignancy.",
    origin: { file: "research/evidence.md", anchor: "Downie 2013" },
  },
  {
    id: "henschke-2013",
    kind: "systematic-review",
    citation: "Henschke 2013 Cochrane",
    year: 2013,
    summary:
      "Cochrane review cited with Downie 2013 on malignancy red flags: weight loss, night pain or age over 50 on their own barely shift the probability.",
    origin: { file: "research/evidence.md", anchor: "Henschke 2013 Cochrane" },
  },
  {
    id: "verhagen-2016",
    kind: "review",
    citation: "Verhagen 2016, Eur Spine J",
    year: 2016,
    summary: "Cited with Downie and Henschke on malignancy red flags that justify referral.",
    origin: { file: "research/evidence.md", anchor: "Verhagen 2016" },
  },
  {
    id: "cook-2018",
    kind: "review",
    citation: "Cook 2018, BJSM",
    year: 2018,
    summary: "Argues that single red flags have poor diagnostic accuracy, so combinations should be encoded.",
    origin: { file: "research/evidence.md", anchor: "Cook 2018" },
  },
  {
    id: "robertson-2017",
    kind: "review",
    citation: "Robertson & Wood 2017, Sports Med Int Open (PMC6226070)",
    year: 2017,
    summary:
      "Femoral neck stress fracture signs (groin pain that builds through a run, night pain, limp, pain on hopping or at end-range hip rotation) mean stop running and image within 24 h, or emergency care if the runner cannot bear weight.",
    origin: { file: "research/evidence.md", anchor: "Robertson & Wood 2017" },
  },
  {
    id: "warden-2014",
    kind: "review",
    citation: "Warden 2014",
    year: 2014,
    summary:
      "Cited (secondary), with PMC7049623, for bone stress injury signs that call for referral: focal bony tenderness, pain that does not warm up, a previous bone stress injury, a load change 3–8 weeks earlier, low energy availability.",
    origin: { file: "research/evidence.md", anchor: "Warden 2014" },
  },
  {
    id: "bone-stress-review-pmc7049623",
    kind: "review",
    citation: "PMC7049623",
    summary:
      "Cited with Warden 2014 for the bone stress injury signs that call for referral, including a load change 3–8 weeks earlier and low energy availability.",
    origin: { file: "research/evidence.md", anchor: "PMC7049623" },
  },

  // ---------------------------------------------------------------------------------------------  // ---------------------------------------------------------------------------------------------

  // ---------------------------------------------------------------------------------------------
  // Research: field tests a runner can do.
  // ---------------------------------------------------------------------------------------------
  {
    id: "kiesel-2007",
    kind: "diagnostic-accuracy",
    citation: "Kiesel 2007, NAJSPT",
    year: 2007,
    summary:
      "Source of the Functional Movement Screen cutoff of 14 or below for injury risk (sensitivity 0.54, specificity 0.91).",
    origin: { file: "research/evidence.md", anchor: "Kiesel 2007" },
  },
  {
    id: "dorrel-2015",
    kind: "systematic-review",
    citation: "Dorrel 2015",
    year: 2015,
    summary: "Meta-analysis finding the Functional Movement Screen a poor injury predictor (sensitivity 24.7%, specificity 85.7%).",
    origin: { file: "research/evidence.md", anchor: "Dorrel 2015" },
  },
  {
    id: "trinidad-fernandez-2019",
    kind: "systematic-review",
    citation: "Trinidad-Fernandez 2019",
    year: 2019,
    summary: "Meta-analysis giving a pooled OR of 1.86 for the Functional Movement Screen, again a weak predictor of injury.",
    origin: { file: "research/evidence.md", anchor: "Trinidad-Fernandez 2019" },
  },
  {
    id: "crossley-2011",
    kind: "cross-sectional",
    citation: "Crossley 2011, AJSM 39:866",
    year: 2011,
    summary:
      "Single-leg squat rated good, fair or poor with κ 0.60–0.80; good performers showed earlier gluteus medius onset and stronger hip abduction and external rotation.",
    origin: { file: "research/evidence.md", anchor: "Crossley 2011" },
  },
  {
    id: "lequesne-2008",
    kind: "diagnostic-accuracy",
    citation: "Lequesne 2008",
    year: 2008,
    summary:
      "Lateral hip pain within 30 s of single-leg stance identified gluteal tendinopathy with sensitivity 100% and specificity 97.3%.",
    origin: { file: "research/evidence.md", anchor: "Lequesne 2008" },
  },
  {
    id: "grimaldi-2017",
    kind: "diagnostic-accuracy",
    citation: "Grimaldi 2017, BJSM",
    year: 2017,
    summary:
      "Found the 30-s single-leg stance test specific (100%) but insensitive (38%) for gluteal tendinopathy: a positive result rules in, a negative one does not rule out.",
    origin: { file: "research/evidence.md", anchor: "Grimaldi 2017" },
  },

  // ---------------------------------------------------------------------------------------------
  // Reference systems: the ontologies, exercise databases and body maps the knowledge base maps
  // onto. Standards and triage systems that shape only code (FHIR, schema.org, Infermedica) are
  // named in the docs, not here: every source in the registry is cited by some item.
  // ---------------------------------------------------------------------------------------------
  {
    id: "uberon",
    kind: "reference-system",
    citation: "UBERON ontology (CC BY 3.0), identifiers verified from the Uberon repository",
    summary: "Anatomy ontology supplying the UBERON identifiers the knowledge base ships for each muscle.",
    origin: { file: "research/anchors.md", anchor: "Uberon repository" },
  },
  {
    id: "fma",
    kind: "reference-system",
    citation: "FMA (CC BY 3.0)",
    summary:
      "Anatomy ontology supplying FMA identifiers for muscles where they are verified; other public FMA lists are wrong in places.",
    origin: { file: "research/anchors.md", anchor: "FMA (CC BY 3.0)" },
  },
  {
    id: "free-exercise-db",
    kind: "reference-system",
    citation: "free-exercise-db (yuhonas), Unlicense",
    summary:
      "Open database of 873 exercises with primary and secondary muscles drawn from 17 coarse muscle keys; a crosswalk target.",
    origin: { file: "research/anchors.md", anchor: "free-exercise-db (yuhonas)" },
  },
  {
    id: "wger",
    kind: "reference-system",
    citation: "wger (wger-project/wger); code AGPL, exercise data under per-entry CC licences",
    summary:
      "Workout manager with 16 muscles and per-iteration progression rules for sets, reps, rest, RiR and weight: the best prior design for dosage, though it lacks gluteus medius, TFL and the deep rotators.",
    origin: { file: "research/anchors.md", anchor: "wger (wger-project/wger)" },
  },
  {
    id: "react-body-highlighter",
    kind: "reference-system",
    citation: "react-body-highlighter (giavinh79), MIT",
    summary: "Body-map component with 22 muscle keys on front and back views; a crosswalk target for display.",
    origin: { file: "research/anchors.md", anchor: "react-body-highlighter (giavinh79)" },
  },
  {
    id: "react-muscle-highlighter",
    kind: "reference-system",
    citation: "react-muscle-highlighter, MIT",
    summary: "Body-map component with 23 body-part slugs, left and right sides and an intensity per part.",
    origin: { file: "research/anchors.md", anchor: "react-muscle-highlighter" },
  },
] as const satisfies readonly Source[];

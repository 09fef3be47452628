/**
 * Sources of the injury exercises and protocols: the trials, guidelines, reviews and clinic pages
 * of section 24 of `shared/research/injuries.md` that the exercise dosages, protocols and the
 * return-to-run programme rest on.
 *
 * Each row's citation is the notes' reference as written there, without the note on where it was
 * verified; the kind follows what the citation and the notes say of the work (a trial the notes
 * call randomised is `rct`, a pilot or a single-group study `case-series`, a consensus statement
 * `guideline`, a clinic or patient page `practitioner-opinion`); a year only where the citation
 * gives one; `origin` points at the reference line by its opening words.
 */
import type { Source } from "./schema";

/** The sources the injury exercises and protocols cite. See {@link Source} for the fields. */
export const protocolSourceData = () => [
  {
    id: "alfredson-1998",
    kind: "controlled-trial",
    citation: "Alfredson H et al. 1998. Eccentric calf training for Achilles tendinosis. Am J Sports Med 26(3):360-6. doi:10.1177/03635465980260030301",
    year: 1998,
    summary: "The original heel-drop programme for Achilles tendon pain: lowering the heel slowly off a step, fifteen times in three sets, twice a day for twelve weeks.",
    origin: { file: "research/injuries.md", anchor: "Alfredson H et al" },
  },
  {
    id: "jonsson-2008",
    kind: "case-series",
    citation: "Jonsson P et al. 2008. Eccentric regimen, insertional Achilles: pilot. Br J Sports Med",
    year: 2008,
    summary: "A pilot of heel-drops done from floor level, never letting the ankle bend past neutral, for Achilles pain at the heel bone; the library uses its method, as the notes did not read its results.",
    origin: { file: "research/injuries.md", anchor: "Jonsson P et al" },
  },
  {
    id: "beyer-2015",
    kind: "rct",
    citation: "Beyer R et al. 2015. HSR vs eccentric, Achilles: RCT. Am J Sports Med 43(7):1704-11. doi:10.1177/0363546515584760; NCT00952042",
    year: 2015,
    summary: "Compared slow, heavy heel raises three times a week for twelve weeks (from 12- to 6-repetition maximum) with the heel-drop programme for Achilles tendon pain: equal at a year, with better adherence to the heavy slow loading.",
    origin: { file: "research/injuries.md", anchor: "Beyer R et al" },
  },
  {
    id: "rathleff-2015",
    kind: "rct",
    citation: "Rathleff MS et al. 2015. High-load strength, plantar fasciitis: RCT. Scand J Med Sci Sports 25(3):e292-300. doi:10.1111/sms.12313",
    year: 2015,
    summary: "In 48 people with plantar heel pain, high-load single-leg heel raises with a towel under the toes, every second day, beat stretching at three months and matched it later.",
    origin: { file: "research/injuries.md", anchor: "Rathleff MS et al" },
  },
  {
    id: "martin-2014",
    kind: "guideline",
    citation: "Martin RL et al. 2014. Heel pain—plantar fasciitis: revision 2014. J Orthop Sports Phys Ther 44(11):A1-A33. doi:10.2519/jospt.2014.0303",
    year: 2014,
    summary: "The 2014 clinical practice guideline for plantar heel pain: how it is recognised, its risk factors, and the treatments it reviews, with orthoses graded highest.",
    origin: { file: "research/injuries.md", anchor: "Martin RL et al" },
  },
  {
    id: "kongsgaard-2009",
    kind: "rct",
    citation: "Kongsgaard M et al. 2009. Steroid vs eccentric vs HSR, patellar tendinopathy. Scand J Med Sci Sports 19(6):790-802. doi:10.1111/j.1600-0838.2009.00949.x",
    year: 2009,
    summary: "Compared a steroid injection, eccentric training and heavy slow resistance for patellar tendon pain: both exercise groups kept their gains at six months, and the heavy slow group was the most satisfied.",
    origin: { file: "research/injuries.md", anchor: "Kongsgaard M et al" },
  },
  {
    id: "visnes-2007",
    kind: "review",
    citation: "Visnes H, Bahr R. 2007. Eccentric training for jumper's knee. Br J Sports Med 41(4):217-23",
    year: 2007,
    summary: "Describes eccentric squats on a decline board for patellar tendon pain, usually twice a day for twelve weeks and into some discomfort.",
    origin: { file: "research/injuries.md", anchor: "Visnes H, Bahr R" },
  },
  {
    id: "rio-2015",
    kind: "controlled-trial",
    citation: "Rio E et al. 2015. Isometric analgesia, patellar tendinopathy. Br J Sports Med 49(19):1277-83",
    year: 2015,
    summary: "A six-person study that found large, immediate pain relief after isometric rather than moving quadriceps contractions in patellar tendon pain.",
    origin: { file: "research/injuries.md", anchor: "Rio E et al" },
  },
  {
    id: "rio-2017",
    kind: "rct",
    citation: "Rio E et al. 2017. Isometric vs isotonic, in-season RCT. Clin J Sport Med 27(3):253-9. doi:10.1097/JSM.0000000000000364",
    year: 2017,
    summary: "An in-season trial in 20 athletes that favoured isometric over moving leg extensions for patellar tendon pain.",
    origin: { file: "research/injuries.md", anchor: "Rio E et al" },
  },
  {
    id: "van-ark-2016",
    kind: "rct",
    citation: "van Ark M et al. 2016. Isometric vs isotonic programmes: RCT. J Sci Med Sport 19(9):702-6. doi:10.1016/j.jsams.2015.11.006",
    year: 2016,
    summary: "A trial in 29 athletes that found no difference between isometric and moving programmes for patellar tendon pain.",
    origin: { file: "research/injuries.md", anchor: "van Ark M et" },
  },
  {
    id: "holden-2020",
    kind: "controlled-trial",
    citation: "Holden S et al. 2020. Isometric exercise, patellar tendinopathy: crossover. J Sci Med Sport",
    year: 2020,
    summary: "A crossover study in 21 people: a small drop in patellar tendon pain after either isometric or moving exercise, gone within 45 minutes.",
    origin: { file: "research/injuries.md", anchor: "Holden S et al" },
  },
  {
    id: "clifford-2020",
    kind: "systematic-review",
    citation: "Clifford C et al. 2020. Isometric exercise in tendinopathy: SR and MA. BMJ Open Sport Exerc Med 6(1):e000760",
    year: 2020,
    summary: "A systematic review and meta-analysis that found isometric exercise no better than other exercise for tendon pain, on limited evidence.",
    origin: { file: "research/injuries.md", anchor: "Clifford C et al" },
  },
  {
    id: "collins-2018",
    kind: "guideline",
    citation: "Collins NJ et al. 2018. PFP exercise/physical interventions consensus. Br J Sports Med 52(18):1170-8. doi:10.1136/bjsports-2018-099397",
    year: 2018,
    summary: "Consensus on exercise and physical treatments for patellofemoral pain, backing exercise and hip-plus-knee programmes.",
    origin: { file: "research/injuries.md", anchor: "Collins NJ et al" },
  },
  {
    id: "la-trobe-trek-knee-cap",
    kind: "practitioner-opinion",
    citation: "La Trobe University TREK. My Knee Cap: how much pain is OK?",
    summary: "A university patient-education page on how much knee pain is acceptable while exercising with kneecap pain.",
    origin: { file: "research/injuries.md", anchor: "La Trobe University TREK" },
  },
  {
    id: "askling-2013",
    kind: "rct",
    citation: "Askling CM et al. 2013. Hamstring injuries, elite football: RCT. Br J Sports Med 47(15):953-9. doi:10.1136/bjsports-2013-092165",
    year: 2013,
    summary: "In football players with hamstring strains, a lengthening-exercise programme returned them to play in 28 rather than 51 days.",
    origin: { file: "research/injuries.md", anchor: "Askling CM et al" },
  },
  {
    id: "askling-2014",
    kind: "rct",
    citation: "Askling CM et al. 2014. Hamstring injuries, sprinters/jumpers: RCT. Br J Sports Med 48(7):532-9. doi:10.1136/bjsports-2013-093214",
    year: 2014,
    summary: "In sprinters and jumpers with hamstring strains, lengthening exercises returned them in 49 rather than 86 days.",
    origin: { file: "research/injuries.md", anchor: "Askling CM et al" },
  },
  {
    id: "van-der-horst-2015",
    kind: "rct",
    citation: "van der Horst N et al. 2015. Nordic hamstring, amateur soccer: RCT. Am J Sports Med 43(6):1316-23. doi:10.1177/0363546515574057",
    year: 2015,
    summary: "A trial of the Nordic hamstring exercise in amateur football, 25 sessions over 13 weeks.",
    origin: { file: "research/injuries.md", anchor: "van der Horst N" },
  },
  {
    id: "ishoi-2020",
    kind: "review",
    citation: "Ishøi L et al. 2020. Muscle injuries: grading the evidence. Br J Sports Med 54(9):528",
    year: 2020,
    summary: "Grades the evidence on preventing and treating muscle injuries: Nordic hamstring programmes and the Copenhagen adductor exercise reduce injuries; lengthening rehabilitation returns players sooner on weaker evidence.",
    origin: { file: "research/injuries.md", anchor: "Ishøi L et al" },
  },
  {
    id: "nasser-2021-experts",
    kind: "practitioner-opinion",
    citation: "Nasser AM et al. 2021. PHT: expert perspectives. Phys Ther Sport 48:67-75",
    year: 2021,
    summary: "Expert views on proximal hamstring tendinopathy: progressive loading of the hamstring and whole leg, keeping the tendon out of compressed positions early.",
    origin: { file: "research/injuries.md", anchor: "Nasser AM et al" },
  },
  {
    id: "nasser-2021-review",
    kind: "systematic-review",
    citation: "Nasser AM et al. 2021. PHT: SR of interventions. Int J Sports Phys Ther 16(2):288-305. doi:10.26603/001c.21250",
    year: 2021,
    summary: "A systematic review of treatments for proximal hamstring tendinopathy, finding few trials.",
    origin: { file: "research/injuries.md", anchor: "Nasser AM et al" },
  },
  {
    id: "acog-2020",
    kind: "guideline",
    citation: "ACOG Committee Opinion 804. 2020. Exercise in pregnancy and postpartum. Obstet Gynecol. doi:10.1097/AOG.0000000000003772",
    year: 2020,
    summary: "ACOG's opinion on exercise in pregnancy and after birth: women used to running can usually continue after a clinical check.",
    origin: { file: "research/injuries.md", anchor: "ACOG Committee Opinion 804" },
  },
  {
    id: "bim-physio-pain-monitoring",
    kind: "practitioner-opinion",
    citation: "BIM Physio. The pain-monitoring model [v2]",
    summary: "A clinic page on the pain-monitoring model: pain up to 3/10 treated as safe, 4 to 5 as acceptable, above 5 as too much, judged by the next day's response.",
    origin: { file: "research/injuries.md", anchor: "BIM Physio. The pain-monitoring" },
  },
  {
    id: "achieve-podiatry-bsi-return",
    kind: "practitioner-opinion",
    citation: "Achieve Podiatry. BSI in runners: return to running (clinic blog) [v2, low quality]",
    summary: "A clinic blog on returning to running after a bone stress injury: start once walking is pain-free, and step back if the bone pain returns.",
    origin: { file: "research/injuries.md", anchor: "Achieve Podiatry. BSI in" },
  },
  {
    id: "health-222-alfredson",
    kind: "practitioner-opinion",
    citation: "222health. Alfredson protocol [v2, low quality]",
    summary: "A low-quality web page giving the heel-drop programme's dose of three sets of fifteen twice a day, seven days a week, for twelve weeks.",
    origin: { file: "research/injuries.md", anchor: "222health. Alfredson protocol [v2" },
  },
] as const satisfies readonly Source[];

/**
 * Red flags: findings a runner reports that may mean something serious, one row per id of
 * `RedFlagIdSchema`, in its order.
 *
 * Each row gives the triage level the finding sets on its own (a floor that nothing lowers),
 * what to do about running meanwhile, why it matters in plain words, and the serious conditions
 * or injuries (hypothesis ids) it points to.
 *
 * Where the facts come from: section 4 of the project's research notes
 * (`shared/research/evidence.md`), with figures exactly as given there — clinical guidelines on
 * cauda equina syndrome (BMJ Best Practice; the GIRFT pathway of 2023), the IFOMPT framework (Finucane 2020),
 * systematic reviews of back pain red flags (Downie 2013; Henschke 2013; Verhagen 2016) and reviews
 * of stress fractures (Robertson & Wood 2017; Warden 2014; PMC7049623).
 *
 * Grades are modest on purpose: single red flags have poor diagnostic accuracy (Cook 2018), which
 * is why the rules also encode combinations that escalate the level.
 */
import type { RedFlag } from "./schema";

/**
 * Every red flag, in the order of `RedFlagIdSchema`: cauda equina signs, neurological, infection,
 * malignancy, then bone stress and fracture. See {@link RedFlag} for the fields.
 */
export const redFlagData = () => [
  {
    id: "bladder-bowel-change",
    label: "New bladder or bowel problems",
    level: "emergency",
    running: "stop",
    reason:
      "Trouble passing or holding urine or stools that is new or getting worse can mean the nerves at the base of the spine are being squeezed. Go to an emergency department today.",
    suggests: ["cauda-equina-syndrome"],
    sources: ["bmj-best-practice-ces", "girft-2023"],
    grade: "moderate",
  },
  {
    id: "saddle-numbness",
    label: "Numbness around the groin, genitals or inner buttocks",
    level: "emergency",
    running: "stop",
    reason:
      "Numbness or altered feeling in the area that would touch a saddle is a warning sign of pressure on the nerves at the base of the spine. Go to an emergency department today.",
    suggests: ["cauda-equina-syndrome"],
    sources: ["bmj-best-practice-ces", "girft-2023"],
    grade: "moderate",
  },
  {
    id: "sexual-dysfunction",
    label: "New problems with sexual function",
    level: "emergency",
    running: "stop",
    reason:
      "A new loss of sexual function alongside back or leg symptoms is one of the signs of pressure on the nerves at the base of the spine. Go to an emergency department today.",
    suggests: ["cauda-equina-syndrome"],
    sources: ["bmj-best-practice-ces", "girft-2023"],
    grade: "moderate",
  },
  {
    id: "both-legs",
    label: "Numbness, tingling or weakness in both legs",
    level: "emergency",
    running: "stop",
    reason:
      "Nerve symptoms in both legs at once point to a problem in the spine rather than in one leg's muscles, and with back pain can mean pressure on the nerves at its base. Get emergency care today.",
    suggests: ["cauda-equina-syndrome"],
    sources: ["bmj-best-practice-ces", "girft-2023"],
    grade: "moderate",
  },
  {
    id: "progressive-weakness",
    label: "Weakness that is getting worse",
    level: "urgent",
    running: "stop",
    reason:
      "A leg or foot getting weaker over days, especially in more than one muscle group, suggests a nerve root under growing pressure. See a doctor within 24 hours; weakness in both legs, numbness in the saddle area or a change in bladder or bowel control is an emergency.",
    suggests: ["lumbar-radicular-pain"],
    sources: ["finucane-2020"],
    grade: "low",
  },
  {
    id: "fever",
    label: "Fever",
    level: "urgent",
    running: "stop",
    reason:
      "Pain together with a fever can come from an infection of a bone, a joint or the spine rather than from running. Stop running and see a doctor today.",
    suggests: [],
    sources: ["finucane-2020"],
    grade: "low",
  },
  {
    id: "recent-infection",
    label: "A recent infection",
    level: "consult",
    running: "reduce",
    reason:
      "An infection in the last few weeks can occasionally spread to the spine or a joint. Mention it to a doctor if the pain does not settle.",
    suggests: ["spinal-infection"],
    sources: ["finucane-2020"],
    grade: "low",
  },
  {
    id: "iv-drug-use",
    label: "Injecting drugs",
    level: "consult",
    running: "reduce",
    reason:
      "Injecting drugs raises the chance that back pain comes from an infection of the spine. Have a doctor check it.",
    suggests: ["spinal-infection"],
    sources: ["finucane-2020"],
    grade: "low",
  },
  {
    id: "immunosuppression",
    label: "A weakened immune system",
    level: "consult",
    running: "reduce",
    reason:
      "Medicines or illnesses that weaken the immune system make an infection behind the pain more likely and less obvious. Have a doctor check it.",
    suggests: ["spinal-infection"],
    sources: ["finucane-2020"],
    grade: "low",
  },
  {
    id: "history-of-cancer",
    label: "Cancer in the past",
    level: "consult",
    running: "reduce",
    reason:
      "Of the warning signs for back pain, a past cancer is the one that raises concern most on its own (post-test probability 33% in one review). Have new pain checked by a doctor.",
    suggests: ["malignancy"],
    sources: ["downie-2013", "henschke-2013", "verhagen-2016"],
    grade: "moderate",
  },
  {
    id: "unexplained-weight-loss",
    label: "Weight loss you cannot explain",
    level: "consult",
    running: "reduce",
    reason:
      "Losing weight without trying is worth a doctor's check. On its own it changes the odds of a serious cause only a little, but it counts more alongside other signs.",
    suggests: ["malignancy"],
    sources: ["downie-2013", "henschke-2013", "verhagen-2016"],
    grade: "low",
  },
  {
    id: "night-pain",
    label: "Pain at night or at rest",
    level: "consult",
    running: "reduce",
    reason:
      "Pain that wakes you or does not ease with rest is unlike ordinary running soreness. Alone it says little, but with groin pain it can mean a stress fracture of the hip, and with a past cancer it needs prompt review.",
    suggests: ["bone-stress-injury"],
    sources: ["downie-2013", "verhagen-2016", "robertson-2017"],
    grade: "low",
  },
  {
    id: "pain-on-hopping",
    label: "Hopping on the leg has hurt",
    level: "urgent",
    running: "stop",
    reason:
      "Pain on hopping can mean a stress fracture, most worryingly at the neck of the thigh bone, where it shows as groin pain. Stop running and see a doctor within 24 hours for imaging.",
    suggests: ["bone-stress-injury"],
    sources: ["robertson-2017", "bone-stress-review-pmc7049623"],
    grade: "low",
  },
  {
    id: "focal-bone-tenderness",
    label: "One spot on a bone that is sore to press",
    level: "consult",
    running: "stop",
    reason:
      "Tenderness on one small spot of bone, rather than over a muscle, is a sign of a bone stress injury. Stop running and have a professional assess it.",
    suggests: ["bone-stress-injury"],
    sources: ["warden-2014", "bone-stress-review-pmc7049623"],
    grade: "low",
  },
  {
    id: "pain-not-easing-with-warm-up",
    label: "Pain that does not ease as you warm up",
    level: "consult",
    running: "stop",
    reason:
      "Muscle and tendon pain often eases once you are warm; pain that stays or builds as the run goes on fits a bone stress injury better. Stop running and have it assessed.",
    suggests: ["bone-stress-injury"],
    sources: ["warden-2014", "bone-stress-review-pmc7049623", "robertson-2017"],
    grade: "low",
  },
  {
    id: "cannot-bear-weight",
    label: "Cannot put weight on the leg",
    level: "emergency",
    running: "stop",
    reason:
      "Being unable to stand or walk on the leg can mean a fracture, including a stress fracture of the hip that has gone through. Get emergency care now.",
    suggests: ["bone-stress-injury"],
    sources: ["robertson-2017"],
    grade: "low",
  },
  {
    id: "trauma",
    label: "A heavy fall, collision or other forceful injury",
    level: "consult",
    running: "stop",
    reason:
      "Pain that started with a heavy fall or blow may come from a fracture rather than from running (in back pain, severe trauma raised the chance of a fracture to about one in nine in one review). Stop running and have it examined; the same day if a bone is tender to press, the ankle or foot is swollen, or you are over 50.",
    suggests: [],
    sources: ["downie-2013"],
    grade: "moderate",
  },
  {
    id: "long-term-corticosteroids",
    label: "Taking steroid tablets for a long time",
    level: "consult",
    running: "reduce",
    reason:
      "Long-term corticosteroids weaken bone: in back pain, their use raised the chance of a fracture to about one in three. Have a professional check bone pain.",
    suggests: ["bone-stress-injury"],
    sources: ["downie-2013"],
    grade: "low",
  },
  {
    id: "chest-pain-or-breathlessness",
    label: "New chest pain, breathlessness, coughing blood or fainting",
    level: "emergency",
    running: "stop",
    reason:
      "Chest or upper-back pain that is worse on breathing in, new breathlessness, coughing up blood or fainting can mean a clot in the lungs. Call an ambulance or go to an emergency department now.",
    suggests: ["pulmonary-embolism"],
    sources: ["nice-ng158", "nhs-pulmonary-embolism"],
    grade: "low",
  },
  {
    id: "confusion-or-collapse-in-heat",
    label: "Collapse, confusion or odd behaviour during or after a run, especially in the heat",
    level: "emergency",
    running: "stop",
    reason:
      "Collapsing or becoming confused during or after a run needs an ambulance. In a runner who is hot, it is heat stroke until proven otherwise: cool the whole body at once, ideally in cold water. Confusion with a normal temperature may instead be low blood sodium (exercise-associated hyponatraemia), which the hospital checks for.",
    suggests: ["exertional-heat-illness"],
    sources: ["roberts-2021-heat"],
    grade: "low",
  },
  {
    id: "dark-urine",
    label: "Dark (cola-coloured) urine after hard exercise",
    level: "urgent",
    running: "stop",
    reason:
      "Dark urine after a hard or unfamiliar session can mean muscle breaking down and straining the kidneys, above all with severe muscle pain or swelling. Stop, drink, and get seen today; with severe pain or swelling go to an emergency department.",
    suggests: ["exertional-rhabdomyolysis"],
    sources: ["scalco-2016-rhabdo"],
    grade: "low",
  },
  {
    id: "pain-rising-after-stopping",
    label: "Leg pain that keeps rising after you stop",
    level: "urgent",
    running: "stop",
    reason:
      "Exercise pain from a tight compartment or a strained muscle normally settles once you stop. Pain that keeps climbing after stopping, above all in a tense, swollen leg, can mean pressure building inside a muscle compartment, which is an emergency.",
    suggests: ["acute-compartment-syndrome"],
    sources: ["statpearls-acs"],
    grade: "low",
  },
] as const satisfies readonly RedFlag[];

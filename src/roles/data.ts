/**
 * Running roles: the jobs muscles do in the running stride, and who does them.
 *
 * Each row is one running function (for example, driving the thigh back at push-off). It names
 * the structures meant to carry that job (`primary`) and the back-ups that pick up the slack
 * when the primary ones tire or are not switched on (`secondary`). A runner whose back-up muscle
 * is sore can follow the row to the primary muscle that may be falling short.
 *
 * Where the facts come from:
 * - The primary/secondary idea itself, and the back-up assignments, come from the seed articles
 *   (`seed-000` … `seed-004`): practitioner and runner accounts, not research. No study has
 *   tested whether back-up muscles really take over, overwork and tighten when primary muscles
 *   fall short (the one direct check found no such link), so every row is graded
 *   `practitioner-opinion` and its `verdict` is `unverified`.
 * - Where a study in `shared/research/evidence.md` bears on part of a row (say, the primary
 *   muscles' part), the row cites it and its verdict note says what it does and does not show.
 * - Some back-up muscles are the library's own reading of anatomy, named as such in their note.
 */
import type { RunningRole } from "./schema";

/**
 * The running functions, stance first (push-off, pelvis, rotation, landing, ankle, foot), then
 * the trunk, then swing. See {@link RunningRole} for the fields.
 */
export const runningRoleData = () => [
  {
    id: "hip-extension-at-push-off",
    name: "Hip extension at push-off",
    description:
      "Swinging the stance thigh backward, from under the body to behind it, between midstance and toe-off; this is the hip's share of the forward drive.",
    plane: "sagittal",
    phases: ["midstance", "propulsion"],
    primary: [
      {
        structure: "gluteus-maximus",
        note: "The strongest hip extensor. No seed names it: the library reads one seed's weak glute as gluteus maximus because the hamstrings back up hip extension.",
      },
    ],
    secondary: [
      {
        structure: "hamstrings",
        note: "Extend the hip as well. One seed runner put a chronically sore, tight hamstring down to it covering for a weak glute on that side and worked on strengthening the glute; the seed does not say whether the hamstring then settled.",
      },
      {
        structure: "adductor-magnus",
        note: "Its rear fibres extend the hip; listed as a possible helper on anatomical grounds, not named by the seeds.",
      },
      {
        structure: "triceps-surae",
        note: "One seed says that when hip drive is lost and the stride shortens, the calf ends up bearing more of the push and tires early.",
      },
    ],
    sources: ["seed-000", "seed-002", "seed-004", "schuermans-2017"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["schuermans-2017", "arab-2010", "weppler-2010"],
      note: "No study has tested whether hamstrings get sore or tight because they stand in for weak glutes at push-off. The nearest evidence is indirect: soccer players with more gluteus maximus activity in front swing (not push-off) had fewer hamstring injuries (Schuermans 2017). Reading lasting tightness as a sign of compensation is untested too; the one direct check, of iliotibial band tightness against hip abductor weakness in low back pain, found no link (Arab 2010), and stretching gains mostly reflect changed sensation rather than longer muscle (Weppler 2010).",
    },
  },
  {
    id: "frontal-plane-pelvic-control",
    name: "Frontal-plane pelvic control",
    description:
      "Keeping the pelvis level over the stance leg while the body rests on one foot, so the hip on the swing side does not sag and the stance knee is not pulled inward.",
    plane: "frontal",
    phases: ["loading-response", "midstance"],
    primary: [
      {
        structure: "gluteus-medius",
        note: "The main hip abductor; holds the pelvis up from the stance side.",
      },
      {
        structure: "gluteus-minimus",
        note: "A deeper abductor that works beside gluteus medius.",
      },
    ],
    secondary: [
      {
        structure: "tensor-fasciae-latae",
        note: "Also abducts the hip and pulls on the iliotibial band; modelled as the first helper when the gluteal abductors fall short.",
      },
      {
        structure: "quadratus-lumborum",
        note: "Can hitch the swing-side pelvis up from the trunk, a way of holding it level from above.",
      },
      {
        structure: "piriformis",
        note: "A seed answer puts tightness and soreness high in the buttock, piriformis included, down to abductors that are weak or held lengthened.",
      },
    ],
    sources: ["seed-001", "seed-002", "seed-003", "crossley-2011"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["crossley-2011", "fredericson-2000", "mucha-2017", "arab-2010"],
      note: "The primary side has some support: good single-leg squat performers showed earlier gluteus medius onset and stronger hip abduction (Crossley 2011), and weak abductors go with iliotibial band syndrome, though only in cross-sectional work (Fredericson 2000; Mucha 2017). That back-ups take over and tighten is untested: no study was found on upper-buttock or piriformis tightness from weak abductors, and the one direct check of iliotibial band tightness against abductor weakness (in low back pain) found no link (Arab 2010).",
    },
  },
  {
    id: "hip-external-rotation-control",
    name: "Hip external rotation control",
    description:
      "Checking the inward spin of the thigh on the stance leg after landing, so the femur does not roll in beneath the pelvis as weight comes onto it.",
    plane: "transverse",
    phases: ["loading-response", "midstance"],
    primary: [
      {
        structure: "piriformis",
        note: "One of the deep rotators that turn the thigh outward and steady the hip joint.",
      },
      { structure: "superior-gemellus", note: "Deep rotator; works with obturator internus." },
      { structure: "inferior-gemellus", note: "Deep rotator; works with obturator internus." },
      { structure: "obturator-internus", note: "Deep rotator that turns the thigh outward." },
      { structure: "obturator-externus", note: "Deep rotator that turns the thigh outward." },
      { structure: "quadratus-femoris", note: "Deep rotator low in the buttock." },
      {
        structure: "gluteus-maximus",
        note: "A strong outward rotator of the hip as well as its main extensor.",
      },
    ],
    secondary: [
      {
        structure: "gluteus-medius",
        note: "In one seed, an assessment found the deep rotators were not switching on as weight came onto the leg; the thigh turned inward and gluteus medius worked overtime trying to correct it, and that was where the runner felt sore.",
      },
    ],
    sources: ["seed-000", "seed-002", "noehren-2014"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["noehren-2014"],
      note: "Half of this holds: runners with iliotibial band syndrome had weaker hip external rotators and about 3.7° more hip internal rotation while running than controls (Noehren 2014, case-control, 17 men per group). That gluteus medius then overworks to make up for the rotators has not been tested.",
    },
  },
  {
    id: "knee-shock-absorption",
    name: "Knee shock absorption",
    description:
      "Letting the knee bend a controlled amount just after the foot lands, so the thigh muscles take up the impact rather than passing it straight up the leg.",
    plane: "sagittal",
    phases: ["loading-response", "midstance"],
    primary: [
      {
        structure: "vastus-lateralis",
        note: "Lengthens under load to brake the knee as it bends after landing.",
      },
      { structure: "vastus-medialis", note: "Brakes knee bend with the other vasti." },
      { structure: "vastus-intermedius", note: "Brakes knee bend with the other vasti." },
      {
        structure: "rectus-femoris",
        note: "The quadriceps head that crosses the hip; shares the braking at the knee.",
      },
    ],
    secondary: [
      {
        structure: "gluteus-maximus",
        note: "Brakes the landing at the hip; a seed credits the glutes with soaking up impact. Modelled as taking more of the load when the knee gives less.",
      },
      {
        structure: "soleus",
        note: "Brakes the landing at the ankle; one seed says a shortened stride with a forefoot landing moves load onto the calf. Modelled as a helper, which the seeds do not state outright.",
      },
    ],
    sources: ["seed-002", "seed-003", "seed-004"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "No study in the research notes looks at which muscles take up landing load when the quadriceps tire or hold back; the back-ups here are the library's reading of the seeds.",
    },
  },
  {
    id: "ankle-push-off",
    name: "Ankle push-off",
    description:
      "Pointing the foot down firmly in late stance, lifting the heel and adding the final push before the toes leave the ground.",
    plane: "sagittal",
    phases: ["midstance", "propulsion"],
    primary: [
      {
        structure: "gastrocnemius",
        note: "The two-joint calf muscle; drives the heel up at push-off.",
      },
      {
        structure: "soleus",
        note: "The deep calf muscle; carries much of the ankle's load through stance and push-off.",
      },
    ],
    secondary: [
      {
        structure: "tibialis-posterior",
        note: "A small plantarflexor behind the inner ankle; modelled as a minor helper, not named by the seeds for this job.",
      },
    ],
    sources: ["seed-002", "seed-004"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["mucha-2017"],
      note: "One seed blames calf fatigue on the hips rather than the calf itself; nothing in the research notes tests that, or which muscles cover for a tired calf. Whether weak hip abductors relate to Achilles trouble is unclear (Mucha 2017).",
    },
  },
  {
    id: "foot-arch-and-ankle-control",
    name: "Foot arch and ankle control at loading",
    description:
      "Letting the foot flatten and roll inward by a measured amount after contact, then steadying the arch and ankle to give the leg a firm base through midstance.",
    plane: "frontal",
    phases: ["initial-contact", "loading-response", "midstance"],
    primary: [
      {
        structure: "tibialis-posterior",
        note: "Lengthens under load to slow the drop of the inner arch and the foot's inward roll.",
      },
      {
        structure: "tibialis-anterior",
        note: "Lowers the forefoot under control after a heel landing and helps hold up the inner arch.",
      },
    ],
    secondary: [
      {
        structure: "soleus",
        note: "Steadies the shin over the foot; modelled as a helper for ankle control.",
      },
      {
        structure: "plantar-fascia",
        note: "A passive tie along the sole; modelled as taking more strain when the muscles that hold the arch tire. Not a muscle, so it cannot be trained to fire.",
      },
    ],
    sources: ["seed-002"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: [],
      note: "The seeds mention foot pain and control of pronation only in passing; no study in the research notes tests this split, which is the library's own reading.",
    },
  },
  {
    id: "trunk-pelvis-stability",
    name: "Trunk and pelvis stability",
    description:
      "Bracing the trunk on the pelvis so the spine and pelvis stay steady while the legs swing and land. The work runs through the whole stride and all three planes; the seeds' concern is the pelvis tipping forward, so it is filed as sagittal.",
    plane: "sagittal",
    phases: [
      "initial-contact",
      "loading-response",
      "midstance",
      "propulsion",
      "early-swing",
      "mid-swing",
      "late-swing",
    ],
    primary: [
      {
        structure: "transversus-abdominis",
        note: "The deepest abdominal layer; stiffens the trunk like a corset.",
      },
      {
        structure: "multifidus",
        note: "Short deep back muscles that steady the lumbar segments one by one.",
      },
      { structure: "internal-oblique", note: "Braces the trunk and resists rotation." },
      { structure: "external-oblique", note: "Braces the trunk and resists rotation." },
    ],
    secondary: [
      {
        structure: "erector-spinae",
        note: "One seed describes the lower-back muscles straining to keep the trunk upright once the pelvis has tipped forward.",
      },
      {
        structure: "quadratus-lumborum",
        note: "Can stiffen the lumbar spine and pelvis from the side; modelled as a back-up brace.",
      },
      {
        structure: "psoas-major",
        note: "Attaches along the lumbar spine and can stiffen it, though its main job is hip flexion.",
      },
    ],
    sources: ["seed-001", "seed-002", "seed-004"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["heino-1990", "naseri-2010"],
      note: "That the lower-back muscles take over when the deep trunk muscles fall short has not been tested. The seed's route to lumbar strain, tight hip flexors tipping the pelvis forward, did not hold up: hip extension range did not track pelvic tilt (Heino 1990), and hip flexor tightness had no significant effect on tilt or lordosis in 75 women (Naseri 2010).",
    },
  },
  {
    id: "swing-phase-hip-flexion",
    name: "Swing-phase hip flexion",
    description:
      "Pulling the thigh forward once the foot leaves the ground, so the leg swings through beneath the body toward the next landing.",
    plane: "sagittal",
    phases: ["propulsion", "early-swing", "mid-swing"],
    primary: [
      {
        structure: "psoas-major",
        note: "With iliacus, the main hip flexor; starts the thigh forward as stance ends.",
      },
      { structure: "iliacus", note: "Works with psoas major to swing the thigh forward." },
      {
        structure: "rectus-femoris",
        note: "The quadriceps head that crosses the hip; adds hip flexion early in swing.",
      },
    ],
    secondary: [
      {
        structure: "tensor-fasciae-latae",
        note: "Flexes the hip as well; one seed calls it a hip flexor and blames it when it is tight.",
      },
      { structure: "sartorius", note: "Long strap muscle that helps flex the hip; a minor helper." },
      {
        structure: "adductor-longus",
        note: "Adds some hip flexion when the thigh starts from behind the body; a minor helper.",
      },
    ],
    sources: ["seed-002", "seed-003", "seed-004"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["heino-1990", "naseri-2010"],
      note: "No study in the research notes tests who takes over hip flexion in swing. The seeds' wider worry, that tight hip flexors tip the pelvis forward, was not borne out (Heino 1990; Naseri 2010).",
    },
  },
  {
    id: "late-swing-deceleration",
    name: "Late-swing deceleration",
    description:
      "Braking the forward swing of the thigh and lower leg just before landing, so the knee does not snap straight and the foot arrives under control.",
    plane: "sagittal",
    phases: ["late-swing", "initial-contact"],
    primary: [
      {
        structure: "biceps-femoris",
        note: "Lengthens under load to slow both knee straightening and hip flexion.",
      },
      { structure: "semitendinosus", note: "Brakes the swinging leg with the other hamstrings." },
      { structure: "semimembranosus", note: "Brakes the swinging leg with the other hamstrings." },
      {
        structure: "gluteus-maximus",
        note: "Slows hip flexion at the end of swing, sharing the braking with the hamstrings.",
      },
    ],
    secondary: [
      {
        structure: "adductor-magnus",
        note: "Its rear fibres extend the hip and can share the braking; listed on anatomical grounds, not named by the seeds.",
      },
    ],
    sources: ["seed-000", "seed-002", "schuermans-2017"],
    grade: "practitioner-opinion",
    verdict: {
      status: "unverified",
      sources: ["schuermans-2017"],
      note: "Indirect support only: in a prospective study of soccer players, more gluteus maximus activity in front swing went with fewer hamstring injuries (roughly 20% lower risk for 10% more activity; Schuermans 2017). It did not study runners or tightness, and no study tested adductor magnus as a back-up.",
    },
  },
] as const satisfies readonly RunningRole[];

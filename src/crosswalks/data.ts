/**
 * Cross-walks from four external vocabularies to the library's structures: two exercise
 * databases (free-exercise-db, wger) and two body-map components (react-body-highlighter,
 * react-muscle-highlighter).
 *
 * Source of the key lists: `shared/research/anchors.md`, section "Exercise and muscle databases".
 * Every key of each vocabulary appears exactly once, spelled and ordered as that list gives it
 * (wger's numeric muscle ids as strings, with wger's "Latin / plain" name as the `label`).
 *
 * Row format: `{ key, label?, structures, note? }`.
 * - `structures` lists every structure id the key honestly covers. A group id appears only when
 *   the key stands for the whole group, and then the group's members are listed beside it.
 * - A key outside the running model (arms, chest, shoulders, upper back, head...) has an empty
 *   `structures` and a `note` saying so.
 * - `note` explains any mapping that is a judgement call.
 *
 * Conventions: the exercise databases name muscles that an exercise trains, so their keys map to
 * muscles and groups; the body maps name drawn regions, so their keys also take the deeper muscles
 * and the non-muscle tissues lying under the region drawn.
 */
import type { Vocabulary } from "./schema";

/** The four vocabularies, each with every key mapped to structures. */
export const vocabularyData = () => [
  {
    id: "free-exercise-db",
    name: "free-exercise-db",
    location: "schema.json (primaryMuscles / secondaryMuscles)",
    source: "free-exercise-db",
    keys: [
      {
        key: "abdominals",
        structures: ["core", "rectus-abdominis", "transversus-abdominis", "external-oblique", "internal-oblique"],
        note: "The database has no separate obliques key, so this one covers the whole abdominal wall.",
      },
      {
        key: "abductors",
        structures: ["hip-abductors", "gluteus-medius", "gluteus-minimus", "tensor-fasciae-latae"],
      },
      {
        key: "adductors",
        structures: ["hip-adductors", "adductor-longus", "adductor-brevis", "adductor-magnus", "gracilis"],
      },
      { key: "biceps", structures: [], note: "Upper arm: outside the running model." },
      { key: "calves", structures: ["triceps-surae", "gastrocnemius", "soleus"] },
      { key: "chest", structures: [], note: "Chest muscles: outside the running model." },
      { key: "forearms", structures: [], note: "Forearm: outside the running model." },
      {
        key: "glutes",
        structures: ["gluteals", "gluteus-maximus", "gluteus-medius", "gluteus-minimus"],
        note: "The three gluteal muscles; the deep hip rotators beneath them are not implied by an exercise tagged glutes.",
      },
      { key: "hamstrings", structures: ["hamstrings", "biceps-femoris", "semitendinosus", "semimembranosus"] },
      { key: "lats", structures: [], note: "Latissimus dorsi moves the arm: outside the running model." },
      {
        key: "lower back",
        structures: ["lumbar-extensors", "erector-spinae", "multifidus", "quadratus-lumborum", "lumbar-spine"],
        note: "The lumbar muscles and the lumbar spine they move; quadratus lumborum sits in the same region.",
      },
      { key: "middle back", structures: [], note: "Thoracic back muscles: outside the running model." },
      { key: "neck", structures: [], note: "Neck: outside the running model." },
      {
        key: "quadriceps",
        structures: ["quadriceps", "rectus-femoris", "vastus-lateralis", "vastus-medialis", "vastus-intermedius"],
      },
      { key: "shoulders", structures: [], note: "Shoulder: outside the running model." },
      { key: "traps", structures: [], note: "Trapezius acts on the shoulder girdle: outside the running model." },
      { key: "triceps", structures: [], note: "Upper arm: outside the running model." },
    ],
  },
  {
    id: "wger",
    name: "wger",
    location: "fixtures/muscles.json",
    source: "wger",
    keys: [
      { key: "1", label: "Biceps brachii / Biceps", structures: [], note: "Upper arm: outside the running model." },
      { key: "2", label: "Anterior deltoid / Shoulders", structures: [], note: "Shoulder: outside the running model." },
      {
        key: "3",
        label: "Serratus anterior",
        structures: [],
        note: "Holds the shoulder blade to the ribs: outside the running model.",
      },
      { key: "4", label: "Pectoralis major / Chest", structures: [], note: "Chest: outside the running model." },
      { key: "5", label: "Triceps brachii / Triceps", structures: [], note: "Upper arm: outside the running model." },
      {
        key: "6",
        label: "Rectus abdominis / Abs",
        structures: ["rectus-abdominis"],
        note: "Names the rectus only; wger has no key for transversus abdominis or internal oblique.",
      },
      {
        key: "7",
        label: "Gastrocnemius / Calves",
        structures: ["gastrocnemius"],
        note: "Soleus has its own key (15), so this one is the gastrocnemius alone.",
      },
      {
        key: "8",
        label: "Gluteus maximus / Glutes",
        structures: ["gluteus-maximus"],
        note: "Names the maximus only; wger has no key for gluteus medius or minimus.",
      },
      { key: "9", label: "Trapezius", structures: [], note: "Shoulder girdle and neck: outside the running model." },
      {
        key: "10",
        label: "Quadriceps femoris / Quads",
        structures: ["quadriceps", "rectus-femoris", "vastus-lateralis", "vastus-medialis", "vastus-intermedius"],
      },
      {
        key: "11",
        label: "Biceps femoris / Hamstrings",
        structures: ["hamstrings", "biceps-femoris", "semitendinosus", "semimembranosus"],
        note: "Latin names one hamstring, but it is wger's only hamstrings key, so it stands for the group.",
      },
      { key: "12", label: "Latissimus dorsi / Lats", structures: [], note: "Moves the arm: outside the running model." },
      { key: "13", label: "Brachialis", structures: [], note: "Elbow flexor: outside the running model." },
      {
        key: "14",
        label: "Obliquus externus abdominis",
        structures: ["external-oblique"],
        note: "The external oblique only; wger has no internal oblique key.",
      },
      { key: "15", label: "Soleus", structures: ["soleus"] },
      {
        key: "16",
        label: "Erector spinae / Lower back",
        structures: ["lumbar-extensors", "erector-spinae", "multifidus"],
        note: "wger's only lower-back key, so it stands for the lumbar extensor group, multifidus included.",
      },
    ],
  },
  {
    id: "react-body-highlighter",
    name: "react-body-highlighter",
    location: "src/component/metadata.ts",
    source: "react-body-highlighter",
    keys: [
      { key: "trapezius", structures: [], note: "Shoulder girdle and neck: outside the running model." },
      { key: "upper-back", structures: [], note: "Upper back: outside the running model." },
      {
        key: "lower-back",
        structures: ["lumbar-extensors", "erector-spinae", "multifidus", "quadratus-lumborum", "lumbar-spine", "pars-interarticularis", "lumbar-nerve-roots"],
        note: "The lumbar region drawn: its muscles, the spine beneath with its pars and nerve roots. The sacroiliac joint and sacrum lie lower and are left out.",
      },
      { key: "chest", structures: [], note: "Chest: outside the running model." },
      { key: "biceps", structures: [], note: "Upper arm: outside the running model." },
      { key: "triceps", structures: [], note: "Upper arm: outside the running model." },
      { key: "forearm", structures: [], note: "Forearm: outside the running model." },
      { key: "back-deltoids", structures: [], note: "Shoulder: outside the running model." },
      { key: "front-deltoids", structures: [], note: "Shoulder: outside the running model." },
      {
        key: "abs",
        structures: ["core", "rectus-abdominis", "transversus-abdominis"],
        note: "Drawn over the rectus, with transversus deep beneath it; the map's key for core work, obliques having their own key.",
      },
      { key: "obliques", structures: ["external-oblique", "internal-oblique"] },
      {
        key: "adductor",
        structures: ["hip-adductors", "adductor-longus", "adductor-brevis", "adductor-magnus", "gracilis", "pubic-ramus", "pubic-symphysis"],
        note: "Singular in this component; drawn on the inner thigh in the back view.",
      },
      {
        key: "abductors",
        structures: ["hip-abductors", "gluteus-medius", "gluteus-minimus", "tensor-fasciae-latae"],
        note: "Mapped by its name; the component draws it on the upper inner front of the thigh, not over the outer hip.",
      },
      {
        key: "hamstring",
        structures: ["hamstrings", "biceps-femoris", "semitendinosus", "semimembranosus", "proximal-hamstring-tendon", "ischial-tuberosity"],
      },
      {
        key: "quadriceps",
        structures: [
          "quadriceps",
          "rectus-femoris",
          "vastus-lateralis",
          "vastus-medialis",
          "vastus-intermedius",
          "sartorius",
        ],
        note: "Sartorius crosses the front of the thigh inside this region, so it is included; the hip flexors as a group are not.",
      },
      {
        key: "calves",
        structures: ["triceps-surae", "gastrocnemius", "soleus", "tibialis-posterior", "deep-calf-veins", "lower-leg-compartments"],
        note: "Drawn over the gastrocnemius heads, with soleus beneath (it also has its own keys) and tibialis posterior deepest.",
      },
      {
        key: "gluteal",
        structures: [
          "gluteals",
          "gluteus-maximus",
          "gluteus-medius",
          "gluteus-minimus",
          "deep-hip-external-rotators",
          "piriformis",
          "gemelli",
          "superior-gemellus",
          "inferior-gemellus",
          "obturator-internus",
          "obturator-externus",
          "quadratus-femoris",
        ],
        note: "The buttock region covers the three gluteals and the deep rotators under the maximus (obturator externus, deepest, with its group).",
      },
      { key: "head", structures: [], note: "Head: outside the running model." },
      { key: "neck", structures: [], note: "Neck: outside the running model." },
      {
        key: "knees",
        structures: ["patellofemoral-joint", "patellar-tendon", "iliotibial-band", "knee-joint", "tibial-tuberosity", "popliteal-artery"],
        note: "The knee joint and its front: kneecap joint, patellar tendon and the tibial tuberosity it pulls on; the IT band for its end at the outer knee; the artery behind it.",
      },
      {
        key: "left-soleus",
        structures: ["soleus"],
        note: "The lower calf on the left side only; the library does not model sides.",
      },
      {
        key: "right-soleus",
        structures: ["soleus"],
        note: "The lower calf on the right side only; the library does not model sides.",
      },
    ],
  },
  {
    id: "react-muscle-highlighter",
    name: "react-muscle-highlighter",
    location: "index.tsx",
    source: "react-muscle-highlighter",
    keys: [
      {
        key: "abs",
        structures: ["core", "rectus-abdominis", "transversus-abdominis"],
        note: "Drawn over the rectus, with transversus deep beneath it; the map's key for core work, obliques having their own key.",
      },
      {
        key: "adductors",
        structures: ["hip-adductors", "adductor-longus", "adductor-brevis", "adductor-magnus", "gracilis", "pubic-ramus", "pubic-symphysis"],
      },
      {
        key: "ankles",
        structures: ["achilles-tendon", "ankle-joint", "fibula"],
        note: "The ankle joint, the Achilles tendon crossing behind it and the lower fibula beside it.",
      },
      { key: "biceps", structures: [], note: "Upper arm: outside the running model." },
      {
        key: "calves",
        structures: ["triceps-surae", "gastrocnemius", "soleus", "tibialis-posterior", "deep-calf-veins", "lower-leg-compartments"],
        note: "The calf muscles, with tibialis posterior lying deepest in the same region.",
      },
      { key: "chest", structures: [], note: "Chest: outside the running model." },
      { key: "deltoids", structures: [], note: "Shoulder: outside the running model." },
      { key: "feet", structures: ["plantar-fascia", "calcaneus", "calcaneal-apophysis", "navicular", "metatarsals", "fifth-metatarsal-base"], note: "The sole's fascia and the foot bones where stress injuries and growth-plate pain show (heel bone, navicular, metatarsals)." },
      { key: "forearm", structures: [], note: "Forearm: outside the running model." },
      {
        key: "gluteal",
        structures: [
          "gluteals",
          "gluteus-maximus",
          "gluteus-medius",
          "gluteus-minimus",
          "deep-hip-external-rotators",
          "piriformis",
          "gemelli",
          "superior-gemellus",
          "inferior-gemellus",
          "obturator-internus",
          "obturator-externus",
          "quadratus-femoris",
        ],
        note: "The buttock region covers the three gluteals and the deep rotators under the maximus (obturator externus, deepest, with its group).",
      },
      {
        key: "hamstring",
        structures: ["hamstrings", "biceps-femoris", "semitendinosus", "semimembranosus", "proximal-hamstring-tendon", "ischial-tuberosity"],
      },
      { key: "hands", structures: [], note: "Hands: outside the running model." },
      { key: "hair", structures: [], note: "Not a tissue of the model." },
      { key: "head", structures: [], note: "Head: outside the running model." },
      {
        key: "knees",
        structures: ["patellofemoral-joint", "patellar-tendon", "iliotibial-band", "knee-joint", "tibial-tuberosity", "popliteal-artery"],
        note: "The knee joint and its front: kneecap joint, patellar tendon and the tibial tuberosity it pulls on; the IT band for its end at the outer knee; the artery behind it.",
      },
      {
        key: "lower-back",
        structures: ["lumbar-extensors", "erector-spinae", "multifidus", "quadratus-lumborum", "lumbar-spine", "pars-interarticularis", "lumbar-nerve-roots"],
        note: "The lumbar region drawn: its muscles, the spine beneath with its pars and nerve roots. The sacroiliac joint and sacrum lie lower and are left out.",
      },
      { key: "neck", structures: [], note: "Neck: outside the running model." },
      { key: "obliques", structures: ["external-oblique", "internal-oblique"] },
      {
        key: "quadriceps",
        structures: [
          "quadriceps",
          "rectus-femoris",
          "vastus-lateralis",
          "vastus-medialis",
          "vastus-intermedius",
          "sartorius",
        ],
        note: "Sartorius crosses the front of the thigh inside this region, so it is included; the hip flexors as a group are not.",
      },
      {
        key: "tibialis",
        structures: ["tibialis-anterior", "tibia", "anterior-tibial-cortex"],
        note: "The front of the shin: tibialis anterior, the tibial shaft and its front edge, where shin pain and bone stress show.",
      },
      { key: "trapezius", structures: [], note: "Shoulder girdle and neck: outside the running model." },
      { key: "triceps", structures: [], note: "Upper arm: outside the running model." },
      { key: "upper-back", structures: [], note: "Upper back: outside the running model." },
    ],
  },
] as const satisfies readonly Vocabulary[];

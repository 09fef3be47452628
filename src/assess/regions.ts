/**
 * Body regions and the structures they cover: what a runner means by "my lower back" or "the
 * outside of my knee", in terms of the structure ids of the knowledge base.
 *
 * Where the facts come from: standard surface anatomy, in the library's own judgement (the
 * structures' own records are in `src/structures/data.ts`). Each list starts with the structure
 * most typically meant by the region. Regions overlap only where anatomy does (gluteus medius and
 * minimus at the upper buttock and the side of the hip; the sacroiliac joint at the low back and
 * the upper buttock); the iliotibial band is kept to the outer knee so that outer-hip complaints
 * are not read as iliotibial band syndrome. Broad regions (`shin`, `foot`, `calf`) cover their finer
 * parts (`medial-shin` and `anterior-shin`; `heel`, `midfoot` and `forefoot`), so older reports keep
 * their meaning.
 */
import { deepFreeze } from "../internal/freeze";
import type { StructureId } from "../structures/dictionary";
import type { BodyRegion } from "../report/schema";

/**
 * The structures each body region covers, most typical first. A complaint located at a region
 * stands for all of them when rules match `where` lists and when the compensation graph is traced.
 *
 * @example
 * ```ts
 * import { REGION_STRUCTURES } from "kinetic-chain/assess";
 *
 * REGION_STRUCTURES["lateral-knee"]; // ["iliotibial-band"]
 * ```
 */
export const REGION_STRUCTURES: Readonly<Record<BodyRegion, readonly StructureId[]>> = /* @__PURE__ */ deepFreeze({
  "lower-back": [
    "lumbar-extensors",
    "erector-spinae",
    "multifidus",
    "quadratus-lumborum",
    "lumbar-spine",
    "sacroiliac-joint",
    "pars-interarticularis",
    "lumbar-nerve-roots",
  ],
  sacrum: ["sacrum", "sacroiliac-joint"],
  "upper-buttock": [
    "gluteus-medius",
    "gluteus-minimus",
    "piriformis",
    "deep-hip-external-rotators",
    "gluteals",
    "gluteus-maximus",
    "sciatic-nerve",
    "sacroiliac-joint",
  ],
  "sit-bone": ["ischial-tuberosity", "proximal-hamstring-tendon", "hamstrings"],
  "lateral-hip": ["gluteal-tendons", "gluteus-medius", "gluteus-minimus", "tensor-fasciae-latae"],
  "anterior-hip": ["hip-joint", "femoral-neck", "iliopsoas", "hip-flexors", "rectus-femoris", "femoral-head-growth-plate"],
  groin: [
    "hip-adductors",
    "adductor-longus",
    "adductor-brevis",
    "adductor-magnus",
    "gracilis",
    "iliopsoas",
    "psoas-major",
    "iliacus",
    "hip-flexors",
    "femoral-neck",
    "hip-joint",
    "pubic-ramus",
    "pubic-symphysis",
  ],
  "pubic-bone": ["pubic-ramus", "pubic-symphysis"],
  "anterior-thigh": ["quadriceps", "rectus-femoris", "vastus-lateralis", "vastus-medialis", "vastus-intermedius", "sartorius"],
  hamstrings: ["hamstrings", "biceps-femoris", "semitendinosus", "semimembranosus"],
  "lateral-knee": ["iliotibial-band"],
  "anterior-knee": ["patellofemoral-joint", "patellar-tendon", "quadriceps", "tibial-tuberosity"],
  "medial-knee": ["knee-joint", "gracilis", "semitendinosus", "sartorius"],
  "posterior-knee": ["knee-joint", "popliteal-artery", "gastrocnemius", "hamstrings"],
  calf: ["triceps-surae", "gastrocnemius", "soleus", "deep-calf-veins", "lower-leg-compartments"],
  shin: ["tibia", "tibialis-anterior", "tibialis-posterior", "anterior-tibial-cortex", "fibula", "lower-leg-compartments"],
  "medial-shin": ["tibia", "tibialis-posterior", "soleus"],
  "anterior-shin": ["anterior-tibial-cortex", "tibialis-anterior", "lower-leg-compartments"],
  achilles: ["achilles-tendon"],
  ankle: ["ankle-joint", "fibula", "achilles-tendon"],
  "posterior-heel": ["achilles-tendon", "calcaneus", "calcaneal-apophysis"],
  heel: ["plantar-fascia", "calcaneus", "calcaneal-apophysis"],
  foot: ["plantar-fascia", "calcaneus", "navicular", "metatarsals", "fifth-metatarsal-base", "calcaneal-apophysis"],
  midfoot: ["navicular", "fifth-metatarsal-base"],
  forefoot: ["metatarsals"],
});

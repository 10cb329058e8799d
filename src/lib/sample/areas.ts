/** Every area's vocabulary, in the order of the call for papers, then "Other". */
import { DEFAULT_AREAS } from "../config/taxonomy.ts";
import { DATABASES, OTHER, SECURITY } from "./areas-data.ts";
import { CODE_MODELING, COMPILERS, COMPUTER_ARCHITECTURE } from "./areas-hardware.ts";
import { OPERATING_SYSTEMS, PERFORMANCE_TOOLS, RUNTIME_SYSTEMS, SOFTWARE_SYSTEMS } from "./areas-host.ts";
import { DATA_CENTERS, DISTRIBUTED_SYSTEMS, NETWORK_SYSTEMS } from "./areas-infra.ts";
import type { Area, AreaVocabulary } from "./types.ts";

const ALL: AreaVocabulary[] = [
  COMPUTER_ARCHITECTURE, NETWORK_SYSTEMS, OPERATING_SYSTEMS, RUNTIME_SYSTEMS, SOFTWARE_SYSTEMS, CODE_MODELING,
  COMPILERS, DATABASES, DATA_CENTERS, DISTRIBUTED_SYSTEMS, SECURITY, PERFORMANCE_TOOLS,
];

/** The twelve areas of the call, in DEFAULT_AREAS order (checked at load). */
export const CALL_AREAS: readonly AreaVocabulary[] = DEFAULT_AREAS.map((name, i) => {
  if (ALL[i].area !== name) throw new Error(`area vocabulary ${i} is ${ALL[i].area}, expected ${name}`);
  return ALL[i];
});

export const OTHER_VOCABULARY = OTHER;

export function vocabularyOf(area: Area): AreaVocabulary {
  return area === OTHER.area ? OTHER : CALL_AREAS[DEFAULT_AREAS.indexOf(area as (typeof DEFAULT_AREAS)[number])];
}

/**
 * Areas that authors (and classifiers) confuse with each area: used for author-chosen topics
 * that do not match the true area.
 */
export const NEIGHBOURS: Record<Area, Area[]> = {
  "Computer Architecture": ["Compilers", "Operating Systems"],
  "Network Systems": ["Distributed Systems", "Data Centers"],
  "Operating Systems": ["Runtime Systems", "Computer Architecture"],
  "Runtime Systems": ["Operating Systems", "Compilers"],
  "Software Systems": ["Performance Tools", "Code Modeling"],
  "Code Modeling": ["Software Systems", "Compilers"],
  Compilers: ["Code Modeling", "Computer Architecture"],
  Databases: ["Data Centers", "Distributed Systems"],
  "Data Centers": ["Distributed Systems", "Network Systems"],
  "Distributed Systems": ["Data Centers", "Network Systems"],
  Security: ["Software Systems", "Network Systems"],
  "Performance Tools": ["Software Systems", "Data Centers"],
  Other: ["Data Centers", "Software Systems"],
};

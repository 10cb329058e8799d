/**
 * The Acceptance page: the triplet by area, kind, challenge, method and country, among all
 * decided submissions or among the papers that went to review, protected per audience.
 */
import { DIMENSIONS, protectedTriplets, type Dimension, type TripletSection } from "./groups.ts";
import { pageHeader, perEdition, type SiteInput } from "./input.ts";

export const POPULATIONS = ["submitted", "reviewed"] as const;

export function acceptancePage(input: SiteInput) {
  const byEdition = perEdition(input, (slice) =>
    Object.fromEntries(
      POPULATIONS.map((population) => [population, Object.fromEntries(DIMENSIONS.map((d) => [d, protectedTriplets(slice, d, input.audience, input.k, population)])) as Record<Dimension, TripletSection>]),
    ) as Record<(typeof POPULATIONS)[number], Record<Dimension, TripletSection>>,
  );
  return { ...pageHeader(input), dimensions: DIMENSIONS, byEdition };
}
export type AcceptancePage = ReturnType<typeof acceptancePage>;

/** Indonesia's outline (Natural Earth via world-atlas), put into the bundle by src/cli/build-explore.ts. */
declare module "simpul:indonesia-outline" {
  import type { Feature, MultiPolygon } from "geojson";
  const outline: Feature<MultiPolygon, { name: string }>;
  export default outline;
}

/** The pure analytics layer: plain data in (`SentraNetwork` and friends), plain results out. */
export * from "./network";
export * from "./intensity";
export * from "./stages";
export { placeActors, type StagePlacement, type StageTieLink } from "./actor-stages";
export * from "./value-chain";
export * from "./graph-metrics";
export * from "./cooperation";
export * from "./survey-tables";
export * from "./round-change";
export * from "./thresholds";
export * from "./criteria";
export * from "./seven-steps";
export * from "./verdict";
export * from "./partner-needs";
export * from "./partners";
export * from "./provider-gaps";
export * from "./communities";
export * from "./drawable";

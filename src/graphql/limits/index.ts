export { checkOperation, type OperationMeasures, type OperationToCheck } from "./check";
export { estimateObjects } from "./cost";
export { DEFAULT_QUERY_LIMITS, type LimitName, type QueryLimits } from "./defaults";
export { fragmentsInDependencyOrder } from "./fragments";
export { parseOptionsFor, queryLimitsPlugin } from "./plugin";
export { countDirectives, measureShape, type Shape, type WalkStats } from "./shape";

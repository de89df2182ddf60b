import { getVariableValues, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { msg } from "../../i18n/message";
import { estimateObjects } from "./cost";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "./defaults";
import { fragmentsInDependencyOrder } from "./fragments";
import { limitExceeded } from "./refusal";
import { countDirectives, measureShape, type Shape, type WalkStats } from "./shape";

export interface OperationToCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The variables as the client sent them. */
  variables?: Readonly<Record<string, unknown>>;
  limits?: QueryLimits;
  /** Filled with how much walking the check did. */
  stats?: WalkStats;
}

export interface OperationMeasures extends Shape {
  directives: number;
  /** Absent when the variables do not coerce: execution then refuses them before any resolver. */
  estimatedObjects?: number;
}

/** What checkOperation measures before it looks at the variables: the same for every request of a document. */
export interface DocumentMeasures {
  shape: Shape;
  directives: number;
  /** The document's fragments in dependency order, for the estimate. */
  fragments: FragmentDefinitionNode[];
}

/**
 * Checks an operation against every limit, cheapest first, and throws the first it exceeds
 * (QUERY_TOO_LARGE, HTTP 400, naming the limit and the request's value). The work is linear in
 * the document: each fragment is walked once, so no limit can be dodged, or the check stalled,
 * by spreading fragments into each other.
 */
export function checkOperation({ schema, document, operation, variables = {}, limits = DEFAULT_QUERY_LIMITS, stats }: OperationToCheck): OperationMeasures {
  return checkEstimate({ schema, operation, variables, limits, stats }, checkDocument({ document, operation, limits, stats }));
}

/** The limits that do not depend on the variables (directives, root fields, fields, depth). */
export function checkDocument({ document, operation, limits = DEFAULT_QUERY_LIMITS, stats }: Omit<OperationToCheck, "schema" | "variables">): DocumentMeasures {
  const directives = countDirectives(document);
  if (directives > limits.maxDirectives) {
    throw limitExceeded("maxDirectives", directives, limits.maxDirectives, msg("errors.limitDirectives", { count: directives, limit: limits.maxDirectives }));
  }

  const fragments = fragmentsInDependencyOrder(document);
  const shape = measureShape(operation, fragments, stats);
  if (shape.rootFields > limits.maxRootFields) {
    throw limitExceeded(
      "maxRootFields",
      shape.rootFields,
      limits.maxRootFields,
      msg("errors.limitRootFields", { count: shape.rootFields, limit: limits.maxRootFields }),
    );
  }
  if (shape.fields > limits.maxFields) {
    throw limitExceeded("maxFields", shape.fields, limits.maxFields, msg("errors.limitFields", { count: shape.fields, limit: limits.maxFields }));
  }
  if (shape.depth > limits.maxDepth) {
    throw limitExceeded("maxDepth", shape.depth, limits.maxDepth, msg("errors.limitDepth", { count: shape.depth, limit: limits.maxDepth }));
  }
  return { shape, directives, fragments };
}

/** The object estimate, which reads page sizes from the variables, on top of checkDocument's measures. */
export function checkEstimate(
  { schema, operation, variables = {}, limits = DEFAULT_QUERY_LIMITS, stats }: Omit<OperationToCheck, "document">,
  { shape, directives, fragments }: DocumentMeasures,
): OperationMeasures {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], { ...variables }, { maxErrors: 1 });
  if (coerced.errors) return { ...shape, directives };
  const objects = estimateObjects(schema, operation, fragments, coerced.coerced, stats);
  if (objects > limits.maxEstimatedObjects) {
    throw limitExceeded(
      "maxEstimatedObjects",
      objects,
      limits.maxEstimatedObjects,
      msg("errors.limitObjects", { count: objects, limit: limits.maxEstimatedObjects }),
      { estimatedObjects: objects },
    );
  }
  return { ...shape, directives, estimatedObjects: objects };
}

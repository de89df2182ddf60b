import { getVariableValues, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
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

/**
 * Checks an operation against every limit, cheapest first, and throws the first it exceeds
 * (QUERY_TOO_LARGE, HTTP 400, naming the limit and the request's value). The work is linear in
 * the document: each fragment is walked once, so no limit can be dodged, or the check stalled,
 * by spreading fragments into each other.
 */
export function checkOperation({ schema, document, operation, variables = {}, limits = DEFAULT_QUERY_LIMITS, stats }: OperationToCheck): OperationMeasures {
  const directives = countDirectives(document);
  if (directives > limits.maxDirectives) {
    throw limitExceeded(
      "maxDirectives",
      directives,
      limits.maxDirectives,
      `This request uses ${directives} directives, more than the limit of ${limits.maxDirectives}`,
    );
  }

  const fragments = fragmentsInDependencyOrder(document);
  const shape = measureShape(operation, fragments, stats);
  if (shape.rootFields > limits.maxRootFields) {
    throw limitExceeded(
      "maxRootFields",
      shape.rootFields,
      limits.maxRootFields,
      `This request asks for ${shape.rootFields} top-level fields, more than the limit of ${limits.maxRootFields}: send fewer at a time`,
    );
  }
  if (shape.fields > limits.maxFields) {
    throw limitExceeded(
      "maxFields",
      shape.fields,
      limits.maxFields,
      `This request selects ${shape.fields} fields (each alias, and each fragment where it is spread), more than the limit of ${limits.maxFields}`,
    );
  }
  if (shape.depth > limits.maxDepth) {
    throw limitExceeded("maxDepth", shape.depth, limits.maxDepth, `This request nests fields ${shape.depth} deep, more than the limit of ${limits.maxDepth}`);
  }

  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], { ...variables }, { maxErrors: 1 });
  if (coerced.errors) return { ...shape, directives };
  const objects = estimateObjects(schema, operation, fragments, coerced.coerced, stats);
  if (objects > limits.maxEstimatedObjects) {
    throw limitExceeded(
      "maxEstimatedObjects",
      objects,
      limits.maxEstimatedObjects,
      `This request could return up to ${objects} objects, more than the limit of ${limits.maxEstimatedObjects}: ask for smaller pages (first) or fewer nested lists`,
      { estimatedObjects: objects },
    );
  }
  return { ...shape, directives, estimatedObjects: objects };
}

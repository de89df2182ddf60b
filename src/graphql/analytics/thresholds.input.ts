import { Field, Float, InputType } from "type-graphql";
import { DEFAULT_THRESHOLDS, THRESHOLD_NAMES, type ThresholdOverride } from "../../domain/analytics/thresholds";
import { render } from "../../i18n/render";

/** Every threshold of the verdict, optional; declared from the domain's list so the two never drift. */
@InputType({ description: 'Override any threshold of the cluster verdict to ask "what if"; omitted ones keep their cited defaults.' })
export class ThresholdsInput {}

for (const name of THRESHOLD_NAMES) {
  const { value, source } = DEFAULT_THRESHOLDS[name];
  Field(() => Float, { nullable: true, description: `Default ${value}. ${render(source, "en")}` })(ThresholdsInput.prototype, name);
}

/** The override as the domain takes it: only the thresholds given. */
export function toThresholdOverride(input: ThresholdsInput | null | undefined): ThresholdOverride {
  return Object.fromEntries(Object.entries(input ?? {}).filter(([, value]) => value !== null && value !== undefined));
}

import { Field } from "type-graphql";

// What @Field takes as its type: a thunk returning a class, scalar or enum.
export type ReturnTypeFunc = Extract<Parameters<typeof Field>[0], () => unknown>;

/** "rawMaterial" -> "Raw material", for descriptions of fields named after a vocabulary. */
const humanize = (key: string) => key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).replace(/^./, (c) => c.toUpperCase());

/**
 * Declares one field per vocabulary key (the six JICA aspects, the four problem areas) on a
 * GraphQL class, so the type cannot drift from the vocabulary it breaks down.
 */
export function fieldsPerKey(type: { prototype: object }, keys: readonly string[], fieldType: ReturnTypeFunc, nullable = false): void {
  for (const key of keys) Field(fieldType, { nullable, description: `${humanize(key)}.` })(type.prototype, key);
}

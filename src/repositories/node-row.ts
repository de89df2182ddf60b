import { typenameOf } from "../domain/graph";
import type { SentraRole } from "../domain/vocabulary";

/**
 * Every node leaves Cypher in one shape: its properties plus its labels, and becomes a row
 * with the GraphQL type its label is served as. `node(id)`, lists and nested fields all use this
 * projection, so a property can never show up through one path and be missing through another.
 * A node stored before versions existed (seed, import) is at its first version.
 */
export const nodeRow = (variable: string) => `${variable} {.*, version: coalesce(${variable}.version, 1), __labels: labels(${variable})}`;

/**
 * The slim projection of an actor: what a list of names to show or draw reads (id, name, kind and
 * the labels its type comes from). Served only where the request selects no other property
 * (PageRequest.slim), so a row that lacks the rest is never read for it.
 */
export const slimActorRow = (variable: string) => `${variable} {.id, .name, .kind, __labels: labels(${variable})}`;

export interface NodeRow {
  id: string;
  __typename: string;
}

/** Gives a projected node its GraphQL type name, or undefined for a node Simpul does not expose. */
export function toNodeRow<T extends NodeRow = NodeRow>(raw: unknown): T | undefined {
  const { __labels, ...props } = raw as { __labels?: string[] } & Record<string, unknown>;
  const typename = typenameOf(__labels ?? [], props.kind);
  return typename ? ({ ...props, __typename: typename } as unknown as T) : undefined;
}

/** A node reached through a relationship that carries a role (a sentra member, a participation). */
export interface RoleEdgeRow<T extends NodeRow, R = SentraRole> {
  role: R;
  since: string | null;
  node: T;
}

/** Keeps an item whose node Simpul exposes, with the node converted to a row. */
export function asRoleEdge<T extends NodeRow, R>(raw: unknown): RoleEdgeRow<T, R> | undefined {
  const { node, ...edge } = raw as { node: unknown; role: R; since: string | null };
  const row = toNodeRow<T>(node);
  return row ? { ...edge, node: row } : undefined;
}

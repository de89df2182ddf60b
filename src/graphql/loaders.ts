import DataLoader from "dataloader";
import type { Database } from "../db/neo4j";
import { findActorsByIds, findLinkages, findParticipations, type ActorRow, type LinkageFilter, type LinkageRow, type ParticipationRow } from "../repositories/actor.repository";
import type { NodeRow } from "../repositories/node-shape";
import { findNeighbours, findNodesByIds, type NeighbourFilter, type NeighbourRow } from "../repositories/node.repository";
import { emptyPage, type Page, type PageRequest } from "../repositories/paging";
import { findChildRegions, findRegionsByIds, type RegionRow } from "../repositories/region.repository";
import { findOne, findRelated, RELATION_NAMES, TO_ONE_NAMES, type RelatedRow, type Relation, type ToOneRelation } from "../repositories/related.repository";
import { findSentraByIds, findSentraInRegions, findSentraMembers, type MemberFilter, type MemberRow, type SentraFilter, type SentraRow } from "../repositories/sentra.repository";

// A loader of rows by id; missing ids resolve to null, in the order DataLoader asked for them.
function byId<T>(fetch: (ids: readonly string[]) => Promise<Map<string, T>>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * A loader of one page per parent id. Keys that share filter and page are fetched in one query,
 * so a nested list costs one query per level of the request, whatever the number of parents.
 */
export interface PagedLoader<F, T> {
  load(id: string, filter: F, page: PageRequest): Promise<Page<T>>;
}

function pagedById<F, T>(fetch: (ids: string[], filter: F, page: PageRequest) => Promise<Map<string, Page<T>>>): PagedLoader<F, T> {
  const loader = new DataLoader<string, Page<T>>(async (keys) => {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const [id, shape] = splitKey(key);
      groups.set(shape, [...(groups.get(shape) ?? []), id]);
    }
    const results = new Map<string, Page<T> | Error>();
    // One failing group fails only its own keys, not fields asked with other arguments.
    await Promise.all(
      [...groups].map(async ([shape, ids]) => {
        const { filter, page } = JSON.parse(shape) as { filter: F; page: PageRequest };
        try {
          const pages = await fetch(ids, filter, page);
          for (const id of ids) results.set(`${id}\u0000${shape}`, pages.get(id) ?? emptyPage(page.skip));
        } catch (error) {
          for (const id of ids) results.set(`${id}\u0000${shape}`, error as Error);
        }
      }),
    );
    return keys.map((key) => results.get(key)!);
  });
  return { load: (id, filter, page) => loader.load(`${id}\u0000${JSON.stringify({ filter, page })}`) };
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf("\u0000");
  return [key.slice(0, at), key.slice(at + 1)];
}

/** Builds the per-request loaders; never shared across requests, so caches never go stale. */
export function createLoaders(db: Database) {
  const actors = byId<ActorRow>((ids) => findActorsByIds(db, ids));
  const related = Object.fromEntries(
    RELATION_NAMES.map((name) => [name, pagedById<Record<string, never>, RelatedRow>((ids, _filter, page) => findRelated(db, name, ids, page))]),
  ) as Record<Relation, PagedLoader<Record<string, never>, RelatedRow>>;
  const toOne = Object.fromEntries(
    TO_ONE_NAMES.map((name) => [name, byId<NodeRow>((ids) => findOne(db, name, ids))]),
  ) as Record<ToOneRelation, DataLoader<string, NodeRow | null>>;

  return {
    nodes: byId<NodeRow>((ids) => findNodesByIds(db, ids)),
    regions: byId<RegionRow>((ids) => findRegionsByIds(db, ids)),
    childRegions: pagedById<Record<string, never>, RegionRow>((ids, _filter, page) => findChildRegions(db, ids, page)),
    sentra: byId<SentraRow>((ids) => findSentraByIds(db, ids)),
    actors,
    participations: pagedById<Record<string, never>, ParticipationRow>((ids, _filter, page) => findParticipations(db, ids, page)),
    sentraInRegion: pagedById<Omit<SentraFilter, "regionId">, SentraRow>((ids, filter, page) => findSentraInRegions(db, ids, filter, page)),
    sentraMembers: pagedById<MemberFilter, MemberRow>(async (ids, filter, page) => {
      const pages = await findSentraMembers(db, ids, filter, page);
      // Members come with their properties; later `actor(id)` lookups need no query.
      for (const p of pages.values()) for (const m of p.items) actors.prime(m.actor.id, m.actor);
      return pages;
    }),
    linkages: pagedById<LinkageFilter, LinkageRow>(async (ids, filter, page) => {
      const pages = await findLinkages(db, ids, filter, page);
      for (const p of pages.values()) for (const l of p.items) actors.prime(l.partner.id, l.partner);
      return pages;
    }),
    neighbours: pagedById<NeighbourFilter, NeighbourRow>((ids, filter, page) => findNeighbours(db, ids, filter, page)),
    related,
    toOne,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

import DataLoader from "dataloader";
import { emptyPage, type Page, type PageRequest } from "../../repositories/paging";

/** A loader of rows by id; missing ids resolve to null, in the order DataLoader asked for them. */
export function byIdLoader<T>(fetch: (ids: readonly string[]) => Promise<Map<string, T>>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

interface PageKey<F> {
  id: string;
  filter: F;
  page: PageRequest;
}

/** A loader of one page per parent id, for a given filter and page. */
export interface PagedLoader<F, T> {
  load(id: string, filter: F, page: PageRequest): Promise<Page<T>>;
}

/**
 * Keys that share filter and page are fetched in one query, so a nested list costs one query
 * per level of the request, whatever the number of parents.
 */
export function pagedLoader<F, T>(fetch: (ids: string[], filter: F, page: PageRequest) => Promise<Map<string, Page<T>>>): PagedLoader<F, T> {
  const shapeOf = (key: PageKey<F>) => JSON.stringify([key.filter, key.page]);
  const loader = new DataLoader<PageKey<F>, Page<T>, string>(
    async (keys) => {
      const groups = new Map<string, PageKey<F>[]>();
      for (const key of keys) groups.set(shapeOf(key), [...(groups.get(shapeOf(key)) ?? []), key]);
      const results = new Map<PageKey<F>, Page<T> | Error>();
      // One failing group fails only its own keys, not fields asked with other arguments.
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { filter, page } = group[0];
          try {
            const pages = await fetch(
              group.map((key) => key.id),
              filter,
              page,
            );
            for (const key of group) results.set(key, pages.get(key.id) ?? emptyPage(page));
          } catch (error) {
            for (const key of group) results.set(key, error as Error);
          }
        }),
      );
      return keys.map((key) => results.get(key)!);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.id, key.filter, key.page]) },
  );
  return { load: (id, filter, page) => loader.load({ id, filter, page }) };
}

/** One paged loader per named list of a repository's `nodeListsOf` table. */
export function listLoaders<K extends string, T>(names: readonly K[], fetch: (list: K, ids: string[], page: PageRequest) => Promise<Map<string, Page<T>>>) {
  return Object.fromEntries(names.map((name) => [name, pagedLoader<object, T>((ids, _filter, page) => fetch(name, ids, page))])) as Record<
    K,
    PagedLoader<object, T>
  >;
}

/** One by-id loader per named link of a repository's `linksOf` table. */
export function linkLoaders<K extends string, T>(names: readonly K[], fetch: (link: K, ids: readonly string[]) => Promise<Map<string, T>>) {
  return Object.fromEntries(names.map((name) => [name, byIdLoader<T>((ids) => fetch(name, ids))])) as Record<K, DataLoader<string, T | null>>;
}

/** A loader of one value per id for given options; ids asked with the same options share one fetch. */
export interface OptionsLoader<O, T> {
  load(id: string, options: O): Promise<T | null>;
}

export function byIdWithOptionsLoader<O, T>(fetch: (ids: string[], options: O) => Promise<Map<string, T>>): OptionsLoader<O, T> {
  const paged = pagedLoader<O, T>(async (ids, options) => {
    const found = await fetch(ids, options);
    return new Map([...found].map(([id, value]) => [id, { totalCount: 1, items: [value], sortKeys: [[id]], hasNextPage: false, hasPreviousPage: false }]));
  });
  return { load: async (id, options) => (await paged.load(id, options, { after: null, limit: 1 })).items[0] ?? null };
}

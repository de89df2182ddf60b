/** A slice of an ordered list, and how long the whole list is. */
export interface PageRequest {
  skip: number;
  limit: number;
}

export interface Page<T> {
  totalCount: number;
  skip: number;
  items: T[];
}

export const emptyPage = <T>(skip: number): Page<T> => ({ totalCount: 0, skip, items: [] });

/**
 * The Cypher tail that turns an ordered `item` stream, grouped by `key`, into one page per key.
 * It collects the whole list to count it: fine at the size of a sentra's network.
 */
export const PAGE_PER_KEY = `
  WITH key, collect(item) AS items
  RETURN key, size(items) AS totalCount, items[$skip..($skip + $limit)] AS items`;

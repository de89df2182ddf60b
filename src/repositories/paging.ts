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

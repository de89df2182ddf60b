/** What a write returns: its result, and the sentra whose network it changed (their stored metrics are then stale). */
export interface Written<T> {
  value: T;
  sentraIds: string[];
}

/** What an archive returns: the new version and when it was archived. */
export interface ArchivedRow {
  id: string;
  version: number;
  archivedAt: string;
}

/** Distinct, non-empty sentra ids. */
export const distinctIds = (ids: ReadonlyArray<string | null | undefined>) => [
  ...new Set(ids.filter((id): id is string => typeof id === "string" && id.length > 0)),
];

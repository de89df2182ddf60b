import type { Driver, Session } from "neo4j-driver";

/** How many sessions a driver has open now, and the most it had open at once. */
export interface SessionCount {
  open: number;
  most: number;
}

/**
 * The same driver, counting the sessions opened through it that are not yet closed: what a
 * Database built on it holds of Neo4j, counted where it is taken rather than guessed from timing.
 */
export function countingSessions(driver: Driver): { driver: Driver; sessions: SessionCount } {
  const sessions: SessionCount = { open: 0, most: 0 };
  const counted = new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== "session") return Reflect.get(target, property, receiver) as unknown;
      return (...args: Parameters<Driver["session"]>): Session => {
        const session = target.session(...args);
        sessions.open += 1;
        sessions.most = Math.max(sessions.most, sessions.open);
        let closed = false;
        const close = session.close.bind(session);
        session.close = async () => {
          if (!closed) {
            closed = true;
            sessions.open -= 1;
          }
          await close();
        };
        return session;
      };
    },
  });
  return { driver: counted, sessions };
}

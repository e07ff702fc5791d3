import type { Driver, Session } from 'neo4j-driver';

/** A driver whose open sessions are counted (see `countSessions`). */
export interface CountedDriver {
  driver: Driver;
  /** Sessions opened through `driver` and not yet closed. */
  sessionsOpen(): number;
}

/**
 * Wraps a driver so that the sessions opened through it are counted until they are closed: how
 * much of the driver's connection pool the service is using, since neo4j-driver has no public API
 * for its pool. The service opens a session only to run a transaction and closes it right after
 * (the executor, `src/graph/executor.ts`), so each open session holds one pooled connection; a
 * session that is never closed stays counted, which is how a leak would show. Closing a session
 * twice counts once.
 */
export function countSessions(driver: Driver): CountedDriver {
  let open = 0;
  const counted = new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver);
      return (...args: Parameters<Driver['session']>): Session => {
        const session = target.session(...args);
        open += 1;
        const close = session.close.bind(session);
        let closed = false;
        session.close = async () => {
          try {
            await close();
          } finally {
            if (!closed) {
              closed = true;
              open -= 1;
            }
          }
        };
        return session;
      };
    },
  });
  return { driver: counted, sessionsOpen: () => open };
}

import type { RequestHandler } from 'express';
import { isLoopback } from '../config';

/** The host name of a `Host` header or an origin's URL, without port or IPv6 brackets; null when unreadable. */
export function hostNameOf(value: string, kind: 'host' | 'origin'): string | null {
  try {
    const url = new URL(kind === 'host' ? `http://${value}` : value);
    return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * In local mode (no authentication, every caller the operator) a page on another site could reach
 * the loopback service through DNS rebinding: its host name resolves to 127.0.0.1, and the
 * browser then sends `Host: attacker.example:4000`. This middleware serves a request only when
 * its `Host` names a loopback host (localhost, 127.0.0.0/8, ::1), and its `Origin`, when present,
 * too; anything else gets HTTP 403 with `FORBIDDEN` and nothing else.
 */
export function loopbackOnly(): RequestHandler {
  return (req, res, next) => {
    const host = hostNameOf(req.headers.host ?? '', 'host');
    const origin = req.headers.origin;
    const originHost = origin === undefined ? null : hostNameOf(origin, 'origin');
    if (host && isLoopback(host) && (origin === undefined || (originHost && isLoopback(originHost)))) return next();
    res.status(403).json({
      errors: [{ message: 'Local mode serves loopback host names only (Host and Origin).', extensions: { code: 'FORBIDDEN' } }],
    });
  };
}

/**
 * Short builders for what a step focuses on and claims, so a lesson reads like
 * its text: `allows('prod/api', 'prod/db', 3306)`, `blocks('prod/web', 'prod/db', 3306)`.
 */
import type { Protocol } from '../../model';
import type { LessonClaim, LessonConnection } from './lesson';

export function connectionOf(
  from: string,
  to: string,
  port: number,
  protocol: Protocol = 'TCP',
): LessonConnection {
  return { from, to, port, protocol };
}

/** The claim that `from` may open a connection to `to` on `port`. */
export function allows(
  from: string,
  to: string,
  port: number,
  protocol: Protocol = 'TCP',
): LessonClaim {
  return { from, to, port, protocol, allowed: true };
}

/** The claim that a connection from `from` to `to` on `port` is blocked. */
export function blocks(
  from: string,
  to: string,
  port: number,
  protocol: Protocol = 'TCP',
): LessonClaim {
  return { from, to, port, protocol, allowed: false };
}

import { describe, expect, it } from 'vitest';
import type { LessonConnection } from './lesson';
import { focusDraws, focusWithConnection, focusWithDrawn, focusWithNodes } from './lessonFocusEdit';

const WEB_DB: LessonConnection = { from: 'prod/web', to: 'prod/db', port: 3306, protocol: 'TCP' };
const API_DB: LessonConnection = { ...WEB_DB, from: 'prod/api' };

describe('when a trainer picks what a step points at', () => {
  it('rings nodes and leaves the connection and lines alone', () => {
    const focus = focusWithNodes({ connection: WEB_DB, lines: [API_DB] }, ['prod/db']);
    expect(focus).toEqual({ nodes: ['prod/db'], connection: WEB_DB, lines: [API_DB] });
    expect(focusWithNodes(focus, [])).toEqual({ connection: WEB_DB, lines: [API_DB] });
  });

  it('draws the connection as a line, and stops drawing it', () => {
    const drawn = focusWithDrawn({ connection: WEB_DB, lines: [API_DB] }, true);
    expect(drawn.lines).toEqual([API_DB, WEB_DB]);
    expect(focusDraws(drawn)).toBe(true);
    expect(focusWithDrawn(drawn, false)).toEqual({ connection: WEB_DB, lines: [API_DB] });
  });

  it('moves the drawn line with the connection, and drops it when the connection is cleared', () => {
    const drawn = focusWithDrawn({ connection: WEB_DB }, true);
    const moved = focusWithConnection(drawn, { ...WEB_DB, port: 5432 });
    expect(moved).toEqual({
      connection: { ...WEB_DB, port: 5432 },
      lines: [{ ...WEB_DB, port: 5432 }],
    });
    expect(focusWithConnection(moved, null)).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import type { EdgeRoute } from './edgeRoutes';
import { applyRouteChanges, takeRouteChanges } from './routeChanges';

function route(path: string): EdgeRoute {
  return { path, points: [], label: { x: 1, y: 2 }, middle: { x: 3, y: 4 } };
}

describe('the routes the worker sends after a change of a few lines', () => {
  const sent = new Map<string, EdgeRoute>();
  const known = new Map<string, EdgeRoute>();
  const first = new Map([
    ['a>b', route('M 0 0 L 1 1')],
    ['b>c', route('M 1 1 L 2 2')],
    ['c>d', route('M 2 2 L 3 3')],
  ]);
  applyRouteChanges(known, takeRouteChanges(sent, first));
  const second = new Map([
    ['a>b', route('M 0 0 L 1 1')],
    ['b>c', route('M 1 1 L 5 5')],
    ['d>e', route('M 3 3 L 4 4')],
  ]);
  const changes = takeRouteChanges(sent, second);
  applyRouteChanges(known, changes);

  it('are only the routes that changed or are new, and the ids of those gone', () => {
    expect(changes.changed.map(([id]) => id)).toEqual(['b>c', 'd>e']);
    expect(changes.removed).toEqual(['c>d']);
  });

  it('put together on the page, are every route as routed', () => {
    expect(known).toEqual(second);
  });
});

describe('a route whose lanes alone changed', () => {
  it('is sent again: its bands for the pointer are drawn from them', () => {
    const alone = route('M 0 0 L 9 0');
    const laned = {
      ...alone,
      lanes: { alone: 'M 4 0 L 9 0', laned: [{ path: 'M 0 0 L 4 0', room: 8 }] },
    };
    const narrower = {
      ...laned,
      lanes: { ...laned.lanes, laned: [{ path: 'M 0 0 L 4 0', room: 4 }] },
    };
    const sent = new Map<string, EdgeRoute>();
    takeRouteChanges(sent, new Map([['a>b', alone]]));
    expect(takeRouteChanges(sent, new Map([['a>b', laned]])).changed).toHaveLength(1);
    expect(takeRouteChanges(sent, new Map([['a>b', { ...laned }]])).changed).toHaveLength(0);
    expect(takeRouteChanges(sent, new Map([['a>b', narrower]])).changed).toHaveLength(1);
  });
});

describe('a route whose label alone moved above the cards', () => {
  it('is sent again: its label is drawn in the layer over the cards', () => {
    const under = route('M 0 0 L 9 0');
    expect(
      takeRouteChanges(new Map([['a>b', under]]), new Map([['a>b', { ...under, over: true }]]))
        .changed,
    ).toHaveLength(1);
  });
});

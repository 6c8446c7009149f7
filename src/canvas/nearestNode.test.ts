import { describe, expect, it } from 'vitest';
import { directionOfKey, nearestNode } from './nearestNode';
import type { NodeBox } from './nearestNode';

const box = (id: string, x: number, y: number): NodeBox => ({ id, x, y, width: 100, height: 50 });

//  web(0,0)      api(300,0)     db(600,0)
//  cron(0,200)   batch(320,260)
const web = box('web', 0, 0);
const boxes = [
  web,
  box('api', 300, 0),
  box('db', 600, 0),
  box('cron', 0, 200),
  box('batch', 320, 260),
];

describe('nearestNode', () => {
  it('moves to the next node on the same row', () => {
    expect(nearestNode(web, boxes, 'right')).toBe('api');
  });

  it('moves down to the node straight below rather than one off to the side', () => {
    expect(nearestNode(web, boxes, 'down')).toBe('cron');
  });

  it('finds nothing where no node lies that way', () => {
    expect(nearestNode(web, boxes, 'left')).toBeNull();
    expect(nearestNode(web, boxes, 'up')).toBeNull();
  });

  it('goes back the way it came', () => {
    const api = boxes[1] ?? web;
    expect(nearestNode(api, boxes, 'left')).toBe('web');
  });

  it('takes a node outside the 45° cone only when the cone is empty', () => {
    const cron = boxes[3] ?? web;
    // batch is 320 right and 60 down: inside the cone of "right".
    expect(nearestNode(cron, boxes, 'right')).toBe('batch');
    // Up from batch: api (above, inside the cone) wins over web (far to the side).
    expect(nearestNode(boxes[4] ?? web, boxes, 'up')).toBe('api');
  });

  it('reads arrow keys and nothing else', () => {
    expect(directionOfKey('ArrowUp')).toBe('up');
    expect(directionOfKey('Tab')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { neighbourhoodOf } from '../store';
import { isLitLine, litNodeIds } from './neighbourhoodLit';

const web = 'workload:shop/web';
const line = (source: string, target: string) => ({ id: `${source}->${target}`, source, target });

describe('what a focus draws lit', () => {
  // shop/web reaches db in the open namespace shop, and cache and queue in the collapsed
  // namespace data, whose box is drawn without cards while it opens.
  const flows = [
    line(web, 'workload:shop/db'),
    line(web, 'workload:data/cache'),
    line(web, 'workload:data/queue'),
    line('workload:shop/db', 'workload:ops/log'),
  ];
  const hood = neighbourhoodOf(flows, web, 'namespace:shop');
  const drawn = [
    { id: 'namespace:shop' },
    { id: web, parentId: 'namespace:shop' },
    { id: 'workload:shop/db', parentId: 'namespace:shop' },
    { id: 'namespace:data' },
    { id: 'namespace:ops' },
  ];

  it('lights the box of a neighbour whose card is not drawn yet, and no other box', () => {
    const lit = litNodeIds(drawn, [], hood);
    expect(lit.has('namespace:data')).toBe(true);
    expect(lit.has('namespace:shop')).toBe(true);
    expect(lit.has('namespace:ops')).toBe(false);
  });

  it('lights a summary line at the focused workload that the neighbourhood does not list', () => {
    // The summary line to the box drawn before the box opened.
    const summary = { ...line(web, 'namespace:data'), data: { summary: true as const } };
    expect(isLitLine(summary, hood)).toBe(true);
    expect(litNodeIds(drawn, [summary], hood).has('namespace:data')).toBe(true);
    expect(isLitLine(line('workload:shop/db', 'workload:ops/log'), hood)).toBe(false);
    // A line at it that is not its own (a blocked path, drawn faint behind) stays dimmed.
    expect(isLitLine(line(web, 'workload:ops/log'), hood)).toBe(false);
  });

  it('lights a neighbour drawn as a card, not its box for it alone', () => {
    const opened = [...drawn, { id: 'workload:data/cache', parentId: 'namespace:data' }];
    const alone = neighbourhoodOf([line(web, 'workload:data/cache')], web, 'namespace:shop');
    const lit = litNodeIds(opened, [], alone);
    expect(lit.has('workload:data/cache')).toBe(true);
    // The box holds a lit card: it is lit as its parent.
    expect(lit.has('namespace:data')).toBe(true);
    expect(lit.has('namespace:ops')).toBe(false);
  });
});

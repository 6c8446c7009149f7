import { describe, expect, it } from 'vitest';
import { PICTURE_BAND_HEIGHT, pictureSvg } from './pictureSvg';

const DIAGRAM =
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400" viewBox="0 0 800 400"><foreignObject width="100%" height="100%"><div xmlns="http://www.w3.org/1999/xhtml">web</div></foreignObject></svg>';

function parts(title: string, background: 'white' | 'transparent' = 'white') {
  return { diagram: DIAGRAM, width: 800, height: 400, title, background };
}

describe('the picture of the diagram', () => {
  it('puts the design’s name and a legend above the diagram', () => {
    const svg = pictureSvg(parts('Shop & <prod>'));
    expect(svg).toContain('>Shop &amp; &lt;prod&gt;</text>');
    expect(svg).toContain('>allowed</text>');
    expect(svg).toContain('>blocked</text>');
    expect(svg).toContain('>isolated (a policy selects it)</text>');
    expect(svg).toContain(`height="${String(400 + PICTURE_BAND_HEIGHT)}"`);
  });

  it('keeps the diagram whole, its names as text, below the band', () => {
    const svg = pictureSvg(parts('Shop'));
    expect(svg).toContain(`<svg x="0" y="${String(PICTURE_BAND_HEIGHT)}" xmlns=`);
    expect(svg).toContain('>web</div>');
    expect(svg.endsWith('</svg></svg>')).toBe(true);
  });

  it('names an unnamed design so, and has a white ground only when asked', () => {
    expect(pictureSvg(parts(''))).toContain('>Untitled design</text>');
    expect(pictureSvg(parts('x', 'white'))).toContain('fill="#ffffff"');
    expect(pictureSvg(parts('x', 'transparent'))).not.toContain('fill="#ffffff"');
  });

  it('widens a small diagram so the legend fits', () => {
    const svg = pictureSvg({ ...parts('x'), width: 100 });
    expect(svg).toMatch(/^<svg [^>]*width="660"/);
  });

  it('widens a picture whose long name would run into the legend', () => {
    const title = 'A very long name for the design of the shop in production, west';
    const width = Number(/^<svg [^>]*width="(\d+)"/.exec(pictureSvg(parts(title)))?.[1]);
    expect(width).toBeGreaterThan(800);
    expect(width).toBeGreaterThan(title.length * 10 + 480);
  });

  it('draws another legend when given one', () => {
    const legend = [{ mark: '<rect width="20" height="20"/>', label: 'no port allowed' }];
    const svg = pictureSvg({ ...parts('x'), legend });
    expect(svg).toContain('>no port allowed</text>');
    expect(svg).not.toContain('>blocked</text>');
  });

  it('refuses what is not an SVG', () => {
    expect(() => pictureSvg({ ...parts('x'), diagram: '<png/>' })).toThrow('not an SVG');
  });
});

import { describe, expect, it } from 'vitest';
import { endPortFromText, portFromText } from './portText';

describe('when a port is typed', () => {
  it('reads digits as a port number and other text as a port name', () => {
    expect(portFromText(' 3306 ')).toBe(3306);
    expect(portFromText('http')).toBe('http');
    expect(portFromText('HTTP')).toBe('HTTP');
  });

  it('reads empty text as no port: every port of the protocol', () => {
    expect(portFromText('  ')).toBeUndefined();
  });
});

describe('when an endPort is typed', () => {
  it('reads a number, or nothing', () => {
    expect(endPortFromText('32768')).toEqual({ endPort: 32768 });
    expect(endPortFromText('')).toEqual({ endPort: undefined });
  });

  it('refuses text that is not a number', () => {
    expect(endPortFromText('http')).toEqual({ problem: 'endPort is a port number, not "http"' });
  });
});

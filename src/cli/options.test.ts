import { describe, expect, it } from 'vitest';
import { portParse, protocolParse } from './options';

describe('when reading --port', () => {
  it('accepts 1 to 65535', () => {
    expect(portParse('1')).toEqual({ ok: true, value: 1 });
    expect(portParse('65535')).toEqual({ ok: true, value: 65535 });
  });

  it.each(['0', '65536', '-1', '80.5', 'http', '1e3', ' 80', ''])('rejects %j', (text) => {
    expect(portParse(text).ok).toBe(false);
  });
});

describe('when reading --protocol', () => {
  it('accepts TCP, UDP and SCTP in any case', () => {
    expect(protocolParse('udp')).toEqual({ ok: true, value: 'UDP' });
    expect(protocolParse('SCTP')).toEqual({ ok: true, value: 'SCTP' });
  });

  it('rejects anything else', () => {
    expect(protocolParse('HTTP')).toEqual({
      ok: false,
      message: "--protocol must be TCP, UDP or SCTP, not 'HTTP'",
    });
  });
});

import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../fixtures';
import { comparedDesignRead } from './comparedDesignRead';

const signal = new AbortController().signal;
const threeTier = FIXTURES['three-tier']?.yaml ?? '';

describe('when a file is read to compare with', () => {
  it('gives its design under the file’s name', async () => {
    const read = await comparedDesignRead([{ name: 'before.yaml', text: threeTier }], signal);
    if (!read.ok) throw new Error(read.error);
    expect(read.design.name).toBe('before.yaml');
    expect(read.design.doc.policies.length).toBeGreaterThan(0);
  });

  it('says what is wrong and where, as Open file does', async () => {
    const text = 'kind: NetworkPolicy\napiVersion: networking.k8s.io/v1\nmetadata: [oops\n';
    const read = await comparedDesignRead([{ name: 'broken.yaml', text }], signal);
    expect(read).toEqual({
      ok: false,
      error: expect.stringMatching(/^Nothing compared\. broken\.yaml line \d+: /) as unknown,
    });
  });

  it('turns a flow log away: it is no design', async () => {
    const text =
      'src_namespace,src_pod_or_ip,dst_namespace,dst_pod_or_ip,port,protocol\nprod,web,prod,db,5432,TCP\n';
    const read = await comparedDesignRead([{ name: 'flows.csv', text }], signal);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.error).toContain('flows.csv is a flow log, not a design');
  });
});

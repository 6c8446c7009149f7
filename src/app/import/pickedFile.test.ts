import { describe, expect, it } from 'vitest';
import { isFlowLog } from '../../io';
import { fileHead, sourceHead, sourceSize, sourceText } from './pickedFile';

const FLOW = `{"flow":{"verdict":"FORWARDED","source":{"labels":["k8s:app=${'a'.repeat(100_000)}"]}}}`;

describe("a picked file's head", () => {
  it('is the whole text of a short file', async () => {
    expect(await fileHead(new Blob(['kind: Namespace\n']))).toBe('kind: Namespace\n');
    expect(await fileHead(new Blob(['']))).toBe('');
  });

  it('holds a first line longer than the first read, so a flow log is told as one', async () => {
    const file = new Blob([`${FLOW}\n${FLOW}\n`]);
    const head = await fileHead(file);
    expect(head.length).toBeLessThan(file.size);
    expect(head.startsWith(`${FLOW}\n`)).toBe(true);
    expect(isFlowLog({ name: 'hubble.json', text: head })).toBe(true);
  });

  it('reads past blank lines and a byte order mark to the first line with text', async () => {
    const text = `\uFEFF${'\n'.repeat(70_000)}${FLOW}\nmore\n`;
    const head = await fileHead(new Blob([text]));
    expect(isFlowLog({ name: 'hubble.json', text: head })).toBe(true);
  });

  it('keeps characters before the first line break whole', async () => {
    const line = 'é'.repeat(40_000); // 80,000 bytes: the first read ends inside it
    const head = await fileHead(new Blob([`${line}\n${'ü'.repeat(50_000)}`]));
    expect(head.split('\n')[0]).toBe(line);
  });
});

describe('a source to import', () => {
  it('gives its text, head and size whether picked or in hand', async () => {
    const text = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: prod}\n';
    const file = new Blob([text]);
    const picked = { name: 'a.yaml', file, head: await fileHead(file) };
    expect(await sourceText(picked)).toEqual({ name: 'a.yaml', text });
    expect(await sourceText({ name: 'b.yaml', text })).toEqual({ name: 'b.yaml', text });
    expect(sourceHead(picked)).toEqual({ name: 'a.yaml', text });
    expect(sourceSize(picked)).toBe(file.size);
    expect(sourceSize({ name: 'b.yaml', text: 'héllo' })).toBe(5);
  });
});

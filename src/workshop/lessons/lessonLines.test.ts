import { describe, expect, it } from 'vitest';
import { lessonTextLines } from './lessonLines';

describe('when a step text is revealed line by line', () => {
  it('reveals the lines the trainer wrote, skipping blank ones', () => {
    expect(lessonTextLines('web calls api.\n\n  api queries db.  \n')).toEqual([
      'web calls api.',
      'api queries db.',
    ]);
  });

  it('reveals a paragraph sentence by sentence', () => {
    expect(
      lessonTextLines('No policy selects them. So every connection is allowed! Even web → db?'),
    ).toEqual(['No policy selects them.', 'So every connection is allowed!', 'Even web → db?']);
  });

  it('keeps addresses, abbreviations and lower-case continuations in their sentence', () => {
    expect(lessonTextLines('Allow 192.168.5.10, e.g. a backup server. Then “db” pushes.')).toEqual([
      'Allow 192.168.5.10, e.g. a backup server.',
      'Then “db” pushes.',
    ]);
  });

  it('has no lines for an empty text', () => {
    expect(lessonTextLines(' \n ')).toEqual([]);
  });
});

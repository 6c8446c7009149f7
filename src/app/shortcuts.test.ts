import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('keyboard shortcuts', () => {
  it('undo with Ctrl+Z or Cmd+Z', () => {
    expect(shortcutFor(press('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutFor(press('z', { metaKey: true }))).toBe('undo');
  });

  it('redo with Ctrl+Shift+Z and with Ctrl+Y', () => {
    expect(shortcutFor(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutFor(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('delete with Delete or Backspace, help with ?', () => {
    expect(shortcutFor(press('Delete'))).toBe('delete');
    expect(shortcutFor(press('Backspace'))).toBe('delete');
    expect(shortcutFor(press('?', { shiftKey: true }))).toBe('help');
  });

  it('find with / or Ctrl+K', () => {
    expect(shortcutFor(press('/'))).toBe('find');
    expect(shortcutFor(press('k', { ctrlKey: true }))).toBe('find');
    expect(shortcutFor(press('k', { metaKey: true }))).toBe('find');
  });

  it('focus on the selected workload with F, and not with Ctrl+F (the browser finds)', () => {
    expect(shortcutFor(press('f'))).toBe('focus');
    expect(shortcutFor(press('F', { shiftKey: true }))).toBeNull();
    expect(shortcutFor(press('f', { ctrlKey: true }))).toBeNull();
  });

  it('leaves other keys alone', () => {
    expect(shortcutFor(press('z'))).toBeNull();
    expect(shortcutFor(press('c', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});

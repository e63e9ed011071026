import { describe, expect, it } from 'vitest';
import { capturePointer } from '../../src/view/scene/capturePointer.ts';

describe('capturing a pointer', () => {
  it('goes on without capture when the browser says the pointer is gone', () => {
    const element = {
      setPointerCapture: () => {
        throw new DOMException('No active pointer with the given id is found.', 'NotFoundError');
      },
    } as unknown as Element;
    expect(capturePointer(element, 7)).toBe(false);
  });

  it('captures a live pointer', () => {
    const captured: number[] = [];
    const element = { setPointerCapture: (id: number) => captured.push(id) } as unknown as Element;
    expect(capturePointer(element, 3)).toBe(true);
    expect(captured).toEqual([3]);
  });
});

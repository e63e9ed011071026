import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from '../../src/store/appStore.ts';
import { rememberedView, startRememberingView } from '../../src/store/rememberView.ts';
import { MemoryStorage } from '../support/memoryStorage.ts';

describe('the view a person left the body in', () => {
  beforeEach(() => appStore.setState({ camera: { kind: 'preset', preset: 'front', serial: 0 }, facing: 'front' }));

  it('opens on the front the first time, and on the side last shown after that', () => {
    const storage = new MemoryStorage();
    const stop = startRememberingView(storage);
    expect(appStore.getState().camera).toEqual({ kind: 'preset', preset: 'front', serial: 0 });
    appStore.setState({ facing: 'back' });
    stop();
    startRememberingView(storage)();
    expect(appStore.getState().camera).toEqual({ kind: 'preset', preset: 'back', serial: 0 });
    expect(appStore.getState().facing).toBe('back');
  });

  it('opens on the front when what is stored is not a view, or storage refuses', () => {
    const storage = new MemoryStorage();
    storage.setItem('painmap:view', 'upside-down');
    expect(rememberedView(storage)).toBe('front');
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(rememberedView(refusing)).toBe('front');
  });
});

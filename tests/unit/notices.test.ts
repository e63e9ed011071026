/** Notices are the app's own words: a hostile file or link cannot fill them with its text. */
import { beforeEach, describe, expect, it } from 'vitest';
import { toMapDocument } from '../../src/core/persistence/mapDocument.ts';
import { encodeShareData } from '../../src/core/persistence/transfer.ts';
import { MAX_NOTICE_LENGTH, quoted } from '../../src/core/noticeText.ts';
import { appStore, initialState } from '../../src/store/appStore.ts';
import { importMap } from '../../src/store/transferActions.ts';
import { MAX_NOTICES, notify } from '../../src/store/uiActions.ts';

const empty = { savedAt: '2026-11-23T10:00:00.000Z', paint: null, marks: [], symptoms: [], redFlags: [], pressTests: {} };

beforeEach(() => appStore.setState({ ...initialState(), restored: true }, true));

describe('notices', () => {
  it('quote at most a short snippet of a hostile link, however long its text', async () => {
    const bait = 'Your account is locked. Call +1 555 0100 to unlock it. '.repeat(120);
    const document = { ...(await toMapDocument(empty, '0.1.0')), marks: Array.from({ length: 50 }, () => ({ region: bait, intensity: 5 })) };
    expect(await importMap({ link: await encodeShareData(document as never) })).toBe(true);
    const text = appStore.getState().notices.at(-1)!.text;
    expect(text.length).toBeLessThanOrEqual(MAX_NOTICE_LENGTH);
    expect(text).not.toContain('Call +1 555 0100');
    expect(text).toMatch(/and 47 more/);
  });

  it('never put control or direction-override characters from a file into a notice', () => {
    expect(quoted('abc\u202edef\nghi')).toBe('\u201cabc def ghi\u201d');
  });

  it('keep only the newest few', () => {
    for (let i = 1; i <= 10; i++) notify('info', `notice ${i}`);
    const texts = appStore.getState().notices.map((n) => n.text);
    expect(texts).toHaveLength(MAX_NOTICES);
    expect(texts.at(-1)).toBe('notice 10');
  });

  it('cut a long message of the app itself to the limit', () => {
    notify('error', 'x'.repeat(5000));
    expect(appStore.getState().notices[0]!.text.length).toBe(MAX_NOTICE_LENGTH);
  });
});

import { describe, expect, it } from 'vitest';
import { downloadProgressText } from '../../src/view/scene/downloadSize.ts';

describe('download progress in words', () => {
  it('counts a small model in kilobytes, with the share done', () => {
    expect(downloadProgressText(77_000, 150_540)).toBe('77 of 151 KB (51%)');
  });
  it('counts a large download in megabytes', () => {
    expect(downloadProgressText(1_250_000, 2_500_000)).toBe('1.3 of 2.5 MB (50%)');
  });
  it('says what has arrived when the size is not known', () => {
    expect(downloadProgressText(48_200)).toBe('48 KB received');
    expect(downloadProgressText(3_400_000)).toBe('3.4 MB received');
  });
  it('never says more than 100%', () => {
    expect(downloadProgressText(160_000, 150_000)).toBe('160 of 150 KB (100%)');
  });
});

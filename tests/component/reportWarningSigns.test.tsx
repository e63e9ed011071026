import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { RED_FLAG_ORDER } from '../../src/core/library/redFlagData.ts';
import { ReportPage } from '../../src/view/report/ReportPage.tsx';
import { answerWarningSignsNo, resetStore } from './support/body.ts';
import { stubMissingDom } from './support/dom.ts';

stubMissingDom();
beforeEach(() => resetStore());

const warningSigns = () => screen.getByRole('region', { name: 'Warning signs' });

describe('the report\u2019s warning signs', () => {
  it('never reads "none" when the questions were not answered', () => {
    render(<ReportPage />);
    expect(warningSigns()).toHaveTextContent(`Not checked: 0 of ${RED_FLAG_ORDER.length} warning-sign questions answered`);
    expect(warningSigns()).not.toHaveTextContent(/None reported/);
  });

  it('says none once every question is answered no', () => {
    answerWarningSignsNo();
    render(<ReportPage />);
    expect(warningSigns()).toHaveTextContent('None reported (every question answered no).');
  });
});

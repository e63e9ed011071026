import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import './support/userEventAct.ts';

// findBy*/waitFor wait on the DOM; their 1 s default is a time limit a busy machine can exceed.
configure({ asyncUtilTimeout: 30_000 });

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(() => {
  cleanup();
  localStorage.clear();
});

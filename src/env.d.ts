/// <reference types="vite-plugin-pwa/client" />

/** True in builds made for the browser tests and the benchmark (PAINMAP_TEST_HANDLE=1), false in production. */
declare const __PAINMAP_TEST_HANDLE__: boolean;

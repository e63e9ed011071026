/** The app's version, written into saved and exported maps. A test keeps it equal to package.json's. */
export const APP_VERSION = '0.1.0';

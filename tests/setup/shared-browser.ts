// globalSetup of the `e2e` project: one headless Chromium for the whole run (resolved as in
// tests/e2e/helpers/browser.ts), served over Playwright's WebSocket protocol. Each test file's
// launchBrowser() connects to it instead of starting its own, which cost a second or two per file;
// every file still gets fresh contexts, and closing its connection closes only those.
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../e2e/helpers/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared browser's WebSocket endpoint, for chromium.connect(). */
    browserWsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await launchBrowserServer();
  project.provide('browserWsEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
  };
}

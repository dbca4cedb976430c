import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';

/** The role the dev sign-in of the console starts with, read from localStorage before the first page loads. */
export type ConsoleRole = 'agent' | 'supervisor' | 'analyst';

/**
 * The system's Chromium (Debian's), headless, through playwright-core: the bench downloads no browser. Background
 * networking is off so the browser talks to nothing but the gateway on 127.0.0.1.
 */
export async function launchChromium(executablePath: string): Promise<Browser> {
  try {
    return await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  } catch (error) {
    throw new Error(
      `Chromium did not start from ${executablePath} (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): install it (apt-get install chromium) or pass --chromium PATH.`,
      { cause: error },
    );
  }
}

/** A new profile (empty cache, empty storage) signed in through the dev role switcher as `role`. */
export async function consoleProfile(browser: Browser, role: ConsoleRole): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.addInitScript({
    content: `try { if (!localStorage.getItem('c360.console.devRole')) localStorage.setItem('c360.console.devRole', ${JSON.stringify(JSON.stringify({ role }))}); } catch {}`,
  });
  return context;
}

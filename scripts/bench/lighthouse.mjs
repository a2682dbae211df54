// Lighthouse, desktop preset, performance and accessibility, on pages a signed-in user opens first.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../lib/chromium.mjs';

export async function lighthouseScores({ consoleUrl, cookie, pages }) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const scores = [];
    for (const path of pages) {
      const run = await lighthouse(
        `${consoleUrl}${path}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          extraHeaders: { Cookie: cookie },
        },
        desktopConfig,
      );
      const { categories, audits, finalDisplayedUrl } = run.lhr;
      if (new URL(finalDisplayedUrl).pathname === '/sign-in') throw new Error(`${path} was not signed in`);
      scores.push({
        path,
        performance: categories.performance.score,
        accessibility: categories.accessibility.score,
        largestContentfulPaintMs: Math.round(audits['largest-contentful-paint'].numericValue),
        totalBlockingTimeMs: Math.round(audits['total-blocking-time'].numericValue),
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

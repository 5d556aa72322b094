import fs from "node:fs";

// Shared by the global setup (which decides and says so once) and the test files (which skip).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumAvailable = fs.existsSync(CHROMIUM_PATH);

/** On a developer machine without Chromium the browser suites are skipped; on CI they must run. */
export const skipBrowserSuites = !chromiumAvailable && process.env.CI !== "true";

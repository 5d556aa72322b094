/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  serverDependenciesToBundle: [/^remix-validated-form/, /^@remix-validated-form/],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    // Off: with lazy route discovery every server render matched the route tree once per
    // parent segment of the URL to inline a partial manifest (13 % of a page's CPU time). The
    // full manifest (about 60 routes) is a cached file under /build instead.
    v3_lazyRouteDiscovery: false,
    v3_singleFetch: true,
  },
};

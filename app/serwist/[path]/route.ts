import { createSerwistRoute } from "@serwist/turbopack";

/** The service worker (app/sw.ts), bundled with the list of built files to keep, at /serwist/sw.js. */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
});

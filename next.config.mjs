/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // forbidden() answers a page with a real 403 when someone opens a store that is not theirs.
  experimental: { authInterrupts: true },
};

export default nextConfig;

import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { ServiceWorker } from "@/components/pwa/service-worker";
import { TRPCReactProvider } from "@/components/trpc/react";
import { THEME_BOOT_SCRIPT } from "@/components/ui/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: "Orderboard",
  description: "The screen that runs a store's order flow",
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f1115" };

/** Every page is rendered per request, so each gets the nonce its Content-Security-Policy names (proxy.ts). */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang={await getLocale()} data-theme="dark" suppressHydrationWarning>
      <head>
        {/* Applies the tablet's chosen theme before the first paint, so the screen never flashes. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body className="min-h-screen antialiased">
        <NextIntlClientProvider>
          <TRPCReactProvider>
            <NuqsAdapter>{children}</NuqsAdapter>
            <ServiceWorker />
          </TRPCReactProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

"use client";

import { ApiReferenceReact } from "@scalar/api-reference-react";
import "@scalar/api-reference-react/style.css";

/**
 * Scalar's reference over the served OpenAPI document. Everything it needs ships with the app: no
 * fonts, telemetry, AI chat or hosted tools from elsewhere (a store's network may reach nothing else).
 */
export function ApiReference() {
  return (
    <ApiReferenceReact
      configuration={{
        url: "/api/v1/openapi.json",
        withDefaultFonts: false,
        telemetry: false,
        agent: { disabled: true },
        mcp: { disabled: true },
        showDeveloperTools: "never",
        hideClientButton: true,
        documentDownloadType: "json",
        defaultOpenAllTags: false,
      }}
    />
  );
}

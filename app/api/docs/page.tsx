import type { Metadata } from "next";
import { ApiReference } from "@/components/api-docs/api-reference";
import { openApiDocument } from "@/server/rest/openapi";

export const metadata: Metadata = { title: "API reference · Orderboard" };

/** The OpenAPI document, readable: the same one /api/v1/openapi.json serves. */
export default function Page() {
  return <ApiReference document={openApiDocument("")} />;
}

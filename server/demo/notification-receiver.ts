import http from "node:http";
import type { AddressInfo } from "node:net";
import { verifySignature } from "@/server/integrations/signature";

export type ReceivedNotification = {
  path: string;
  webhookId: string | null;
  verified: boolean;
  body: { type?: string; data?: Record<string, unknown> } | null;
  status: number;
};

export type ReceiverReply = { status: number; headers?: Record<string, string>; body?: string };

type ReceiverOptions = {
  port?: number;
  /** The secrets the receiver checks signatures with. */
  secrets: readonly string[];
  /** How to answer each request (default: 200); lets tests play a failing platform. */
  reply?: (request: Omit<ReceivedNotification, "status">, index: number) => ReceiverReply;
  onNotification?: (notification: ReceivedNotification) => void;
};

/** A stand-in for a platform's webhook endpoint: checks each notification's signature and keeps what arrived. */
export async function startReceiver({ port = 0, secrets, reply = () => ({ status: 200 }), onNotification }: ReceiverOptions) {
  const received: ReceivedNotification[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks);
      const header = (name: string) => (request.headers[name] as string | undefined) ?? null;
      const signature = { id: header("webhook-id"), timestamp: header("webhook-timestamp"), signature: header("webhook-signature") };
      let body: ReceivedNotification["body"] = null;
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        body = null;
      }
      const seen = {
        path: request.url ?? "/",
        webhookId: signature.id,
        verified: verifySignature(secrets, signature, raw, Date.now()).ok,
        body,
      };
      const answer = seen.verified ? reply(seen, received.length) : { status: 401, body: "bad signature" };
      const notification = { ...seen, status: answer.status };
      received.push(notification);
      onNotification?.(notification);
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

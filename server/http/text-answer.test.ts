import { describe, expect, it } from "vitest";
import { answerBody, jsonAnswer, textAnswer } from "./text-answer";

describe("answers made from text", () => {
  it("are written as their text, and stay readable as a Response by anyone else (an idempotency record, a test)", async () => {
    const answer = textAnswer('{"ok":true}', { status: 201, headers: { "content-type": "application/json" } });
    expect(await answerBody(answer)).toBe('{"ok":true}');
    expect(await answer.clone().json()).toEqual({ ok: true });
    expect(answer.status).toBe(201);
  });

  it("as JSON carry the JSON type unless given another, as Response.json does", async () => {
    const answer = jsonAnswer({ error: { code: "NOT_FOUND" } }, { status: 404 });
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(String(await answerBody(answer)))).toEqual({ error: { code: "NOT_FOUND" } });
    expect(jsonAnswer([], { headers: { "content-type": "application/problem+json" } }).headers.get("content-type")).toBe("application/problem+json");
  });

  it("leave any other answer to be read from its body", async () => {
    expect(String(await answerBody(new Response("made elsewhere")))).toBe("made elsewhere");
    expect((await answerBody(new Response(null, { status: 204 }))).length).toBe(0);
  });
});

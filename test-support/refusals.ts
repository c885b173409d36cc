/** What a call threw (it must throw): for asserting on refusals without try/catch in every test. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("Expected a refusal, but the call succeeded");
}

/** What a promise rejected with (it must reject). */
export async function rejected(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("Expected a refusal, but the call succeeded");
}

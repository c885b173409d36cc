/** For `npm run simulate` against the demo only; a real deployment creates its own tokens. */
export const DEMO_TOKEN_SECRET = "ob_demo_simulator_local_only";

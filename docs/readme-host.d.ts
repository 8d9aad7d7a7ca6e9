/**
 * Your own code, which README.md's examples call but cannot write for you: your billing page,
 * your OAuth flow, your analytics, your agent. Declared here and nowhere else, so `npm test`
 * can compile every README block in a strict consumer of the packed tarball
 * (scripts/readme-blocks.mjs, run by scripts/consumers.mjs); a block that calls one says so.
 */

/** Opens your billing page. */
declare function openBilling(): void;

/** Runs your OAuth flow for a connector again; rejects if it did not finish. */
declare function connect(connector: string): Promise<void>;

/** Your analytics client. */
declare const analytics: { track(name: string, properties: object): void };

/** Runs your agent on the server; throws whatever failed (a Response, an SDK error…). */
declare function runAgent(prompt: string): Promise<string>;

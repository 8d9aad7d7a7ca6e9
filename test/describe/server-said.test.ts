/**
 * "What the server said" is read once (src/describe/server-said.ts) for the generic notice and
 * ErrorRecovery's short state: the same error gives both the same words, or none to both.
 */
import { describe, expect, it } from "vitest";
import { enShort } from "../../src/catalog/en-short.js";
import { describeRecovery } from "../../src/describe/index.js";
import { describeShort } from "../../src/describe/short.js";
import { DEFAULT_MESSAGES } from "../../src/model/default-messages.js";
import { parseRecoveryError } from "../../src/model/parse.js";
import type { RecoveryError } from "../../src/model/types.js";

const quoted = (error: RecoveryError) => {
  const notice = describeRecovery(error).serverSaid?.text;
  const short = describeShort(error, { messages: enShort, wired: {}, failed: false }).serverSaid?.text;
  return { notice, short };
};
const both = (text: string | undefined) => ({ notice: text, short: text });

describe("the server's words, for the notice and the short state alike", () => {
  it("quotes what the parser says the server said", () => {
    const error = parseRecoveryError({ error: { message: "Project quota for region eu-west is spent." } }, { status: 503 });
    expect(error.messageSource).toBe("server");
    expect(quoted(error)).toEqual(both("Project quota for region eu-west is spent."));
  });

  it("never a thrown message: the parser marks it ours, and the words are not shown", () => {
    const error = parseRecoveryError(new Error("connect ECONNREFUSED 10.0.3.7:8443 with key sk-live-abc"));
    expect(quoted(error)).toEqual(both(undefined));
  });

  it("a hand-built value without a source: the host's words are quoted, the model's sentence is not", () => {
    expect(quoted({ kind: "upstream-unavailable", message: "Our GPU pool is draining." })).toEqual(both("Our GPU pool is draining."));
    expect(quoted({ kind: "upstream-unavailable", message: DEFAULT_MESSAGES["upstream-unavailable"] })).toEqual(both(undefined));
    expect(quoted({ kind: "blocked", variant: "input", message: "This message was stopped by a guardrail before the agent ran. Rephrase it, then send it again." } as RecoveryError)).toEqual(both(undefined));
  });

  it("a hand-built value without a source: never a thrown Error's prose, never a page of markup", () => {
    const thrown = Object.assign(new Error("fetch failed: https://user:pw@db.internal:5432"), { kind: "network" }) as unknown as RecoveryError;
    expect(quoted(thrown)).toEqual(both(undefined));
    expect(quoted({ kind: "upstream-unavailable", message: "<html><body>502 Bad Gateway</body></html>" })).toEqual(both(undefined));
  });

  it("a source that says library is never quoted, whatever the words", () => {
    expect(quoted({ kind: "upstream-unavailable", message: "Our GPU pool is draining.", messageSource: "library" })).toEqual(both(undefined));
  });
});

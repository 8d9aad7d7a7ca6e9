/**
 * The model's helpers for showing a tool call — its arguments redacted, its output's end — as
 * `recovery-kit/model` exports them.
 *
 * Bound here as constants, not re-exported, because of how esbuild splits code: it assigns
 * whole modules to chunks by what reaches them, and it follows a re-export straight through to
 * the module that declares the function, used or not. The Inspect views, loaded later, import
 * redact-args.ts and tail.ts themselves; re-exported by the barrel, both sat in a chunk shared
 * with those views that every host importing anything from the model (ErrorRecovery's
 * `fromError`) loaded up front. A constant is this module's own declaration: esbuild stops
 * here, and includes this module (and through it those two) only when a host uses one of them.
 */
import * as args from "./redact-args.js";
import * as output from "./tail.js";

/** A JSON-safe copy of `value` with secrets redacted, cycles marked, and sizes bounded. Never throws. */
export const redact = args.redact;

/** Whether an object key names a secret (`api_key`, `Authorization`, `refreshToken`…). */
export const isSecretKey = args.isSecretKey;

/** Tool arguments as indented JSON, redacted (a string that is itself JSON is parsed first). */
export const formatToolArgs = args.formatToolArgs;

/** The last `maxChars` (about) of a tool's `output`, starting on a line boundary, with what is hidden counted. */
export const tailOf = output.tailOf;

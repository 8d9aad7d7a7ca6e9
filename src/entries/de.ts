/**
 * `recovery-kit/de`: the German catalog, for `<RecoveryProvider catalog={de}>` (or a
 * component's `messages`), apart from the components so a host that stays English never
 * downloads it and one that needs it pays for nothing else.
 */
export { de } from "../catalog/de.js";

/**
 * `recovery-kit/provider`: the provider that sets strings, locale, platform wording, events and
 * a CSP nonce for every component inside it. Translations come from `recovery-kit/de`. One entry
 * per component beside the root: see vite.config.ts's build.
 */
export { RecoveryProvider, mergeMessages, useCatalog } from "../catalog/provider.js";
export type { MessageOverrides, NoticeOverrides, RecoveryProviderProps } from "../catalog/provider.js";
export type { WordingChoice } from "../catalog/context.js";
export type { RecoveryMessages } from "../catalog/types.js";

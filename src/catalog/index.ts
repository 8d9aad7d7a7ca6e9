export type { CommonMessages, RecoveryMessages } from "./types";
export { en as defaultMessages } from "./en";

/**
 * `recovery-kit/stuck-tool-inspector`: the inspector for a tool call that never returned (its
 * dialog loads on first use). One entry per component beside the root: see vite.config.ts's
 * build.
 */
export { StuckToolInspector } from "../components/stuck-tool-inspector.js";
export type { StuckToolInspectorProps, StuckToolActionContext, StuckCause, Peer } from "../components/stuck-tool-inspector.js";

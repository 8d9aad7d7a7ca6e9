/**
 * `recovery-kit/connector-reconnect-card`: the card for a connector whose sign-in failed, lacks
 * a scope or needs consent. One entry per component beside the root: see vite.config.ts's build.
 */
export { ConnectorReconnectCard } from "../components/connector-reconnect-card.js";
export type { ConnectorReconnectCardProps, ConnectorActionContext, ConnectionStatus } from "../components/connector-reconnect-card.js";

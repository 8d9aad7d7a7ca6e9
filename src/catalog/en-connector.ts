import type { ConnectorMessages } from "./types.js";

// English strings for one namespace; each component imports only its own, so a host that
// uses one component does not ship every other component's wording.
export const enConnector: ConnectorMessages = {
  unnamed: "This connector",
  statusAuthFailed: "Auth failed",
  statusConnecting: "Connecting…",
  authFailedTitle: (name) => (name ? `${name} was disconnected` : "A connector was disconnected"),
  authFailedBody:
    "Tools that use this connector return an auth error until you reconnect. Reconnect opens the consent flow in a new tab: sign in and re-grant scopes, and the next tool call succeeds.",
  authFailedCauses: [
    "Access was revoked in the provider’s account settings",
    "The password was changed",
    "The refresh token expired beyond the provider’s window",
  ],
  missingScopeTitle: (name) => `${name} needs more access`,
  missingScopeBody:
    "The agent called an operation that wasn’t authorised. Reconnect with the broader scope rather than enabling the operation in agent settings.",
  missingScopesLabel: "Missing scopes",
  notConnectedTitle: (name) => `${name} isn’t connected`,
  notConnectedBody: "Connect the provider, then reopen the session and execute the action item again — it picks up the fresh connection.",
  resumeNote: "If you come back and nothing resumed, click Execute again.",
  consentTitle: (name) => `${name} needs your permission`,
  consentBody: "This tool signs in with OAuth and access hasn’t been granted yet. Open the consent screen and allow access.",
  consentFailedTitle: (name) => (name ? `Couldn’t open ${name}’s sign-in` : "Couldn’t open the sign-in"),
  consentUrlRejected: "The authorization link wasn’t a secure https address, so it isn’t shown. Ask an admin to check the tool’s OAuth settings.",
  consentUrlMissing: "The response didn’t include an authorization link. Retry the request to get a new one.",
  consentAfter: "After consenting, retry the original request — the platform now has a valid token.",
  callbackFailedTitle: "Signing in didn’t finish",
  callbackFailedBody: "The callback didn’t receive the authorization code, or the code exchange failed. Fix the cause below, then reconnect.",
  unwired: {
    authFailed: "Tools that use this connector return an auth error until it’s connected again. Sign in to it once more and re-grant scopes, and the next tool call succeeds.",
    missingScope: "The agent called an operation that wasn’t authorised. Connect it again with the broader scope rather than enabling the operation in agent settings.",
    callbackFailed: "The callback didn’t receive the authorization code, or the code exchange failed. Fix the cause below, then connect again.",
    consentUrlMissing: "The response didn’t include an authorization link. Send the request again to get a new one.",
  },
  callbackCauses: [
    "Callback URL not configured — set the OAuth callback URL in your platform configuration",
    "Redirect URI not whitelisted — add the callback URL to the provider’s allowed redirect URIs",
    "Invalid client credentials — update the tool’s `client_id` or `client_secret`",
    "State signature mismatch — keep the signing key persistent between authorization and callback",
  ],
  resumePendingTitle: "Connected — pick up where you left off",
  resumePendingBody:
    "Landing on the integrations page is expected: this is the just-in-time OAuth flow, and your session context was kept. If the action didn’t resume on its own, return to the session tab and click Execute again.",
  returnToSession: "Return to session",
  connectedTitle: (name) => `${name} is connected`,
  connectedBody: "The connection is fresh. Execute the waiting action again to continue.",
  connectedBodyNext: "The connection is fresh: the next tool call uses it.",
  reconnect: "Reconnect",
  reconnectWithScope: "Reconnect with broader scope",
  connectProvider: "Connect provider",
  authorize: "Authorize",
  retryRequest: "Retry",
  executeAgain: "Execute again",
  connecting: "Connecting…",
  // As each platform's troubleshooting page names them (shared/seeds 000 and 001).
  places: {
    credits: { notConnected: "/settings/integrations" },
    alumia: { authFailed: "the connector card on /<orgSlug>/connectors" },
  },
};

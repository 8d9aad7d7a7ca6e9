import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ConnectorReconnectCard, parseRecoveryError, type ConnectorAuthError } from "../../src";

function connector(body: unknown, status = 401): ConnectorAuthError {
  const error = parseRecoveryError(body, { status });
  if (error.kind !== "connector-auth") throw new Error(error.kind);
  return error;
}

const authFailed = connector({ error: { code: "CONNECTOR_AUTH_FAILED", message: "OAuth refresh failed", connector: { name: "Gmail" } } });

describe("ConnectorReconnectCard", () => {
  it("Reconnect → Connecting… → Connected → Execute again, with focus following", async () => {
    let finish!: () => void;
    const onReconnect = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const onResume = vi.fn();
    render(<ConnectorReconnectCard error={authFailed} onReconnect={onReconnect} onResume={onResume} resumeActionId="act_1" />);
    expect(screen.getByRole("group", { name: "Gmail was disconnected" })).toHaveAttribute("data-status", "disconnected");
    expect(screen.getByText("Auth failed")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Reconnect" }));
    expect(onReconnect).toHaveBeenCalledWith({ error: authFailed, connector: "Gmail", resumeActionId: "act_1" });
    expect(screen.getByText("Connecting…", { selector: "[data-slot=status]" })).toBeInTheDocument();
    await act(async () => finish());
    const resume = screen.getByRole("button", { name: "Execute again" });
    expect(screen.getByRole("group", { name: "Gmail is connected" })).toHaveAttribute("data-status", "connected");
    expect(resume).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(onResume).toHaveBeenCalledWith({ error: authFailed, connector: "Gmail", resumeActionId: "act_1" });
  });

  it("a failed reconnect says so and stays usable", async () => {
    const onReconnect = vi.fn().mockRejectedValueOnce(new Error("popup closed")).mockResolvedValueOnce(undefined);
    render(<ConnectorReconnectCard error={authFailed} onReconnect={onReconnect} />);
    const button = screen.getByRole("button", { name: "Reconnect" });
    await userEvent.click(button);
    expect(await screen.findByText("“Reconnect” didn’t work. Try again.")).toBeInTheDocument();
    expect(screen.getByText("Auth failed")).toBeInTheDocument();
    await userEvent.click(button);
    expect(await screen.findByRole("group", { name: "Gmail is connected" })).toBeInTheDocument();
  });

  it("lists missing scopes and offers the broader reconnect", () => {
    const error = connector({ error: { code: "insufficient_scope", missing_scopes: ["gmail.send", "gmail.compose"], provider: "Gmail" } }, 403);
    render(<ConnectorReconnectCard error={error} onReconnect={() => undefined} />);
    expect(screen.getByRole("button", { name: "Reconnect with broader scope" })).toBeInTheDocument();
    expect(screen.getByText("gmail.send")).toBeInTheDocument();
    expect(screen.getByText("gmail.compose")).toBeInTheDocument();
  });

  it("keeps the resume id in the connect link", () => {
    const error = connector({ error: "Tool execution failed: provider not connected" }, 400);
    render(<ConnectorReconnectCard error={error} connectHref="/settings/integrations#gmail" resumeActionId="a b&c" />);
    expect(screen.getByRole("link", { name: "Connect provider" })).toHaveAttribute(
      "href",
      "/settings/integrations?resumeActionId=a%20b%26c#gmail",
    );
  });

  it("an unsafe connect link renders nothing", () => {
    const error = connector({ error: "provider not connected" }, 400);
    render(<ConnectorReconnectCard error={error} connectHref="javascript:alert(1)" />);
    expect(screen.queryByRole("link")).toBeNull();
  });

  describe("consent", () => {
    it("links only a safe https URL, shows its host, and offers retry", async () => {
      const onRetry = vi.fn();
      const error = connector({ authorization_url: "https://accounts.google.com/o/oauth2/auth?x=1", provider: "Google" }, 403);
      render(<ConnectorReconnectCard error={error} onRetry={onRetry} />);
      const link = screen.getByRole("link", { name: "Authorize (opens in a new tab)" });
      expect(link).toHaveAttribute("href", "https://accounts.google.com/o/oauth2/auth?x=1");
      expect(link).toHaveAttribute("target", "_blank");
      expect(screen.getByText("Where: accounts.google.com")).toBeInTheDocument();
      await userEvent.click(screen.getByRole("button", { name: "Retry" }));
      expect(onRetry).toHaveBeenCalledTimes(1);
    });

    it.each([
      "javascript:alert(1)",
      "http://accounts.google.com/o/oauth2/auth",
      "https://user:pw@accounts.google.com/",
      "data:text/html,x",
      "//evil.example/auth",
    ])("re-checks a host-built URL at render: %s", (url) => {
      const error: ConnectorAuthError = { kind: "connector-auth", message: "Consent", reason: "consent-required", connector: { authorizationUrl: url } };
      render(<ConnectorReconnectCard error={error} />);
      expect(screen.queryByRole("link")).toBeNull();
      expect(screen.getByText(/wasn’t a secure https address/)).toBeInTheDocument();
    });

    it("says when there was no URL at all", () => {
      const error: ConnectorAuthError = { kind: "connector-auth", message: "Consent", reason: "consent-required" };
      render(<ConnectorReconnectCard error={error} />);
      expect(screen.getByText(/didn’t include an authorization link/)).toBeInTheDocument();
    });

    it("a host that opens the URL itself gets a button", async () => {
      const onAuthorize = vi.fn();
      const error = connector({ authorization_url: "https://slack.com/oauth/v2/authorize" }, 403);
      render(<ConnectorReconnectCard error={error} onAuthorize={onAuthorize} />);
      await userEvent.click(screen.getByRole("button", { name: "Authorize" }));
      expect(onAuthorize).toHaveBeenCalledTimes(1);
    });
  });

  it("callback failed lists the four causes", () => {
    const error = connector({ error: "oauth_callback_failed" }, 400);
    render(<ConnectorReconnectCard error={error} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(4);
  });

  it("per-component strings override the catalog", () => {
    render(<ConnectorReconnectCard error={authFailed} onReconnect={() => undefined} messages={{ reconnect: "Sign in again", statusAuthFailed: "Signed out" }} />);
    expect(screen.getByRole("button", { name: "Sign in again" })).toBeInTheDocument();
    expect(screen.getByText("Signed out")).toBeInTheDocument();
  });

  it("a hand-built error with missingScopes and no reason lists the scopes", () => {
    const handBuilt: ConnectorAuthError = { kind: "connector-auth", message: "", retryable: false, connector: { name: "GitHub", missingScopes: ["repo", "read:org"] } };
    render(<ConnectorReconnectCard error={handBuilt} onReconnect={() => undefined} />);
    expect(screen.getByRole("group", { name: "GitHub needs more access" })).toBeInTheDocument();
    expect(screen.getByText("repo")).toBeInTheDocument();
    expect(screen.getByText("read:org")).toBeInTheDocument();
  });

  it("an unsafe consent URL: says why and what to do, never 'open the consent screen' with nothing to click", () => {
    const consent = connector({ error: { code: "CONSENT_REQUIRED", message: "Authorize", authorization_url: "javascript:alert(1)", connector: { name: "Drive" } } }, 403);
    // Retry is wired but not offered: the same unsafe link would come back.
    render(<ConnectorReconnectCard error={consent} reason="consent-required" onRetry={() => undefined} />);
    const card = screen.getByRole("group", { name: "Couldn’t open Drive’s sign-in" });
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
    expect(card).not.toHaveTextContent(/consent screen/);
    expect(card).toHaveTextContent(/isn’t shown|didn’t include/);
    expect(screen.queryByRole("link")).toBeNull();
    // "Authorize" is said once at most (the button), not in the title, pill and body.
    expect(card.textContent!.match(/authori[sz]/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

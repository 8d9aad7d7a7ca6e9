/**
 * Turns an Entry into a story: the fixture goes through fromResponse (or parseRecoveryError
 * for thrown values) in a loader, and the result is rendered with <ErrorRecovery> exactly as
 * a host would. The play function checks what the user meets and presses the entry's action.
 */
import type { StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { ErrorRecovery, RecoveryProvider, type RecoveryActions } from "../../src";
import { fromResponse, parseRecoveryError, type RecoveryError } from "../../src/model";
import { PLATFORMS, type Entry, type Fixture, type PlatformId } from "./entries";
import { seedText, sourceNote } from "./seed-text";

async function toError(fixture: Fixture): Promise<RecoveryError> {
  if ("thrown" in fixture) return parseRecoveryError(fixture.thrown());
  const { status, headers, body } = fixture.response;
  const text = body === undefined ? null : typeof body === "string" ? body : JSON.stringify(body);
  return fromResponse(new Response(text, { status, headers }));
}

function toActions(entry: Entry): RecoveryActions {
  const actions: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(entry.actions)) actions[id] = value === true ? fn().mockName(id) : value;
  return actions as RecoveryActions;
}

/**
 * The quoted passage line by line, as the page lays it out: a list item (•, -, 1.) hangs from
 * its marker so its wrapped lines stay under its text and items read apart; an indented line
 * keeps its indent; a blank line is a gap.
 */
function SeedLines({ text }: { text: string }) {
  return text.split("\n").map((line, index) => {
    const indent = line.length - line.trimStart().length;
    const marker = /^(?:[-•]|\d+\.) /.exec(line.trimStart())?.[0] ?? "";
    // The marker sits in a box as wide as the hang, so the item's text lines up on every line.
    const hang = marker === "" ? 0 : marker.length > 2 ? 1.5 : 1;
    if (line.trim() === "") return <span key={index} style={{ display: "block", height: "0.5em" }} />;
    return (
      <span key={index} style={{ display: "block", paddingInlineStart: `calc(${indent}ch + ${hang}em)`, textIndent: `-${hang}em` }}>
        {marker && <span style={{ display: "inline-block", width: `${hang}em`, textIndent: 0 }}>{marker.trim()}</span>}
        {line.trimStart().slice(marker.length)}
      </span>
    );
  });
}

export function entryStory(platformId: PlatformId, entryId: string): StoryObj {
  const platform = PLATFORMS.find((p) => p.id === platformId)!;
  const entry = platform.entries.find((e) => e.id === entryId)!;
  return {
    loaders: [async () => ({ error: await toError(entry.fixture), actions: toActions(entry) })],
    parameters: { docs: { description: { story: `Seed entry: “${entry.title}” → \`${entry.kind}\` → ${entry.component}.` } } },
    // The seed page's own words beside the rendered state: what the spec says, what users see.
    render: (_args, { loaded }) => (
      <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 22rem), 1fr))", gap: 16, alignItems: "start" }}>
        <RecoveryProvider platform={platform.platform}>
          <ErrorRecovery
            error={loaded.error as RecoveryError}
            actions={loaded.actions as RecoveryActions}
            variant={entry.variant}
            options={entry.options}
          />
        </RecoveryProvider>
        <figure style={{ margin: 0, minWidth: 0 }} data-slot="seed">
          <figcaption style={{ font: "600 12px/1.4 system-ui, sans-serif", marginBottom: 6 }}>The seed page ({platform.name}) says</figcaption>
          <blockquote style={{ margin: 0, padding: "8px 12px", borderInlineStart: "3px solid currentColor", font: "13px/1.5 system-ui, sans-serif", overflowWrap: "anywhere" }}>
            <SeedLines text={seedText(platform, entry) ?? ""} />
          </blockquote>
          {/* Which of the card's steps are the page's and which are ours, for this entry. */}
          <p style={{ font: "italic 12px/1.4 system-ui, sans-serif", margin: "6px 0 0" }} data-slot="seed-source">
            {sourceNote(platform, entry)}
          </p>
        </figure>
      </div>
    ),
    play: async ({ canvas, loaded }) => {
      const error = loaded.error as RecoveryError;
      await expect(error.kind).toBe(entry.kind);
      // The seed's passage is shown beside the state, starting with the entry's own heading.
      await expect(canvas.getByText((_, element) => element?.tagName === "BLOCKQUOTE" && element.textContent!.startsWith(entry.seedHeading ?? entry.title))).toBeVisible();
      // And under it, this entry's own note on which steps are the page's and which are ours.
      await expect(canvas.getByText(sourceNote(platform, entry)!)).toBeVisible();
      const surface = canvas.getByRole(entry.expect.role, { name: entry.expect.name });
      await expect(surface).toBeVisible();
      await expect(surface).toHaveAttribute("data-kind", entry.kind);
      // Where the fix is done, in the seed page's words, on screen (a link's href doesn't count).
      // (The host's own route may follow in brackets when it differs: "(opens /acme/settings)".)
      if (entry.expect.where) await expect(within(surface).getByText((text) => text.startsWith(`Where: ${entry.expect.where}`))).toBeVisible();
      // A press that moves the card to another state (a connector that reconnects) is tested
      // in Platforms/Presses instead, so this story stays in the state it is named after.
      if (entry.press && entry.component !== "ConnectorReconnectCard") {
        const action = (loaded.actions as Record<string, ReturnType<typeof fn>>)[entry.press.action]!;
        await userEvent.click(canvas.getByRole("button", { name: entry.press.button }));
        await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
        await expect(action).toHaveBeenCalledWith(expect.objectContaining({ error }));
      }
    },
  };
}

import { ErrorRecovery, RecoveryProvider } from "../../src";
import { parseFixture, PLATFORMS, type Entry, type Platform } from "./entries";

// One of each title: two landmarks with the same role and name would be an axe violation
// that no real page (one state at a time) has.
const seen = new Set<string>();
/** Every distinct seed state, once. */
export const UNIQUE_STATES = PLATFORMS.flatMap((platform) =>
  platform.entries.filter((entry) => !seen.has(entry.expect.name) && seen.add(entry.expect.name)).map((entry) => ({ platform, entry })),
);

/** One seed state through ErrorRecovery, with its platform's wording and no-op callbacks. */
export function SeedState({ platform, entry }: { platform: Platform; entry: Entry }) {
  return (
    <RecoveryProvider platform={platform.platform}>
      <ErrorRecovery
        error={parseFixture(entry.fixture)}
        actions={Object.fromEntries(Object.entries(entry.actions).map(([id, value]) => [id, value === true ? () => undefined : value]))}
        variant={entry.variant}
        options={entry.options}
      />
    </RecoveryProvider>
  );
}

/** Every distinct seed state at once, each through ErrorRecovery with its platform's wording. */
export function AllStates() {
  return (
    <div style={{ display: "grid", gap: 12 }}>
      {UNIQUE_STATES.map(({ platform, entry }) => (
        <SeedState key={`${platform.id}-${entry.id}`} platform={platform} entry={entry} />
      ))}
    </div>
  );
}

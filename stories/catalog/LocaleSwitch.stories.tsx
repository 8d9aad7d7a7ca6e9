import type { Meta, StoryObj } from "@storybook/react-vite";
import { useId, useState } from "react";
import { expect, userEvent, waitFor } from "storybook/test";
import { de, en, ErrorRecovery, RecoveryProvider, type RecoveryMessages } from "../../src";
import { parseRecoveryError } from "../../src/model";

const CATALOGS: Record<string, { label: string; catalog: RecoveryMessages }> = {
  en: { label: "English", catalog: en },
  de: { label: "Deutsch", catalog: de },
};

function LocaleDemo({ initial }: { initial: string }) {
  const [locale, setLocale] = useState(initial);
  const selectId = useId();
  // Built once per story render, so the countdown deadline is fixed when the story opens.
  const [errors] = useState(() => [
    parseRecoveryError({ error: { code: "PAYMENT_REQUIRED" } }, { status: 402 }),
    parseRecoveryError({ error: "Too many requests" }, { status: 429, headers: { "retry-after": "95", "ratelimit-policy": "60;w=60" } }),
    parseRecoveryError({ name: "crm-api", status: "Unavailable", lastProbeTime: Date.now() - 7 * 60_000, probeLatencyMs: 5000 }),
  ]);
  return (
    <div style={{ display: "grid", gap: 12 }}>
      <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
        <label htmlFor={selectId}>Language</label>
        <select id={selectId} value={locale} onChange={(event) => setLocale(event.target.value)}>
          {Object.entries(CATALOGS).map(([id, { label }]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <RecoveryProvider catalog={CATALOGS[locale]!.catalog}>
        {errors.map((error, index) => (
          <ErrorRecovery key={index} error={error} actions={{ addFunds: () => undefined, retry: () => undefined, openToolDetails: "/tools/crm-api" }} />
        ))}
      </RecoveryProvider>
    </div>
  );
}

/** The whole catalog swapped at runtime: every string, plus numbers, durations and times through Intl. */
const meta = {
  title: "Catalog/Locale switch",
  component: LocaleDemo,
  args: { initial: "en" },
  argTypes: { initial: { control: "inline-radio", options: Object.keys(CATALOGS) } },
} satisfies Meta<typeof LocaleDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SwitchToGerman: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Your balance is empty" })).toBeVisible();
    await expect(canvas.getByText("The limit is 60 requests per minute.")).toBeVisible();
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Language" }), "de");
    await expect(canvas.getByRole("group", { name: "Dein Guthaben ist leer" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Guthaben aufladen" })).toBeVisible();
    await expect(canvas.getByText("Das Limit liegt bei 60 Anfragen pro Minute.")).toBeVisible();
    await waitFor(() => expect(canvas.getByText("vor 7 Minuten")).toBeVisible());
    await expect(canvas.getByText("5.000 ms")).toBeVisible();
  },
};

export const German: Story = {
  args: { initial: "de" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("group", { name: "Dieses Tool antwortet nicht" })).toBeVisible();
  },
};

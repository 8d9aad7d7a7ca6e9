/** The Tailwind page's cards with only recovery-kit's stylesheet: what they look like unreset. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "recovery-kit/styles.css";
import { ResetCards } from "./reset-cards";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <div style={{ display: "grid", gap: 16, maxWidth: "48rem", margin: "0 auto", padding: 16 }}>
      <h1>The same cards without a reset</h1>
      <ResetCards />
    </div>
  </StrictMode>,
);

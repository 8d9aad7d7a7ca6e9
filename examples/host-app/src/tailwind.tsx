/**
 * A Tailwind v4 host with shadcn/ui's theme (e2e/tailwind.spec.ts): preflight resets every
 * list, heading and paragraph on the page; the cards keep their own. A host utility on the
 * first card's root (`mt-6 p-8`) must win over our stylesheet, as the layer order promises.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ResetCards } from "./reset-cards";
import "./tailwind.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <div className="mx-auto grid max-w-3xl gap-4 p-4">
      <h1 className="text-xl font-semibold">Tailwind v4 + shadcn/ui host</h1>
      <ResetCards cardClassName="mt-6 p-8" />
    </div>
  </StrictMode>,
);

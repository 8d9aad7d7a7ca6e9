/** How serious a state is. The icons themselves are drawn by the stylesheet (`--_rk-icon`). */
export type Tone = "info" | "warning" | "danger" | "success" | "neutral";

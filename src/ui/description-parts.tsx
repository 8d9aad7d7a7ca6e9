"use client";
/**
 * The parts of a description beyond its title, body and actions, each on its own so a card
 * ships only the parts its states use (DescriptionView's `parts`): a status pill, facts, headed lists, a run's events, links, steps, action hints, and the
 * list inside Details. RecoveryNotice, which can show
 * any of them, takes them all (`ALL_PARTS`).
 */
import type { ReactNode } from "react";
import type { DescribedAction, DescribedFact, RecoveryDescription } from "../describe/types.js";
import { ActionLink, type ActionVariants } from "./action-button.js";
import { Checklist } from "./checklist.js";
import { Facts } from "./facts.js";
import { ActionLinkPart, ServerSaidPart } from "./description-view.js";

export type DescriptionPart = (props: { description: RecoveryDescription; facts?: DescribedFact[] }) => ReactNode;

/** How one of the description's actions is drawn in the action row, in its variant there (ActionLinkPart). */
export type ActionPart = (action: DescribedAction, variant: ActionVariants["variant"]) => ReactNode;

/** The pill beside the title: where a connection stands while it moves. */
export const BadgePart: DescriptionPart = ({ description: { badge, variant } }) =>
  badge && (
    <span className="rk-pill" data-slot="status" data-status={variant}>
      {badge}
    </span>
  );

/** Why an action is worth its risk (Disable tool after the same failure twice), under the body. */
export const HintsPart: DescriptionPart = ({ description }) =>
  description.actions
    .filter((action) => action.hint)
    .map((action) => (
      <p key={action.id} className="rk-muted" data-slot="hint">
        {action.hint}
      </p>
    ));

/** Facts as the Facts list takes them: identifiers as code, several identifiers as several chips. */
export const FactsPart: DescriptionPart = ({ facts = [] }) => (
  <Facts
    items={facts.map(({ label, value, code, values }) => [
      label,
      values ? values.flatMap((item, index) => [index > 0 ? " " : null, <code key={item} dir="ltr">{item}</code>]) : code ? <code key={label} dir="ltr">{value}</code> : value,
    ])}
  />
);

export const ListsPart: DescriptionPart = ({ description }) =>
  description.lists?.map((list) => (
    <Checklist
      key={list.id}
      slot={list.id}
      heading={list.heading}
      items={list.items.map((item) => (
        <>
          {item.label} <code dir="ltr">{item.value}</code>
        </>
      ))}
    />
  ));

export const EventsPart: DescriptionPart = ({ description: { events } }) =>
  events && (
    <Checklist
      slot="error-events"
      heading={events.heading}
      items={events.items.map((event) => (
        <>
          <code dir="ltr">{event.type}</code> {event.message}
        </>
      ))}
    />
  );

export const LinksPart: DescriptionPart = ({ description }) =>
  description.links.map(({ id, label, href }) => (
    <ActionLink key={id} action={id} href={href} variant="ghost">
      {label}
    </ActionLink>
  ));

export const StepsPart: DescriptionPart = ({ description: { steps } }) =>
  steps && <Checklist slot="steps" heading={steps.heading} items={steps.items} ordered={steps.kind !== "check"} />;

/** The muted line under the body: the HTTP status and the server's code. */
export const MetaPart: DescriptionPart = ({ description: { meta } }) =>
  meta && (
    <>
      {meta.status !== undefined && `HTTP ${meta.status}`}
      {/* The separator stays with the code: a narrow line never ends in "·". */}
      {meta.code && (
        <>
          {meta.status !== undefined && " "}
          <span className="rk-nowrap">
            {meta.status !== undefined && "· "}
            <code dir="ltr">{meta.code}</code>
          </span>
        </>
      )}
    </>
  );

/** The causes or steps folded under Details. */
export const DetailsListPart: DescriptionPart = ({ description: { details } }) =>
  details?.items && <Checklist items={details.items} ordered={details.ordered} slot={details.ordered ? "steps" : undefined} />;

export interface DescriptionParts {
  badge?: DescriptionPart;
  serverSaid?: DescriptionPart;
  hints?: DescriptionPart;
  meta?: DescriptionPart;
  facts?: DescriptionPart;
  lists?: DescriptionPart;
  events?: DescriptionPart;
  links?: DescriptionPart;
  steps?: DescriptionPart;
  detailsList?: DescriptionPart;
  /**
   * The actions the host wired as links (an href). Without it a card draws no link: only the
   * cards whose hosts can pass an href take it (ActionLinkPart).
   */
  actionLink?: ActionPart;
}

export const ALL_PARTS: DescriptionParts = { badge: BadgePart, serverSaid: ServerSaidPart, hints: HintsPart, meta: MetaPart, facts: FactsPart, lists: ListsPart, events: EventsPart, links: LinksPart, steps: StepsPart, detailsList: DetailsListPart, actionLink: ActionLinkPart };

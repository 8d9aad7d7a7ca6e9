"use client";
/**
 * The parts of a description beyond its title, body and actions, each on its own so a card
 * ships only the parts its states use (DescriptionView's `parts`): a status pill, facts,
 * headed lists, a run's events, links, steps, action hints, the list inside Details and the
 * actions wired as links. RecoveryNotice, which can show any of them, takes them all
 * (`ALL_PARTS`). The list and facts markup lives here, with the only parts that draw it.
 */
import type { ReactNode } from "react";
import type { DescribedAction, DescribedFact, RecoveryDescription } from "../describe/types.js";
import { ActionLink, type ActionVariants } from "./action-button.js";
import { withCode } from "./inline-code.js";
import { ActionLinkPart, ServerSaidPart } from "./description-view.js";

export type DescriptionPart = (props: { description: RecoveryDescription; facts?: DescribedFact[] }) => ReactNode;

/** How one of the description's actions is drawn in the action row, in its variant there (ActionLinkPart). */
export type ActionPart = (action: DescribedAction, variant: ActionVariants["variant"]) => ReactNode;

/** A headed list of steps, causes or events: the one shape the lists below share. */
function Checklist({ heading, items, ordered = false, slot = "checklist" }: {
  heading?: ReactNode;
  /** Strings (used as their own keys) or nodes. */
  items: readonly ReactNode[];
  /** Numbered, for steps to take in order. */
  ordered?: boolean | undefined;
  /** The `data-slot` hosts can style. */
  slot?: string | undefined;
}) {
  const List = ordered ? "ol" : "ul";
  return (
    <div className="rk-checklist" data-slot={slot}>
      {heading !== undefined && <p className="rk-checklist__heading">{heading}</p>}
      <List>
        {items.map((item, index) => (
          <li key={typeof item === "string" ? item : index}>{typeof item === "string" ? withCode(item) : item}</li>
        ))}
      </List>
    </div>
  );
}

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

/**
 * A short list of labelled facts (Tool: github, Method: DELETE): identifiers as code, several
 * identifiers as several chips. A plain fact with no value is skipped.
 */
export const FactsPart: DescriptionPart = ({ facts = [] }) => {
  const shown = facts.filter((fact) => fact.values || fact.code || fact.value);
  return (
    shown.length > 0 && (
      <dl className="rk-facts" data-slot="facts">
        {shown.map(({ label, value, code, values }) => (
          <div key={label} className="rk-facts__item">
            <dt>{label}</dt>
            <dd>{values ? values.flatMap((item, index) => [index > 0 ? " " : null, <code key={item} dir="ltr">{item}</code>]) : code ? <code dir="ltr">{value}</code> : value}</dd>
          </div>
        ))}
      </dl>
    )
  );
};

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

import { Fragment, type ReactNode } from "react";

/**
 * Catalog text with `backticks` around header names, identifiers and formats
 * (`Authorization`, `client_id`, `${timestamp}.${body}`): those parts render as <code>, the
 * backticks themselves never show. Text without backticks comes back as it is.
 */
export function withCode(text: string): ReactNode {
  if (!text.includes("`")) return text;
  return text.split("`").map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>));
}

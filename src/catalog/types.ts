/**
 * The shape of the string catalog. Every string a user sees or hears comes from here;
 * a locale that misses a key fails the type check.
 */
export interface CommonMessages {
  /** Screen-reader suffix on a button whose action is running. */
  working: string;
  /** Inline message after an action's callback rejected. */
  actionFailed: (actionLabel: string) => string;
  /** Label of the disclosure that holds technical details. */
  details: string;
  /** "Request ID" label in details. */
  requestId: string;
  /** "Error code" label in details. */
  errorCode: string;
  /** "HTTP status" label in details. */
  httpStatus: string;
  /** Screen-reader suffix for a link that opens in a new tab. */
  opensInNewTab: string;
}

export interface RecoveryMessages {
  common: CommonMessages;
}

/** A person as SharePoint and Entra know them: a stable id where known, always a display name. */
export type PersonRef = {
  /** Entra object id or SharePoint user lookup id, when known. */
  readonly id?: string;
  readonly displayName: string;
  readonly email?: string;
};

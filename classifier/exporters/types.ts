/** A policy rendered for one target (gateway, client, policy engine). Pure data: the CLI writes it. */
export interface ExportedPolicy {
  target: string;
  /** A suggested file name for the content. */
  filename: string;
  content: string;
  /** What the target cannot express from the native policy (dropped limits, argument rules, ...). */
  notes: string[];
}

/** What every section of the Workspace screen is given. */
export interface WorkspaceSectionProps {
  workspacePath: string | null;
  /** Changes when the user asks for fresh data. */
  refreshKey: number;
}

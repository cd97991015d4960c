import type { ReactNode } from 'react';
import './EmptyState.css';

interface Props {
  title: string;
  children: ReactNode;
  testId?: string;
}

export function EmptyState({ title, children, testId }: Props) {
  return (
    <div className="empty-state" data-testid={testId}>
      <h3 className="empty-state__title">{title}</h3>
      <div className="empty-state__body">{children}</div>
    </div>
  );
}

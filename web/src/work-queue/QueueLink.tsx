import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { QueueKind } from './api.ts';

/**
 * One click to where the item is done. The server names the place (`link`); the pages this app
 * has are linked as routes. The meetings pages come with the meetings part: until then a task or
 * minutes link is a plain address (a full page load), to become a route when they are merged.
 */
export function QueueLink({
  kind,
  courseId,
  link,
  children,
}: {
  kind: QueueKind;
  courseId: string;
  link: string;
  children: ReactNode;
}) {
  const params = { courseId };
  switch (kind) {
    case 'measurement':
      return (
        <Link to="/forloeb/$courseId/maalinger" params={params}>
          {children}
        </Link>
      );
    case 'statusLetter':
      return (
        <Link to="/forloeb/$courseId/statusbreve" params={params}>
          {children}
        </Link>
      );
    case 'noContact':
      return (
        <Link to="/forloeb/$courseId/journal" params={params}>
          {children}
        </Link>
      );
    default:
      return <a href={link}>{children}</a>;
  }
}

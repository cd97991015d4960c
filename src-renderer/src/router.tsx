/**
 * The window's views and their addresses. Hash history, so every address
 * (`#/jobs/12`) works the same from the desktop app's app:// page and from
 * the web host's one HTML file: reload, Back/Forward and bookmarks return to
 * the same view, and the server never sees the path.
 */
import { createHashRouter } from 'react-router';
import { AppShell, RouteError } from './app/AppShell';
import { NotFoundView } from './app/NotFoundView';
import { CampaignsView } from './features/campaigns/CampaignsView';
import { ImportView } from './features/imports/ImportView';
import { JobsView } from './features/jobs/JobsView';
import { ListsView } from './features/lists/ListsView';
import { WhatMovedView } from './features/review/WhatMovedView';
import { SegmentsView } from './features/segments/SegmentsView';
import { OverviewView } from './features/workspace/OverviewView';

export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <OverviewView /> },
        { path: 'import', element: <ImportView /> },
        { path: 'jobs', element: <JobsView /> },
        { path: 'jobs/:jobId', element: <JobsView /> },
        { path: 'jobs/:jobId/moved', element: <WhatMovedView /> },
        { path: 'lists', element: <ListsView /> },
        { path: 'lists/:listId', element: <ListsView /> },
        { path: 'segments', element: <SegmentsView /> },
        { path: 'campaigns', element: <CampaignsView /> },
        { path: '*', element: <NotFoundView /> },
      ],
    },
  ]);
}

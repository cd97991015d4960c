/**
 * Tells the user a job they watched has ended: the tab title says so for a
 * while ("✓ Job 12 done — Lookalike Studio"), and, when the browser allows
 * notifications, a notification does — when the window is not in front, or
 * for a job the user asked to hear about. Permission is only ever asked on
 * a click ("Notify me when it finishes"), never on load.
 *
 * A watched job is one this window saw queued or running.
 */
import { useEffect } from 'react';
import type { JobStatus } from '../../../../src-main/contract/dto';
import { useApiEvents } from '../../api/api-context';
import { FINAL_STATUSES, jobEndTitle } from './job-progress';

const APP = 'Lookalike Studio';
/** How long the tab title tells of an ended job. */
export const END_TITLE_MS = 10_000;

/** Jobs the user asked to be notified about (kept for the window's life). */
const asked = new Set<number>();

/** Whether this browser has notifications at all, and what the user said about them. */
export function notificationPermission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export function notifyRequested(jobId: number): boolean {
  return asked.has(jobId);
}

/** On the user's click: asks for permission if it was never given or refused, and remembers the job. */
export async function requestJobNotification(jobId: number): Promise<NotificationPermission | 'unsupported'> {
  if (typeof Notification === 'undefined') return 'unsupported';
  const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  if (permission === 'granted') asked.add(jobId);
  return permission;
}

function notify(jobId: number, status: JobStatus, title: string): void {
  if (notificationPermission() !== 'granted') return;
  const away = document.visibilityState === 'hidden' || !document.hasFocus();
  if (!away && !asked.has(jobId)) return;
  try {
    const body = status === 'completed' ? 'Its candidates are ready.' : status === 'cancelled' ? 'It was stopped.' : 'It did not finish; the Jobs view says why.';
    const notification = new Notification(title, { body, tag: `job-${jobId}` });
    notification.onclick = () => window.focus();
  } catch {
    // Some browsers allow notifications only from a service worker: the title still tells.
  }
  asked.delete(jobId);
}

/** Mounted once by the app shell. */
export function useJobEndNotice(): void {
  const events = useApiEvents();
  useEffect(() => {
    const watched = new Set<number>();
    let restore: { timer: ReturnType<typeof setTimeout>; shown: string; base: string } | null = null;
    const stop = events.on('jobs.progress', (event) => {
      if (event.status === 'pending' || event.status === 'running') {
        watched.add(event.jobId);
        return;
      }
      if (!FINAL_STATUSES.includes(event.status) || !watched.delete(event.jobId)) return;
      const title = jobEndTitle(event.jobId, event.status);
      if (!title) return;
      // The view's own title comes back afterwards (unless the view changed it meanwhile).
      const base = restore && document.title === restore.shown ? restore.base : document.title;
      if (restore) clearTimeout(restore.timer);
      const shown = `${title} — ${APP}`;
      document.title = shown;
      restore = {
        shown,
        base,
        timer: setTimeout(() => {
          if (document.title === shown) document.title = base;
          restore = null;
        }, END_TITLE_MS),
      };
      notify(event.jobId, event.status, title);
    });
    return () => {
      stop();
      if (restore) {
        clearTimeout(restore.timer);
        if (document.title === restore.shown) document.title = restore.base;
      }
    };
  }, [events]);
}

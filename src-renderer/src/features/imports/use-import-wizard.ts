/**
 * The import wizard's steps and what moves between them (ImportPanel.tsx
 * draws them): choose a file (the desktop's Open dialog; in a browser, an
 * upload to the web host with its progress), preview it again after each
 * choice, start the import, follow it to its end through the
 * `imports.progress` events, and re-attach to an import still running after
 * a reload. An upload not imported after all is let go.
 */
import { useEffect, useRef, useState } from 'react';
import type { Entity, ImportFileRef, ImportPreviewDto, ImportProgressEvent, OutcomeChoice } from '../../../../src-main/contract/dto';
import { useApi, useApiEvents, useUploads } from '../../api/api-context';

/** What the user chose on the preview: sent again with every preview and with the import. */
export interface Choices {
  overrides: Record<string, string>;
  outcomes: Record<string, OutcomeChoice>;
  entity: Entity | null;
}

export const NO_CHOICES: Choices = { overrides: {}, outcomes: {}, entity: null };

export type Stage =
  | { kind: 'choose'; error: unknown; busy: boolean }
  | { kind: 'uploading'; file: string; sent: number; total: number }
  | { kind: 'preview'; preview: ImportPreviewDto; choices: Choices; templateSavedAt: string | null; error: unknown; busy: boolean }
  | { kind: 'running'; file: string; progress: ImportProgressEvent | null }
  | { kind: 'ended'; event: ImportProgressEvent };

/** The request's choices, leaving out the empty ones. */
function requestChoices(choices: Choices) {
  return {
    ...(Object.keys(choices.overrides).length ? { overrides: choices.overrides } : {}),
    ...(Object.keys(choices.outcomes).length ? { outcomes: choices.outcomes } : {}),
    ...(choices.entity ? { entity: choices.entity } : {}),
  };
}

export interface ImportWizard {
  stage: Stage;
  /** Whether the desktop's Open dialog is there (null until asked); without it a browser uploads. */
  dialogAvailable: boolean | null;
  /** Whether this window can upload a file (a browser on the web host). */
  canUpload: boolean;
  upload: (file: File) => Promise<void>;
  stopUpload: () => void;
  /** Previews the file again with the choices changed (a column's field, a conflict settled, an outcome, the entity). */
  choose: (change: (choices: Choices) => Choices) => void;
  /** Previews the file again from the importer's own mapping, not the remembered one. */
  resetTemplate: () => void;
  start: () => Promise<void>;
}

/** `attach`: an import already running (found after a reload), followed instead of asking for a file. */
export function useImportWizard({ attach, onClose }: { attach?: ImportProgressEvent; onClose: () => void }): ImportWizard {
  const api = useApi();
  const events = useApiEvents();
  const uploads = useUploads();
  const [stage, setStage] = useState<Stage>(
    attach ? { kind: 'running', file: attach.file, progress: attach } : { kind: 'choose', error: null, busy: false },
  );
  const [dialogAvailable, setDialogAvailable] = useState<boolean | null>(null);
  // An import of a small file can end before imports.start has answered: its last event waits here.
  const ended = useRef(new Map<string, ImportProgressEvent>());
  const uploading = useRef<AbortController | null>(null);
  // The upload being previewed: let go if it is not imported after all (the host removes imported ones itself).
  const unstarted = useRef<string | null>(null);
  const releaseUpload = () => {
    if (unstarted.current) void uploads?.release(unstarted.current);
    unstarted.current = null;
  };

  /**
   * Previews the file; false when the importer could not read it (the message is on screen). The first
   * preview of a file may start from the mapping remembered for its layout; later ones send the
   * choices on screen (`template: false`), and Reset sends none.
   */
  const preview = async (source: ImportFileRef, choices: Choices = NO_CHOICES, first = false, templateSavedAt: string | null = null): Promise<boolean> => {
    setStage((s) => (s.kind === 'choose' || s.kind === 'preview' ? { ...s, busy: true, error: null } : s));
    try {
      const p = await api['imports.preview']({ ...source, ...requestChoices(choices), ...(first ? {} : { template: false }) });
      const applied: Choices = { overrides: p.applied.overrides, outcomes: p.applied.outcomes, entity: p.applied.entity };
      setStage({ kind: 'preview', preview: p, choices: applied, templateSavedAt: p.template?.savedAt ?? templateSavedAt, error: null, busy: false });
      return true;
    } catch (e) {
      setStage((s) => (s.kind === 'choose' || s.kind === 'preview' ? { ...s, busy: false, error: e } : s));
      return false;
    }
  };

  /** A browser's file: streamed to the web host, then previewed by its upload id. */
  const upload = async (file: File) => {
    if (!uploads) return;
    releaseUpload();
    const controller = new AbortController();
    uploading.current = controller;
    setStage({ kind: 'uploading', file: file.name, sent: 0, total: file.size });
    try {
      const done = await uploads.upload(file, {
        signal: controller.signal,
        onProgress: (sent, total) => setStage((s) => (s.kind === 'uploading' ? { ...s, sent, total } : s)),
      });
      unstarted.current = done.uploadId;
      setStage({ kind: 'choose', error: null, busy: true });
      if (!(await preview({ uploadId: done.uploadId }, NO_CHOICES, true))) releaseUpload(); // unreadable: the next file is another upload
    } catch (e) {
      setStage({ kind: 'choose', error: controller.signal.aborted ? null : e, busy: false });
    } finally {
      uploading.current = null;
    }
  };

  // The desktop app asks with its Open dialog straight away; a browser has none, so the file is chosen or dropped and uploaded.
  useEffect(() => {
    if (attach) return; // re-attached to a running import: nothing to pick
    let current = true;
    api['imports.pickFile']().then(
      (picked) => {
        if (!current) return;
        setDialogAvailable(picked.available);
        if (picked.available && picked.path) void preview({ path: picked.path }, NO_CHOICES, true);
        else if (picked.available) onClose(); // cancelled in the dialog
      },
      () => current && setDialogAvailable(false),
    );
    return () => {
      current = false;
      uploading.current?.abort(); // closed mid-upload: the host drops the partial file
      releaseUpload();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- asks once, when the panel opens
  }, []);

  useEffect(
    () =>
      events.on('imports.progress', (event) => {
        if (event.status !== 'running') ended.current.set(event.file, event);
        setStage((s) => {
          if (s.kind !== 'running' || event.file !== s.file) return s;
          return event.status === 'running' ? { ...s, progress: event } : { kind: 'ended', event };
        });
      }),
    [events],
  );

  // Re-attached after a reload: the import may have ended between the look-up and the subscription.
  useEffect(() => {
    if (!attach) return;
    let current = true;
    void api['imports.current']().then((now) => {
      if (!current || now !== null) return;
      const last = ended.current.get(attach.file);
      if (last) setStage({ kind: 'ended', event: last });
      else onClose(); // it ended unseen: the history below shows how
    });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- checked once, for the import the panel was opened on
  }, []);

  const start = async () => {
    if (stage.kind !== 'preview') return;
    const { preview: p, choices } = stage;
    setStage({ ...stage, busy: true, error: null });
    ended.current.delete(p.file);
    try {
      const { file } = await api['imports.start']({ ...p.source, ...requestChoices(choices) });
      unstarted.current = null;
      const already = ended.current.get(file);
      setStage(already ? { kind: 'ended', event: already } : { kind: 'running', file, progress: null });
    } catch (e) {
      setStage({ ...stage, busy: false, error: e });
    }
  };

  return {
    stage,
    dialogAvailable,
    canUpload: uploads !== null,
    upload,
    stopUpload: () => uploading.current?.abort(),
    choose: (change) => {
      if (stage.kind === 'preview') void preview(stage.preview.source, change(stage.choices), false, stage.templateSavedAt);
    },
    resetTemplate: () => {
      if (stage.kind === 'preview') void preview(stage.preview.source, NO_CHOICES, false, null);
    },
    start,
  };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { call, errorMessage } from './api';

/**
 * The microphone, only after the person turns recording on: then the desktop app lets the
 * window ask (once), the browser asks the person, and the stream stays open until recording is
 * turned off or the view is left, so the timer's Start begins recording at once. Audio stays
 * in the page as a Blob until the rehearsal is rated and saved in the data folder.
 */

export type RecorderState = 'off' | 'asking' | 'on' | 'recording' | 'failed';

export interface Recorder {
  state: RecorderState;
  problem: string | null;
  turnOn(): Promise<void>;
  turnOff(): void;
  start(): void;
  /** The take so far, once recording stops; null when nothing was recorded. */
  stop(): Promise<Blob | null>;
}

export function useRecorder(): Recorder {
  const [state, setState] = useState<RecorderState>('off');
  const [problem, setProblem] = useState<string | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const chunks = useRef<Blob[]>([]);

  const release = useCallback(() => {
    if (recorder.current?.state === 'recording') recorder.current.stop();
    recorder.current = null;
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
  }, []);
  useEffect(() => release, [release]);

  const turnOn = useCallback(async () => {
    setProblem(null);
    setState('asking');
    try {
      await call('practice:allowMicrophone');
      stream.current = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
      setState('on');
    } catch (error) {
      release();
      setProblem(
        error instanceof DOMException
          ? 'Storybank could not use the microphone: it was not allowed, or none is connected. Rehearse without recording, or allow it and try again.'
          : errorMessage(error),
      );
      setState('failed');
    }
  }, [release]);

  const turnOff = useCallback(() => {
    release();
    setState('off');
  }, [release]);

  const start = useCallback(() => {
    if (!stream.current) return;
    chunks.current = [];
    const media = new MediaRecorder(stream.current);
    media.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.current.push(event.data);
    };
    media.start(1_000);
    recorder.current = media;
    setState('recording');
  }, []);

  const stop = useCallback(async () => {
    const media = recorder.current;
    if (!media || media.state !== 'recording') return null;
    const stopped = new Promise<void>((resolve) => media.addEventListener('stop', () => resolve()));
    media.stop();
    await stopped;
    recorder.current = null;
    setState(stream.current ? 'on' : 'off');
    return chunks.current.length ? new Blob(chunks.current, { type: media.mimeType }) : null;
  }, []);

  return { state, problem, turnOn, turnOff, start, stop };
}

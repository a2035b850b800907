import { useEffect, useRef } from 'react';

/** Quiet on purpose: opening a local file is usually too quick to need more than a line. */
export function OpeningScreen() {
  return (
    <main className="startup">
      <p role="status" className="startup__quiet">
        Opening your bank…
      </p>
    </main>
  );
}

interface OpenFailedScreenProps {
  message: string;
  onRetry: () => void;
}

/** The bank could not be opened (locked by another window, unreadable…): say why, offer a retry. */
export function OpenFailedScreen({ message, onRetry }: OpenFailedScreenProps) {
  const retryRef = useRef<HTMLButtonElement>(null);
  useEffect(() => retryRef.current?.focus(), []);

  return (
    <main className="startup">
      <div className="startup__panel">
        <h1>Storybank could not open your bank</h1>
        <p role="alert" className="startup__message">
          {message}
        </p>
        <button ref={retryRef} type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </main>
  );
}

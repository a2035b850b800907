import { useState } from 'react';
import type { Story } from '../../../../core/model/schema';
import type { Card } from '../../../../core/rehearsal/cards';
import type { DrillQuestion } from '../../../../core/rehearsal/probes';

interface CardPromptProps {
  card: Card;
  story: Story;
  drill: DrillQuestion[];
}

/**
 * What the card asks. A question hides its planned story until revealed: the candidate must
 * choose the story, as in the room. A story card shows the title and headline only: the story
 * is told, not read.
 */
export function CardPrompt({ card, story, drill }: CardPromptProps) {
  const [revealed, setRevealed] = useState(false);
  if (card.kind === 'question') {
    return (
      <div className="card-prompt">
        <p className="card-prompt__question">{card.question}</p>
        {card.source && <p className="card-prompt__source">{card.source}</p>}
        {revealed ? (
          <p className="card-prompt__planned">
            Planned story: <strong>{story.title}</strong>
            {story.headline && <span className="card-prompt__headline"> — {story.headline}</span>}
          </p>
        ) : (
          <button type="button" className="button button--small" onClick={() => setRevealed(true)}>
            Reveal the planned story
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="card-prompt">
      <p className="card-prompt__question">{story.title}</p>
      {story.headline && <p className="card-prompt__headline">{story.headline}</p>}
      {card.kind === 'follow-ups' && (
        <ol className="drill" aria-label="Follow-up questions">
          {drill.map((item) => (
            <li key={item.question} className="drill__item">
              <span className="drill__question">{item.question}</span>
              {item.because && <span className="drill__because">{item.because}</span>}
              {item.answer && (
                <details className="drill__answer">
                  <summary>Your written answer</summary>
                  <p>{item.answer}</p>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

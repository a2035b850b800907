import { useState } from 'react';
import { LoopDetails } from '../components/loops/LoopDetails';
import { LoopList } from '../components/loops/LoopList';
import { useBankApi } from '../lib/bank-context';

/** Interview loops: the list beside the chosen loop's rounds, plan and debriefs. */
export function LoopsView() {
  const { loops } = useBankApi().view.bank;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = loops.find((loop) => loop.id === chosenId) ?? loops[0] ?? null;
  return (
    <section className="view loops-view" aria-labelledby="loops-heading">
      <h1 id="loops-heading">Loops</h1>
      <div className="loops-layout">
        <LoopList loops={loops} chosenId={chosen?.id ?? null} onChoose={setChosenId} />
        {chosen ? (
          <LoopDetails key={chosen.id} loop={chosen} />
        ) : (
          <p className="loops-empty">
            A loop is the set of interviews at one company: who asks which principles, and the story
            you will tell each of them. Create one to plan it; “Amazon PM loop” starts with five
            rounds that share out the 16 principles.
          </p>
        )}
      </div>
    </section>
  );
}

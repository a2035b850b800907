import { useId, useState, type ChangeEvent } from 'react';
import { isStorybankError } from '../../../../core/errors';
import { decodeBankBytes } from '../../../../core/portability/text-decoding';
import { readSetFileText } from '../../../../core/principles/set-file';
import { errorMessage } from '../../lib/api';
import { useSetsEdit } from '../../lib/coverage-sets';

interface ImportSetControlProps {
  onDone: (message: string) => void;
}

/**
 * Imports a set shared as JSON. The file is parsed here (the bank checks its shape) because
 * a whole file as one string would pass the 20,000-character cap on a single field.
 * What went wrong is said next to the control, where the person is looking.
 */
export function ImportSetControl({ onDone }: ImportSetControlProps) {
  const edit = useSetsEdit();
  const [failure, setFailure] = useState<string | null>(null);
  const id = useId();

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setFailure(null);
    try {
      const parsed = readSetFileText(decodeBankBytes(new Uint8Array(await file.arrayBuffer())));
      const change = await edit('principleSets:import', { file: parsed });
      const created = change.sets.find((set) => set.id === change.createdId);
      onDone(`Imported “${created?.name ?? file.name}”. Make it active to use it in the matrix.`);
    } catch (error) {
      // readSetFileText's own errors are worded for the person, like the bank's.
      const message = isStorybankError(error) ? error.message : errorMessage(error);
      setFailure(`${file.name}: ${message}`);
    } finally {
      // The same file can be chosen again after it is fixed.
      input.value = '';
    }
  }

  return (
    <div className="cov-import">
      <label htmlFor={id} className="field-label">
        Import a principle set
      </label>
      <input
        id={id}
        type="file"
        accept=".json"
        aria-describedby={`${id}-error`}
        onChange={(event) => void onChange(event)}
      />
      <p id={`${id}-error`} role="alert" className="inline-error cov-import__error">
        {failure}
      </p>
    </div>
  );
}

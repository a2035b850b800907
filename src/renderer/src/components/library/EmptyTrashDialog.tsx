import { ConfirmDialog } from '../ConfirmDialog';

interface EmptyTrashDialogProps {
  count: number;
  /** Deletes the trashed stories for good; a rejection's message is shown in the dialog. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

const stories = (count: number) => `${count} ${count === 1 ? 'story' : 'stories'}`;

/** The one step in the library that cannot be undone asks first. */
export function EmptyTrashDialog({ count, onConfirm, onClose }: EmptyTrashDialogProps) {
  return (
    <ConfirmDialog
      title="Empty the Trash?"
      confirmLabel={`Delete ${stories(count)} forever`}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      {`${stories(count)} will be deleted forever, with their rehearsals and recordings. This cannot be undone.`}
    </ConfirmDialog>
  );
}

import { PlaceholderView } from './PlaceholderView';

export function ExportView() {
  return (
    <PlaceholderView title="Export">
      Your prep pack will be put together here, as a Word document to print or read offline.
    </PlaceholderView>
  );
}

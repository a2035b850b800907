import { PlaceholderView } from './PlaceholderView';

export function CoverageView() {
  return (
    <PlaceholderView title="Coverage">
      The principles × stories matrix will show here, with the principles that still need a story.
    </PlaceholderView>
  );
}

/** `#/segments`: saved filters over leads or companies. */
import { useViewTitle } from '../../app/view-title';
import { SegmentsSection } from './SegmentsSection';

export function SegmentsView() {
  useViewTitle('Segments');
  return (
    <div className="page" data-testid="segments-view">
      <SegmentsSection />
    </div>
  );
}

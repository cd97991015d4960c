/** `#/campaigns`: the campaigns the imports named, with their outcomes. */
import { useViewTitle } from '../../app/view-title';
import { CampaignsSection } from './CampaignsSection';

export function CampaignsView() {
  useViewTitle('Campaigns');
  return (
    <div className="page" data-testid="campaigns-view">
      <CampaignsSection />
    </div>
  );
}

/** `#/lists` and `#/lists/:listId`: the lists, and the members of the one in the address. */
import { useParams } from 'react-router';
import { TABLE_SORT_PARAMS, useNavigateKeeping } from '../../components/use-grid-address';
import { idParam, paths } from '../../app/paths';
import { useViewTitle } from '../../app/view-title';
import { ListsSection } from './ListsSection';

export function ListsView() {
  const listId = idParam(useParams().listId);
  // The table's own order stays in the address when a row opens (components/use-grid-address.ts).
  const open = useNavigateKeeping([TABLE_SORT_PARAMS.lists]);
  useViewTitle('Lists');
  return (
    <div className="page" data-testid="lists-view">
      <ListsSection selectedId={listId} onSelect={(id) => open(id === null ? paths.lists() : paths.list(id))} />
    </div>
  );
}

/** `#/lists` and `#/lists/:listId`: the lists, and the members of the one in the address. */
import { useNavigate, useParams } from 'react-router';
import { idParam, paths } from '../../app/paths';
import { useViewTitle } from '../../app/view-title';
import { ListsSection } from './ListsSection';

export function ListsView() {
  const listId = idParam(useParams().listId);
  const navigate = useNavigate();
  useViewTitle('Lists');
  return (
    <div className="page" data-testid="lists-view">
      <ListsSection selectedId={listId} onSelect={(id) => navigate(id === null ? paths.lists() : paths.list(id))} />
    </div>
  );
}

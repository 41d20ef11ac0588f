import type { Route } from '../../routing';
import { RoleDetail } from './RoleDetail';
import { RolesOverview } from './RolesOverview';

/** #/roles lists every role with the person's readiness; #/roles/<id> opens one. */
export function RolesScreen({ route }: { route: Route }) {
  const roleId = route.segments[1];
  return roleId ? <RoleDetail key={roleId} roleId={roleId} /> : <RolesOverview />;
}

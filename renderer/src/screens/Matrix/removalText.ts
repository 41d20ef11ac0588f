import type { Catalog, Plan, Profile } from '../../../../core';
import type { CatalogEntry } from '../../components/CatalogEntryForm/useCatalogWrites';
import type { I18n } from '../../i18n';

/** The wording of the confirmation before deleting an entry or resetting a copy to the built-in one. */
export function removalText(
  t: I18n['t'],
  entry: CatalogEntry,
  name: string,
  reset: boolean,
  catalog: Catalog,
  profile: Profile | null,
  plans: readonly Plan[] = [],
): { title: string; body: string; confirm: string } {
  if (reset) {
    return { title: t('matrix.reset.title', { name }), body: t('matrix.reset.body'), confirm: t('matrix.action.reset') };
  }
  const sentences = [t('matrix.delete.body')];
  const { id } = entry.value;
  if (entry.kind === 'skill') {
    const roles = catalog.roles.filter((role) => role.requirements.some((requirement) => requirement.skillId === id)).length;
    const courses = catalog.courses.filter(
      (course) => course.teaches.some((item) => item.skillId === id) || course.expects.some((item) => item.skillId === id),
    ).length;
    if (roles + courses > 0) sentences.unshift(t('matrix.delete.skillInUse', { roles, courses }));
  }
  if (entry.kind === 'role') {
    // A plan keeps its dated courses when its role goes; the person should know before, not after.
    const planNames = plans.filter((plan) => plan.targetRoleIds.includes(id)).map((plan) => `“${plan.name}”`);
    if (planNames.length > 0) sentences.unshift(t('matrix.delete.roleInPlans', { plans: planNames.join(', ') }));
    if (profile?.targetRoleIds.includes(id)) sentences.unshift(t('matrix.delete.roleTargeted'));
  }
  return { title: t('matrix.delete.title', { name }), body: sentences.join(' '), confirm: t('action.delete') };
}

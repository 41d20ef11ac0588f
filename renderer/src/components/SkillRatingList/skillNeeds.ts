import type { Catalog, Level, PositiveLevel, Role, Skill } from '../../../../core';

export interface RoleNeed {
  role: Role;
  level: PositiveLevel;
}

/** One skill that at least one target role asks for, with what each of those roles asks. */
export interface SkillNeed {
  skill: Skill;
  /** Sum of the requirement importances over the roles: how much the skill matters overall. */
  totalImportance: number;
  /** Highest level any of the roles asks for. */
  highestLevel: Level;
  needs: RoleNeed[];
}

/**
 * The skills the chosen roles need, most important first (summed importance, then the highest
 * level asked, then the skill id so the order never changes between renders). Role ids or skill
 * ids the catalog no longer has are skipped.
 */
export function skillsNeededBy(catalog: Catalog, roleIds: readonly string[]): SkillNeed[] {
  const skillsById = new Map(catalog.skills.map((skill) => [skill.id, skill]));
  const rolesById = new Map(catalog.roles.map((role) => [role.id, role]));
  const bySkill = new Map<string, SkillNeed>();
  for (const roleId of roleIds) {
    const role = rolesById.get(roleId);
    if (!role) continue;
    for (const requirement of role.requirements) {
      const skill = skillsById.get(requirement.skillId);
      if (!skill) continue;
      const entry = bySkill.get(skill.id) ?? { skill, totalImportance: 0, highestLevel: 0, needs: [] };
      entry.totalImportance += requirement.importance;
      entry.highestLevel = Math.max(entry.highestLevel, requirement.level) as Level;
      entry.needs.push({ role, level: requirement.level });
      bySkill.set(skill.id, entry);
    }
  }
  return [...bySkill.values()].sort(
    (a, b) =>
      b.totalImportance - a.totalImportance ||
      b.highestLevel - a.highestLevel ||
      a.skill.id.localeCompare(b.skill.id),
  );
}

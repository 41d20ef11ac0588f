import { useState, type ReactElement } from 'react';
import type { ItemStatus, Plan, PlanItem } from '../../../core';
import { courseOf } from '../components/PlanItemCard/itemInfo';
import { RaiseLevelsOffer } from '../components/RaiseLevelsOffer/RaiseLevelsOffer';
import { applyRaises, levelRaises, type LevelRaise } from '../components/RaiseLevelsOffer/levelRaises';
import { useAppData } from './AppDataProvider';
import { usePlanActions } from './usePlans';
import { useToday } from './useToday';

export interface FinishItem {
  /** Sets an item's status; a course marked done then offers to raise the levels it taught. */
  setStatus: (item: PlanItem, status: ItemStatus, title: string) => Promise<boolean>;
  /** The offer's dialog, to render wherever the item is shown. */
  offer: ReactElement;
}

/**
 * One owner for "finish an item": the plan card and the week screen both mark items done
 * through it, so both propose raising the levels the course teaches, dated today so the rating
 * history records the progress (issue #14, "Skills grow with the plan").
 */
export function useFinishItem(plan: Plan): FinishItem {
  const { catalog, data, updateProfile } = useAppData();
  const { setItemStatus } = usePlanActions();
  const today = useToday();
  const [offered, setOffered] = useState<{ title: string; raises: LevelRaise[] } | null>(null);

  const setStatus = async (item: PlanItem, status: ItemStatus, title: string) => {
    const saved = await setItemStatus(plan, item.id, status);
    const course = courseOf(catalog, item);
    if (saved && status === 'done' && course && data.profile) {
      const raises = levelRaises(data.profile, course);
      if (raises.length > 0) setOffered({ title, raises });
    }
    return saved;
  };

  const apply = () => {
    if (data.profile && offered) updateProfile(applyRaises(data.profile, offered.raises, today));
    setOffered(null);
  };

  const offer = (
    <RaiseLevelsOffer opened={offered !== null} courseTitle={offered?.title ?? ''} raises={offered?.raises ?? []} onApply={apply} onClose={() => setOffered(null)} />
  );
  return { setStatus, offer };
}

import { analysisIndexFor } from '../../../core/analysis/courseIndex';
import { coverBySetCover, mergeGapTargets } from '../../../core/analysis/gapCover';
import { catalogOf, course } from './builders';

describe('coverBySetCover', () => {
  const catalog = catalogOf(
    [],
    [
      course('x-and-y', 10, [['x', 3], ['y', 3]]),
      course('x-short', 2, [['x', 3]]),
      course('x-long', 6, [['x', 3]]),
      course('z-low', 1, [['z', 1]]),
    ],
  );
  const index = analysisIndexFor(catalog);

  it('takes the most gap weight per hour first, then what is left', () => {
    // x weight 10, y weight 30. Round 1: x-short 10/2 = 5 per hour beats x-and-y 40/10 = 4.
    // Round 2: only x-and-y closes y (30/10 = 3). Total 2 + 10 = 12 hours.
    const cover = coverBySetCover(
      [
        { skillId: 'x', need: 3, weight: 10 },
        { skillId: 'y', need: 2, weight: 30 },
      ],
      index,
    );
    expect(cover).toEqual({ hoursToReady: 12, coursesToReady: ['x-short', 'x-and-y'], uncoveredSkillIds: [] });
  });

  it('takes one course for two gaps when that is the better rate', () => {
    // x weight 10, y weight 60: x-and-y 70/10 = 7 per hour beats x-short 5 per hour; it closes both.
    const cover = coverBySetCover(
      [
        { skillId: 'x', need: 3, weight: 10 },
        { skillId: 'y', need: 3, weight: 60 },
      ],
      index,
    );
    expect(cover.coursesToReady).toEqual(['x-and-y']);
    expect(cover.hoursToReady).toBe(10);
  });

  it('lists gaps no course reaches, sorted, and adds no hours for them', () => {
    const cover = coverBySetCover(
      [
        { skillId: 'z', need: 2, weight: 4 },
        { skillId: 'unknown', need: 1, weight: 1 },
      ],
      index,
    );
    expect(cover).toEqual({ hoursToReady: 0, coursesToReady: [], uncoveredSkillIds: ['unknown', 'z'] });
  });

  it('gives the same answer on repeated calls with the shared scratch space', () => {
    const gaps = [
      { skillId: 'x', need: 3, weight: 10 },
      { skillId: 'y', need: 2, weight: 30 },
    ];
    const first = coverBySetCover(gaps, index);
    coverBySetCover([{ skillId: 'y', need: 3, weight: 1 }], index);
    expect(coverBySetCover(gaps, index)).toEqual(first);
  });
});

describe('mergeGapTargets', () => {
  it('keeps one target per skill with the highest need and the summed weight', () => {
    expect(
      mergeGapTargets([
        { skillId: 'a', need: 2, weight: 6 },
        { skillId: 'b', need: 1, weight: 1 },
        { skillId: 'a', need: 4, weight: 4 },
      ]),
    ).toEqual([
      { skillId: 'a', need: 4, weight: 10 },
      { skillId: 'b', need: 1, weight: 1 },
    ]);
  });
});

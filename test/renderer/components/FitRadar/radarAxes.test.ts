import type { RequirementGap } from '../../../../core';
import { labelLines, MAX_RADAR_AXES, radarAxes } from '../../../../renderer/src/components/FitRadar/radarAxes';

const requirement = (skillId: string, importance: 1 | 2 | 3 | 4 | 5, need: number): RequirementGap => ({
  skillId,
  have: 0,
  need,
  gap: need,
  importance,
  weight: importance * need,
  share: 0,
  covered: false,
  tier: 'core',
  assumed: false,
});

describe('radarAxes', () => {
  it('keeps the most important requirements, then the highest levels, at most twelve', () => {
    const many = Array.from({ length: 20 }, (_, index) => requirement(`skill-${index}`, ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5, (index % 4) + 1));
    const axes = radarAxes(many);
    expect(axes).toHaveLength(MAX_RADAR_AXES);
    const importances = axes.map((item) => item.importance);
    expect(importances).toEqual([...importances].sort((a, b) => b - a));
    expect(Math.min(...importances)).toBeGreaterThanOrEqual(3);
  });

  it('breaks ties on the level needed, then on the analysis order', () => {
    const axes = radarAxes([requirement('a', 3, 2), requirement('b', 3, 4), requirement('c', 3, 2)], 2);
    expect(axes.map((item) => item.skillId)).toEqual(['b', 'a']);
  });
});

describe('labelLines', () => {
  it('leaves a short name on one line', () => {
    expect(labelLines('Python')).toEqual(['Python']);
  });

  it('breaks a long name at spaces and keeps every word', () => {
    const name = 'Développement d’applications LLM';
    const lines = labelLines(name);
    expect(lines).toEqual(['Développement', 'd’applications LLM']);
    expect(lines.join(' ')).toBe(name);
    for (const line of labelLines('Génération augmentée par récupération (RAG)')) expect(line.length).toBeLessThanOrEqual(18);
  });

  it('ends the last line with an ellipsis only past three lines', () => {
    const lines = labelLines('Retrieval-augmented generation pipelines at scale for large language model products');
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith('…')).toBe(true);
    expect(lines[2].length).toBeLessThanOrEqual(18);
  });
});

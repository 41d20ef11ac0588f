import type { RequirementGap } from '../../../../core';
import { labelLines, MAX_RADAR_AXES, radarAxes, radarGeometry } from '../../../../renderer/src/components/FitRadar/radarAxes';

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

describe('radarGeometry', () => {
  const size = { width: 600, height: 380 };
  const points = [
    { skill: 'Top', you: 4, need: 2 },
    { skill: 'Right', you: 0, need: 4 },
    { skill: 'Bottom', you: 2, need: 3 },
    { skill: 'Left', you: 1, need: 1 },
  ];
  const geometry = radarGeometry(points, size);
  const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

  it('starts the first axis at the top and turns clockwise, labels anchored away from the centre', () => {
    const { centre, axes } = geometry;
    expect(centre).toEqual({ x: 300, y: 190 });
    close(axes[0].end.x, centre.x);
    expect(axes[0].end.y).toBeLessThan(centre.y);
    expect(axes[1].end.x).toBeGreaterThan(centre.x);
    close(axes[1].end.y, centre.y);
    expect(axes[2].end.y).toBeGreaterThan(centre.y);
    expect(axes[3].end.x).toBeLessThan(centre.x);
    expect(axes.map((axis) => axis.anchor)).toEqual(['middle', 'start', 'middle', 'end']);
    // Each label sits past the end of its spoke.
    expect(axes[0].label.y).toBeLessThan(axes[0].end.y);
    expect(axes[1].label.x).toBeGreaterThan(axes[1].end.x);
  });

  it('puts level 4 on the outer ring and level 0 at the centre, a level per ring', () => {
    const { centre, axes, rings, you, need } = geometry;
    const radius = centre.y - axes[0].end.y;
    expect(rings).toHaveLength(4);
    rings.forEach((ring, index) => close(centre.y - ring[0].y, (radius * (index + 1)) / 4));
    expect(you[0]).toEqual(axes[0].end);
    expect(you[1]).toEqual(centre);
    close(centre.y - need[0].y, radius / 2);
    expect(need[1]).toEqual(axes[1].end);
  });

  it('keeps the outer labels inside the drawing: room for 18 characters beside, three lines above and below', () => {
    const { centre, axes } = geometry;
    const radius = centre.y - axes[0].end.y;
    expect(centre.x + radius + 12 + 18 * 7).toBeLessThanOrEqual(size.width);
    expect(centre.y + radius + 12 + 3 * 14).toBeLessThanOrEqual(size.height);
  });
});

import { compareAddress, selectedRoleIds } from '../../../../renderer/src/screens/Compare/compareSelection';

const known = new Set(['a', 'b', 'c', 'd']);

describe('compare selection', () => {
  it('reads known ids once each, at most three, in the order written', () => {
    expect(selectedRoleIds(new URLSearchParams('roles=b,a,b'), known)).toEqual({ ids: ['b', 'a'], dropped: false });
    expect(selectedRoleIds(new URLSearchParams('roles=a,b,c,d'), known).ids).toEqual(['a', 'b', 'c']);
    expect(selectedRoleIds(new URLSearchParams(''), known)).toEqual({ ids: [], dropped: false });
  });

  it('drops unknown ids and says so', () => {
    expect(selectedRoleIds(new URLSearchParams('roles=a,zz'), known)).toEqual({ ids: ['a'], dropped: true });
  });

  it('writes the address back', () => {
    expect(compareAddress(['a', 'b'])).toBe('/compare?roles=a,b');
    expect(compareAddress([])).toBe('/compare');
  });
});

import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../renderer/src/lazyComponent';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const drawn = (view: React.ReactNode) => render(<Suspense fallback={<p>Loading</p>}>{view}</Suspense>);

describe('lazyComponent', () => {
  it('fetches its chunk once, even when asked again before it has come', async () => {
    const importModule = vi.fn(() => Promise.resolve({ Greeting }));
    const part = lazyComponent(importModule, 'Greeting');
    expect(part.loaded()).toBeNull();
    const first = part.load();
    expect(part.load()).toBe(first);
    expect(await first).toBe(Greeting);
    expect(part.loaded()).toBe(Greeting);
    expect(importModule).toHaveBeenCalledTimes(1);
  });

  it('shows the fallback while the chunk loads, then the component with its props', async () => {
    let arrive = () => undefined as void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const part = lazyComponent(() => arrived.then(() => ({ Greeting })), 'Greeting');
    // React 19 goes on after a suspension only inside an awaited act.
    await act(async () => {
      drawn(<part.View name="Ada" />);
    });
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(async () => {
      arrive();
      await part.load();
    });
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
  });

  it('draws a component already in memory at once, without the fallback', async () => {
    const part = lazyComponent(() => Promise.resolve({ Greeting }), 'Greeting');
    await part.load();
    drawn(<part.View name="Sam" />);
    // Synchronously: no fallback was ever rendered in its place.
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
    expect(screen.getByText('Hello Sam')).toBeInTheDocument();
  });

  it('tries a failed fetch again instead of remembering the failure', async () => {
    const importModule = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ Greeting });
    const part = lazyComponent(importModule, 'Greeting');
    await expect(part.load()).rejects.toThrow('offline');
    expect(await part.load()).toBe(Greeting);
    expect(importModule).toHaveBeenCalledTimes(2);
  });
});

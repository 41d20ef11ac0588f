import { act, render, screen } from '@testing-library/react';
import { Component, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../renderer/src/lazyComponent';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

class Failure extends Component<{ children: React.ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
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

  it('throws a failed fetch to the nearest error boundary', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const part = lazyComponent<{ name: string }, 'Greeting'>(() => Promise.reject(new Error('chunk missing')), 'Greeting');
    await act(async () => {
      render(
        <Failure>
          <Suspense fallback={<p>Loading</p>}>
            <part.View name="Ada" />
          </Suspense>
        </Failure>,
      );
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('chunk missing');
    expect(part.loaded()).toBeNull();
    errors.mockRestore();
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

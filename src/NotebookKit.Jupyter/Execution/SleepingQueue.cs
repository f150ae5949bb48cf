namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// A queue whose one taker sleeps until work comes, without spinning first. The kernel hands every request to its
/// execute thread and every cell to the cell thread; <c>BlockingCollection</c> (and <c>ManualResetEventSlim</c>) spin
/// and yield ~140 times before they sleep, on every hand-off. With cells milliseconds apart that spin never wins: it
/// was ~15% of a warm cell's CPU (perf: sched_yield under SemaphoreSlim.Wait), taken from the cell and the client on
/// two shared cores. A monitor wait sleeps at once and wakes as soon as an item is added.
/// </summary>
internal sealed class SleepingQueue<T>
{
    private readonly Queue<T> _items = new();
    private bool _completed;

    /// <summary>Adds an item; false once <see cref="Complete"/> was called (the item is dropped).</summary>
    public bool Add(T item)
    {
        lock (_items)
        {
            if (_completed)
                return false;
            _items.Enqueue(item);
            Monitor.Pulse(_items);
            return true;
        }
    }

    /// <summary>Waits for the next item; false when the queue is completed and empty. An interrupt of the waiting thread throws as in any wait.</summary>
    public bool TryTake(out T item)
    {
        lock (_items)
        {
            while (_items.Count == 0)
            {
                if (_completed)
                {
                    item = default!;
                    return false;
                }
                Monitor.Wait(_items);
            }
            item = _items.Dequeue();
            return true;
        }
    }

    /// <summary>No more items: the taker gets what is queued, then false.</summary>
    public void Complete()
    {
        lock (_items)
        {
            _completed = true;
            Monitor.PulseAll(_items);
        }
    }

    /// <summary>How many queued items match, at this moment.</summary>
    public int Count(Func<T, bool> match)
    {
        lock (_items)
            return _items.Count(match);
    }
}

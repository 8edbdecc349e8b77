using System.Threading;

namespace Leadtype.Site;

/// <summary>
/// Converted pages as they become ready, so a consumer (the search index) can start on the first
/// pages while later ones are still converting. Producers complete slots in any order; the
/// consumer waits for the slot it needs next.
/// </summary>
internal sealed class PageFeed
{
    private readonly PageRecord?[] _records;
    private readonly object _gate = new();
    private bool _abandoned;

    public PageFeed(int count) => _records = new PageRecord?[count];

    public int Count => _records.Length;

    public void Complete(int index, PageRecord record)
    {
        lock (_gate)
        {
            _records[index] = record;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Wakes waiting consumers for good: the producers stopped (cancelled or failed).</summary>
    public void Abandon()
    {
        lock (_gate)
        {
            _abandoned = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Waits for slot <paramref name="index"/>; null when the producers were abandoned first.</summary>
    public PageRecord? Wait(int index)
    {
        lock (_gate)
        {
            while (_records[index] is null && !_abandoned)
            {
                Monitor.Wait(_gate);
            }

            return _records[index];
        }
    }

    /// <summary>Every record, once all are complete.</summary>
    public PageRecord[] ToArray()
    {
        lock (_gate)
        {
            var copy = new PageRecord[_records.Length];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = _records[i]!;
            }

            return copy;
        }
    }
}

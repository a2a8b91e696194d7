using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Tests.Engine.Fakes;

/// <summary>Keeps every event it sees; can be told to throw on each one, to prove observers cannot break a run.</summary>
internal sealed class RecordingObserver(bool throws = false) : IRunObserver
{
    private readonly List<RunEvent> _events = [];

    public IReadOnlyList<RunEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public void OnEvent(RunEvent e)
    {
        lock (_events)
        {
            _events.Add(e);
        }
        if (throws)
        {
            throw new InvalidOperationException("observer broke");
        }
    }
}

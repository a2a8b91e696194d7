namespace Shipcheck.Core.Engine;

/// <summary>Passes every event to several observers, each isolated, so one that throws never keeps the next from it.</summary>
internal sealed class FanOutObserver(params IRunObserver[] observers) : IRunObserver
{
    private readonly IsolatedRunObserver[] _observers = [.. observers.Select(o => new IsolatedRunObserver(o))];

    public void OnEvent(RunEvent e)
    {
        foreach (var observer in _observers)
        {
            observer.OnEvent(e);
        }
    }
}

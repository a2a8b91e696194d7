namespace Shipcheck.Core.Engine;

/// <summary>
/// Watches a run as it happens (the CLI's live progress). Calls arrive one at a time, in the order things happened.
/// An observer that throws is ignored; it cannot break a run.
/// </summary>
public interface IRunObserver
{
    /// <summary>Something happened in the run.</summary>
    void OnEvent(RunEvent e);
}

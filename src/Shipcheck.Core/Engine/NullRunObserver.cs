namespace Shipcheck.Core.Engine;

/// <summary>An observer that ignores every event (for runs nobody watches).</summary>
public sealed class NullRunObserver : IRunObserver
{
    /// <summary>The one instance.</summary>
    public static NullRunObserver Instance { get; } = new();

    /// <inheritdoc/>
    public void OnEvent(RunEvent e)
    {
    }
}

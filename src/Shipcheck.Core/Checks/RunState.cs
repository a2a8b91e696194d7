using System.Collections.Concurrent;

namespace Shipcheck.Core.Checks;

/// <summary>
/// What check kinds remember for the length of one run, such as where each log file ended when a <c>logs</c> step last
/// read it. The engine makes one per run; each kind keeps its own part, a class of its own, created on first use.
/// </summary>
public sealed class RunState
{
    private readonly ConcurrentDictionary<Type, object> _parts = new();

    /// <summary>The run's one <typeparamref name="T"/>; safe to call from steps running at the same time.</summary>
    public T Get<T>()
        where T : class, new() => (T)_parts.GetOrAdd(typeof(T), _ => new T());
}

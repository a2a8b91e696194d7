using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Engine;

/// <summary>
/// The variables of a run as they are now: resolved at the start, then added to by captures. Steps in verify run
/// concurrently and capture concurrently, hence the lock.
/// </summary>
internal sealed class RunVariables : IVariableSource
{
    private readonly Lock _gate = new();
    private readonly OrderedDictionary<string, string> _values;
    private readonly Func<string, string?> _environment;

    public RunVariables(IReadOnlyDictionary<string, string> initial, Func<string, string?> environment)
    {
        _values = new OrderedDictionary<string, string>(initial, StringComparer.Ordinal);
        _environment = environment;
    }

    public void Set(string name, string value)
    {
        lock (_gate)
        {
            _values[name] = value;
        }
    }

    public string? Variable(string name)
    {
        lock (_gate)
        {
            return _values.TryGetValue(name, out var value) ? value : null;
        }
    }

    public string? Environment(string name) => _environment(name);

    /// <summary>
    /// <c>SHIPCHECK_VAR_name</c> for every variable, secrets included: commands need their values, and passing them as
    /// environment variables keeps hostile values from ever being read as shell code.
    /// </summary>
    public IReadOnlyDictionary<string, string> ShellEnvironment()
    {
        lock (_gate)
        {
            return _values.ToDictionary(v => Template.ShellVariablePrefix + v.Key, v => v.Value, StringComparer.Ordinal);
        }
    }
}

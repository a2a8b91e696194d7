using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Engine;

/// <summary>What expectations and capture values see: the step's observations, the run's variables, the clock.</summary>
internal sealed class ObservationScope(Observations observations, IVariableSource variables, TimeProvider time) : IValueScope
{
    public TimeProvider Time => time;

    public Value? Lookup(string identifier) => observations.TryGetValue(identifier, out var value) ? value : null;

    public string? Variable(string name, bool isEnvironment) => isEnvironment ? variables.Environment(name) : variables.Variable(name);
}

using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Notifications;

/// <summary>What a notification's templates see: the event's fields first, then the run's variables.</summary>
internal sealed class EventVariables(IReadOnlyDictionary<string, string> fields, IVariableSource run) : IVariableSource
{
    public string? Variable(string name) => fields.TryGetValue(name, out var value) ? value : run.Variable(name);

    public string? Environment(string name) => run.Environment(name);
}

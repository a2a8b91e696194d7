namespace Shipcheck.Core.Checklists;

/// <summary>Where a template's references get their values during a run.</summary>
public interface IVariableSource
{
    /// <summary>The value of a checklist variable, or null when it has none (yet).</summary>
    string? Variable(string name);

    /// <summary>The value of an environment variable of the runner, or null when unset.</summary>
    string? Environment(string name);
}

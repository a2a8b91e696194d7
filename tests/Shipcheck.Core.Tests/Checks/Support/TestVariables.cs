using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Tests.Checks.Support;

/// <summary>Variables from a dictionary; environment references read the test process's environment.</summary>
internal sealed class TestVariables(IReadOnlyDictionary<string, string> values) : IVariableSource
{
    public string? Variable(string name) => values.GetValueOrDefault(name);

    public string? Environment(string name) => System.Environment.GetEnvironmentVariable(name);
}

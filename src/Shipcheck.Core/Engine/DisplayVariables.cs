using Shipcheck.Core.Checklists;
using Shipcheck.Core.Secrets;

namespace Shipcheck.Core.Engine;

/// <summary>
/// Variable values for showing a plan: the prepared values, and <c>${name}</c> left as written for values that only a
/// run produces (captures), so the plan reads <c>./deploy.sh ${previous_version}</c> rather than <c>./deploy.sh </c>.
/// </summary>
internal sealed class DisplayVariables(PreparedRun run) : IVariableSource
{
    public string? Variable(string name) =>
        run.SecretNames.Contains(name) ? SecretMasker.Replacement
        : run.Variables.TryGetValue(name, out var value) ? value
        : "${" + name + "}";

    public string? Environment(string name) => run.Environment(name);

    public string Mask(string text) => run.Masker.Mask(text);
}

using Shipcheck.Core.Checklists;
using Shipcheck.Core.Secrets;

namespace Shipcheck.Core.Engine;

/// <summary>
/// A checklist ready to run: its variables resolved (built-ins, <c>vars:</c>, secrets), its run id chosen and its
/// secrets known to the masker. Made by <see cref="RunPreparation.Prepare"/>; when <see cref="Problems"/> is not empty,
/// nothing may run.
/// </summary>
public sealed class PreparedRun
{
    internal PreparedRun(
        Checklist checklist,
        RunRequest request,
        string runId,
        IReadOnlyDictionary<string, string> variables,
        IReadOnlySet<string> secretNames,
        SecretMasker masker,
        Func<string, string?> environment,
        IReadOnlyList<Diagnostic> problems)
    {
        Checklist = checklist;
        Request = request;
        RunId = runId;
        Variables = variables;
        SecretNames = secretNames;
        Masker = masker;
        Environment = environment;
        Problems = problems;
    }

    /// <summary>The checklist to run.</summary>
    public Checklist Checklist { get; }

    /// <summary>What was asked on the command line.</summary>
    public RunRequest Request { get; }

    /// <summary>The run's id, sortable by time (<c>20261122T031500Z-3f9a</c>).</summary>
    public string RunId { get; }

    /// <summary>Every variable in order: built-ins, then <c>vars:</c> in file order, then secrets. Values are not masked.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; }

    /// <summary>The names of variables whose values are secrets.</summary>
    public IReadOnlySet<string> SecretNames { get; }

    /// <summary>Knows every secret value; masks text before it is printed, stored or reported.</summary>
    public SecretMasker Masker { get; }

    /// <summary>Reads the runner's environment variables (for <c>${env.NAME}</c>).</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>Why the run cannot start (a secret not set, an unknown <c>--var</c>, a cycle among vars); empty when it can.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>True when nothing stops the run from starting.</summary>
    public bool IsReady => Problems.Count == 0;

    /// <summary>The variables as they may be shown or stored: secrets as <c>****</c>, other values masked.</summary>
    public IReadOnlyDictionary<string, string> MaskedVariables()
    {
        var masked = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in Variables)
        {
            masked[name] = SecretNames.Contains(name) ? SecretMasker.Replacement : Masker.Mask(value);
        }
        return masked;
    }
}

using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>
/// What the command line tells the loader. A duration or size written with <c>${name}</c> becomes a value when the
/// checklist loads, so the loader needs the same <c>--var</c>, <c>--version</c>, user, host and environment the run
/// will have (<see cref="RunPreparation"/> refuses a run whose values differ).
/// </summary>
public sealed record LoadSettings
{
    /// <summary>No overrides; the user, host and environment of this process.</summary>
    public static LoadSettings Default { get; } = new();

    /// <summary><c>--var name=value</c> overrides. One that names no declared var is ignored here and reported by <see cref="RunPreparation"/>.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary><c>--version V</c>, or null.</summary>
    public string? Version { get; init; }

    /// <summary>The built-in <c>${user}</c>.</summary>
    public string User { get; init; } = System.Environment.UserName;

    /// <summary>The built-in <c>${host}</c>.</summary>
    public string Host { get; init; } = System.Environment.MachineName;

    /// <summary>Reads the runner's environment variables, for <c>${env.NAME}</c>; null when unset.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The settings that match <paramref name="request"/>, whose run reads <paramref name="environment"/>.</summary>
    public static LoadSettings For(RunRequest request, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new LoadSettings
        {
            Variables = request.Variables,
            Version = request.Version,
            User = request.User,
            Host = request.Host,
            Environment = environment,
        };
    }
}

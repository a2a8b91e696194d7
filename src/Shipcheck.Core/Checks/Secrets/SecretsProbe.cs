using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Checks.Secrets;

/// <summary>Reads a <c>secrets</c> step's .env file (and its example) once and judges every variable.</summary>
public sealed class SecretsProbe(SecretsOptions options) : IProbe
{
    // Larger than any .env file; a bigger one is the wrong file.
    private const long MaxBytes = 1024 * 1024;

    /// <inheritdoc/>
    public Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken) => Task.FromResult(Observe(context));

    private ProbeResult Observe(ProbeContext context)
    {
        var envShown = context.Render(options.Env);
        var envPath = context.ResolvePath(envShown);
        var rules = new EnvRules(
            [.. options.Sensitive.Select(context.Render)], options.MinLength, options.MinEntropy, [.. options.Placeholders.Select(context.Render)]);
        var judgement = new EnvJudgement(envShown, rules);
        var required = new List<(string Name, string From)>();
        var listed = false;

        var exampleShown = options.Example is null ? SecretsKind.DefaultExample : context.Render(options.Example);
        var examplePath = context.ResolvePath(exampleShown);
        if (File.Exists(examplePath))
        {
            if (!SmallTextFile.TryRead(examplePath, MaxBytes, ".env file", out var text, out var error))
            {
                return ProbeResult.Failed(error!);
            }
            var example = EnvFile.Parse(text!);
            required.AddRange(example.Entries.Select(e => (e.Name, exampleShown)));
            listed = true;
        }
        else if (options.Example is not null)
        {
            judgement.Add(Finding.Fail(exampleShown, $"does not exist: write it with the names {envShown} must set, or leave 'example' out"));
        }
        required.AddRange(options.Required.Select(name => (context.Render(name), "the step's 'required' list")));
        listed |= options.Required.Count > 0;

        if (!File.Exists(envPath) && !Directory.Exists(envPath))
        {
            var fix = File.Exists(examplePath) ? $"copy {exampleShown} to {envShown} and fill in the values" : $"create it with the variables the deployment needs";
            judgement.Add(Finding.Fail(envShown, $"does not exist: {fix}"));
            return FindingObservations.Result(judgement.Findings, judgement.Own(0));
        }
        if (!SmallTextFile.TryRead(envPath, MaxBytes, ".env file", out var envText, out var envError))
        {
            return ProbeResult.Failed(envError!);
        }
        var env = EnvFile.Parse(envText!);
        judgement.Judge(env, listed ? [.. required.DistinctBy(r => r.Name, StringComparer.Ordinal)] : null);
        var variables = env.Entries.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count();
        return FindingObservations.Result(judgement.Findings, judgement.Own(variables));
    }
}

using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.SecretScanning;
using Shipcheck.Core.SecretScanning.Scanning;

namespace Shipcheck.Core.Checks.Secrets;

/// <summary>
/// Reads a <c>secrets</c> step's .env file (and its example) once and judges every variable; then, with <c>scan</c>,
/// scans the paths for hardcoded secrets. Both end up as one list of findings.
/// </summary>
public sealed class SecretsProbe(SecretsOptions options) : IProbe
{
    // Larger than any .env file; a bigger one is the wrong file.
    private const long MaxBytes = 1024 * 1024;

    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var (findings, own, error) = options.ChecksEnv ? ObserveEnv(context) : ([], EnvJudgement.NoEnv(), null);
        if (error is not null)
        {
            return ProbeResult.Failed(error);
        }
        var (hardcoded, files) = (0, 0);
        var all = findings.ToList();
        foreach (var path in options.Scan.Select(context.Render))
        {
            var request = new SecretScanRequest(context.ResolvePath(path))
            {
                ConfigPath = options.Config is null ? null : context.ResolvePath(context.Render(options.Config)),
                BaselinePath = options.Baseline is null ? null : context.ResolvePath(context.Render(options.Baseline)),
                Time = context.Time,
            };
            try
            {
                var report = await SecretScanner.ScanAsync(request, cancellationToken);
                hardcoded += report.Findings.Count;
                files += report.FilesScanned;
                var scanned = SecretScanFindings.ToFindings(report);
                all.AddRange(scanned.Count(f => f.Status == FindingStatus.Fail) > 0
                    ? scanned
                    : [Finding.Pass($"scan {path}", $"no hardcoded secrets in {report.FilesScanned} files ({report.RuleCount} rules: {report.RulesSource})"), .. scanned]);
            }
            catch (SecretScanException e)
            {
                all.Add(Finding.Fail($"scan {path}", e.Message));
            }
        }
        own.Set("hardcoded", Value.Of(hardcoded)).Set("files_scanned", Value.Of(files));
        return FindingObservations.Result(all, own);
    }

    private (IReadOnlyList<Finding> Findings, Observations Own, string? Error) ObserveEnv(ProbeContext context)
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
                return ([], Observations.Empty, error!);
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
            return (judgement.Findings, judgement.Own(0), null);
        }
        if (!SmallTextFile.TryRead(envPath, MaxBytes, ".env file", out var envText, out var envError))
        {
            return ([], Observations.Empty, envError!);
        }
        var env = EnvFile.Parse(envText!);
        judgement.Judge(env, listed ? [.. required.DistinctBy(r => r.Name, StringComparer.Ordinal)] : null);
        var variables = env.Entries.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count();
        return (judgement.Findings, judgement.Own(variables), null);
    }
}

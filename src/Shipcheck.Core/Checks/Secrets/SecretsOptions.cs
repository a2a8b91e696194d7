using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Secrets;

/// <summary>What a <c>secrets</c> step asks for.</summary>
/// <param name="Env">The .env file, relative to the checklist's folder.</param>
/// <param name="Example">The file that lists the required names; null for <see cref="SecretsKind.DefaultExample"/> when it exists.</param>
/// <param name="Required">Names that must be set, on top of the example's.</param>
/// <param name="Sensitive">Name patterns whose values must be long and random enough.</param>
/// <param name="MinLength">The shortest a sensitive value may be.</param>
/// <param name="MinEntropy">The least Shannon entropy, in bits per character, a sensitive value may have.</param>
/// <param name="Placeholders">Extra placeholder values (whole value, <c>*</c> for any run).</param>
public sealed record SecretsOptions(
    Template Env,
    Template? Example,
    IReadOnlyList<Template> Required,
    IReadOnlyList<Template> Sensitive,
    long MinLength,
    double MinEntropy,
    IReadOnlyList<Template> Placeholders)
{
    /// <summary>Paths to scan for hardcoded secrets (the <c>scan:</c> option); empty for none.</summary>
    public IReadOnlyList<Template> Scan { get; init; } = [];

    /// <summary>A gitleaks-format rules file for the scan; null for the scanner's own choice.</summary>
    public Template? Config { get; init; }

    /// <summary>A previous JSON report whose findings are not reported again.</summary>
    public Template? Baseline { get; init; }

    /// <summary>
    /// Whether the .env file is judged: always, except for a step that gives only scan options (<c>scan</c>,
    /// <c>config</c>, <c>baseline</c>), which asks only for the scan.
    /// </summary>
    public bool ChecksEnv { get; init; } = true;


    /// <summary>Reads the options of a validated step.</summary>
    public static SecretsOptions From(OptionValues options)
    {
        var sensitive = options.TextList(SecretsKind.SensitiveOption);
        return new(
            options.Text(SecretsKind.EnvOption) ?? Template.Literal(SecretsKind.DefaultEnv),
            options.Text(SecretsKind.ExampleOption),
            options.TextList(SecretsKind.RequiredOption),
            options.Has(SecretsKind.SensitiveOption) ? sensitive : [.. SecretsKind.DefaultSensitive.Select(Template.Literal)],
            options.Get(SecretsKind.MinLengthOption, SecretsKind.DefaultMinLength),
            options.Get(SecretsKind.MinEntropyOption, SecretsKind.DefaultMinEntropy),
            options.TextList(SecretsKind.PlaceholdersOption))
        {
            Scan = options.TextList(SecretsKind.ScanOption),
            Config = options.Text(SecretsKind.ConfigOption),
            Baseline = options.Text(SecretsKind.BaselineOption),
            ChecksEnv = !options.Has(SecretsKind.ScanOption) || SecretsKind.EnvOptions.Any(options.Has),
        };
    }
}

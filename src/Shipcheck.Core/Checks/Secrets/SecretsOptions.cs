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
    /// <summary>
    /// Paths to scan for hardcoded secrets (the <c>scan:</c> option); empty for none. The scanner lives in
    /// <c>Shipcheck.Core.SecretScanning</c> and is wired in separately, so this step only carries the paths for now.
    /// </summary>
    public IReadOnlyList<Template> Scan { get; init; } = [];

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
            options.TextList(SecretsKind.PlaceholdersOption));
    }
}

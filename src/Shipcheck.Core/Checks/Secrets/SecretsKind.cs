using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Secrets;

/// <summary>
/// <c>secrets</c>: checks a .env file against .env.example or a <c>required</c> list: every variable set, not empty,
/// not a placeholder, and sensitive ones long and random enough. Values are never printed, stored or quoted.
/// </summary>
public sealed class SecretsKind : ICheckKind
{
    internal const string EnvOption = "env";
    internal const string ExampleOption = "example";
    internal const string RequiredOption = "required";
    internal const string SensitiveOption = "sensitive";
    internal const string MinLengthOption = "min_length";
    internal const string MinEntropyOption = "min_entropy";
    internal const string PlaceholdersOption = "placeholders";
    internal const string ScanOption = "scan";

    /// <summary>The options about the .env file; a step with none of them and a scan only scans.</summary>
    internal static readonly string[] EnvOptions = [EnvOption, ExampleOption, RequiredOption, SensitiveOption, MinLengthOption, MinEntropyOption, PlaceholdersOption];

    internal const string ConfigOption = "config";
    internal const string BaselineOption = "baseline";

    internal const string DefaultEnv = ".env";
    internal const string DefaultExample = ".env.example";
    internal const long DefaultMinLength = 16;
    internal const double DefaultMinEntropy = 3.0;
    internal static readonly string[] DefaultSensitive = ["*SECRET*", "*KEY*", "*TOKEN*", "*PASSWORD*"];

    /// <inheritdoc/>
    public string Name => "secrets";

    /// <inheritdoc/>
    public string Description => "Checks a .env file against .env.example or a required list (set, not empty, not a placeholder, sensitive values long and random); values are never shown.";

    /// <inheritdoc/>
    public string? ShorthandOption => EnvOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(EnvOption, OptionType.Text, "The .env file, relative to the checklist's folder; default .env."),
        new(ExampleOption, OptionType.Text, "The file whose names are required; default .env.example when it exists (then it must exist)."),
        new(RequiredOption, OptionType.TextList, "Names that must be set, on top of the example's."),
        new(SensitiveOption, OptionType.TextList, "Name patterns (* for any run, case-insensitive) whose values must be long and random; default *SECRET*, *KEY*, *TOKEN*, *PASSWORD*."),
        new(MinLengthOption, OptionType.Integer, "The fewest characters a sensitive value may have; default 16."),
        new(MinEntropyOption, OptionType.Number, "The least Shannon entropy of a sensitive value, in bits per character (0 to 8); default 3.0."),
        new(PlaceholdersOption, OptionType.TextList, "More placeholder values on top of the built-in ones (whole value, * for any run, case-insensitive)."),
        new(ScanOption, OptionType.TextList, "Folders or files to scan for hardcoded secrets (keys, tokens, private keys, passwords in URLs); .gitignore is respected. A step with only scan options checks no .env file."),
        new(ConfigOption, OptionType.Text, "A gitleaks-format rules file for the scan; default .gitleaks.toml at the scanned folder, else Shipcheck's rules."),
        new(BaselineOption, OptionType.Text, "A previous JSON scan report whose findings are not reported again."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = FindingObservations.Schema(
        ("variables", ValueKind.Number, "How many variables the .env file sets (duplicates counted once)."),
        ("missing", ValueKind.List, "Required names the .env file does not set."),
        ("empty", ValueKind.List, "Names set to an empty value."),
        ("placeholders", ValueKind.List, "Names whose value is a placeholder."),
        ("weak", ValueKind.List, "Sensitive names whose value is too short or not random enough."),
        ("hardcoded", ValueKind.Number, "How many hardcoded secrets the scan found (0 without scan)."),
        ("files_scanned", ValueKind.Number, "How many files the scan read (0 without scan)."));

    /// <inheritdoc/>
    public string DefaultExpectation => FindingObservations.DefaultExpectation;

    /// <inheritdoc/>
    public string? CaptureObservation => "failures";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromMinutes(5);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Get(MinLengthOption, DefaultMinLength) < 0)
        {
            diagnostics.Add(options.SpanOf(MinLengthOption), "'min_length' is negative", "give a number of characters, for example 'min_length: 32'");
        }
        if (options.Get(MinEntropyOption, DefaultMinEntropy) is < 0 or > 8)
        {
            diagnostics.Add(options.SpanOf(MinEntropyOption), "'min_entropy' is outside 0 to 8 bits per character", "random hex has about 4, random base64 about 5.5; for example 'min_entropy: 3.5'");
        }
        foreach (var name in options.TextList(RequiredOption).Where(t => t.IsLiteral && !EnvFile.IsName(t.Source)))
        {
            diagnostics.Add(options.SpanOf(RequiredOption), $"'{name.Source}' in 'required' is not a variable name", "use letters, digits, '_' and '.', not starting with a digit");
        }
        if (options.Has(SensitiveOption) && options.TextList(SensitiveOption).Any(t => t.IsLiteral && t.Source.Trim('*').Length == 0))
        {
            diagnostics.Add(options.SpanOf(SensitiveOption), "a 'sensitive' pattern is empty or only '*', so it would match every name", "name the part sensitive names share, for example '*SECRET*'");
        }
    }

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new SecretsProbe(SecretsOptions.From(options));
}

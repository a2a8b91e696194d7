using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.History;

/// <summary><c>history</c>: appends the run's deployment-log entry to a Markdown file such as <c>docs/deployment/HISTORY.md</c>.</summary>
public sealed class HistoryKind : ICheckKind
{
    internal const string PathOption = "path";

    /// <inheritdoc/>
    public string Name => "history";

    /// <inheritdoc/>
    public string Description => "Appends the run's deployment-log entry (date, version, commit, status, verification) to a Markdown file.";

    /// <inheritdoc/>
    public string? ShorthandOption => PathOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(PathOption, OptionType.Text, $"The file to append to, relative to the checklist's folder; created with a '{HistoryFile.Heading}' heading when missing.") { Required = true },
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        ("written", ValueKind.Bool, "True when the entry was appended."),
        ("path", ValueKind.String, "The full path of the file."));

    /// <inheritdoc/>
    public string DefaultExpectation => "written";

    /// <inheritdoc/>
    public string? CaptureObservation => null;

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Text(PathOption) is { IsLiteral: true } path && string.IsNullOrWhiteSpace(path.Source))
        {
            diagnostics.Add(options.SpanOf(PathOption), "the history file path is empty", "name the file to append to, for example 'history: docs/deployment/HISTORY.md'");
        }
    }

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) =>
        new HistoryProbe(options.Text(PathOption) ?? Template.Literal(""));
}

using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Files;

/// <summary><c>file</c>: looks at one file: whether it exists, its size, age, hash and content.</summary>
/// <remarks>The namespace is <c>Files</c> so that <c>File</c> keeps meaning <see cref="System.IO.File"/> in sibling namespaces.</remarks>
public sealed class FileKind : IRemoteCheckKind
{
    internal const string PathOption = "path";
    internal const string ContainsOption = "contains";

    /// <inheritdoc/>
    public string Name => "file";

    /// <inheritdoc/>
    public string Description => "Looks at a file; observes whether it exists, its size, age, SHA-256 and content.";

    /// <inheritdoc/>
    public string? ShorthandOption => PathOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(PathOption, OptionType.Text, "The file, relative to the checklist's folder (on a host: to the remote user's home).") { Required = true },
        new(ContainsOption, OptionType.Text, "Text to look for anywhere in the file; the result is the 'contains' observation."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        ("exists", ValueKind.Bool, "True when the file exists."),
        ("size", ValueKind.Size, "The file's size; null when it does not exist."),
        ("modified", ValueKind.Timestamp, "When the file was last written; null when it does not exist."),
        ("age", ValueKind.Duration, "How long ago the file was last written; null when it does not exist."),
        ("sha256", ValueKind.String, "The SHA-256 of the content in lower-case hex; null when it does not exist."),
        ("content", ValueKind.String, "The first 64 KiB as UTF-8; null when it does not exist."),
        ("contains", ValueKind.Bool, "True when the file contains the 'contains' option's text; false when it does not exist or the option is not given."));

    /// <inheritdoc/>
    public string DefaultExpectation => "exists";

    /// <inheritdoc/>
    public string? CaptureObservation => "content";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Text(PathOption) is { IsLiteral: true } path && string.IsNullOrWhiteSpace(path.Source))
        {
            diagnostics.Add(options.SpanOf(PathOption), "the path is empty", "name the file, for example 'file: .demo/current/VERSION'");
        }
        if (options.Text(ContainsOption) is { IsLiteral: true } contains && contains.Source.Length == 0)
        {
            diagnostics.Add(options.SpanOf(ContainsOption), "'contains' is empty, so it would always hold", "give the text to look for, or leave 'contains' out");
        }
    }

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new FileProbe(FileOptions.From(options));

    /// <inheritdoc/>
    public IProbe CreateRemoteProbe(OptionValues options, HostDefinition host) => new RemoteFileProbe(FileOptions.From(options), host);
}

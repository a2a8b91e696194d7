using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Files;

/// <summary>What a <c>file</c> step asks for.</summary>
/// <param name="Path">The file, relative to the checklist's folder.</param>
/// <param name="Contains">Text to look for in the whole file; null when not asked.</param>
public sealed record FileOptions(Template Path, Template? Contains)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static FileOptions From(OptionValues options) => new(
        options.Text(FileKind.PathOption) ?? Template.Literal(""),
        options.Text(FileKind.ContainsOption));
}

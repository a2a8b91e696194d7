using Shipcheck.Core.Store;

namespace Shipcheck.Core.Reports;

/// <summary>Renders a finished run in one format. Reporters only render: they never read the store or the clock.</summary>
public interface IRunReport
{
    /// <summary>The name users pass to <c>--format</c> (<c>json</c>).</summary>
    string Format { get; }

    /// <summary>The usual file extension, without the dot (<c>md</c>).</summary>
    string FileExtension { get; }

    /// <summary>The run as text in this format.</summary>
    string Render(RunRecord run);
}

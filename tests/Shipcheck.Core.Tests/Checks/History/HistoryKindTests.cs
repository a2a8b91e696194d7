using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.History;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Checks.History;

public sealed class HistoryKindTests
{
    [Fact]
    public void Is_registered_under_its_yaml_key_with_path_as_the_shorthand()
    {
        var kind = CheckKinds.Find("history");

        Assert.IsType<HistoryKind>(kind);
        Assert.Equal("path", kind.ShorthandOption);
        Assert.True(kind.Options.Single(o => o.Name == "path").Required);
    }

    [Fact]
    public void Expects_the_entry_to_be_written_and_observes_it_as_a_bool()
    {
        var kind = new HistoryKind();

        Assert.Equal("written", kind.DefaultExpectation);
        Assert.Equal(ValueKind.Bool, kind.Observations.Fields["written"]);
        Assert.Equal(ValueKind.String, kind.Observations.Fields["path"]);
        Assert.Null(kind.CaptureObservation);
        Assert.Equal(TimeSpan.FromSeconds(30), kind.DefaultTimeout);
    }

    [Fact]
    public void Rejects_an_empty_path()
    {
        var diagnostics = new DiagnosticBag();

        new HistoryKind().Validate(HistoryContexts.PathOption("  "), diagnostics);

        Assert.Equal("the history file path is empty", Assert.Single(diagnostics.Items).Message);
    }

    [Fact]
    public void Accepts_a_path_made_of_variables()
    {
        var diagnostics = new DiagnosticBag();

        new HistoryKind().Validate(HistoryContexts.PathOption("${history_file}"), diagnostics);

        Assert.False(diagnostics.HasErrors);
    }
}

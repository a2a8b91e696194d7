using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Tests.Checks;

public sealed class CheckKindsTests
{
    [Fact]
    public void Registers_the_built_in_kinds_in_documentation_order()
    {
        Assert.Equal(["run", "http", "tcp", "file", "wait", "confirm"], CheckKinds.All.Select(k => k.Name).Take(6));
    }

    [Theory]
    [InlineData("run", "exit_code == 0")]
    [InlineData("http", "status >= 200 and status < 400")]
    [InlineData("tcp", "connected")]
    [InlineData("file", "exists")]
    [InlineData("wait", "true")]
    [InlineData("confirm", "confirmed")]
    [InlineData("sql", "rows > 0")]
    public void Gives_each_kind_its_default_expectation(string name, string expectation)
    {
        Assert.Equal(expectation, CheckKinds.Find(name)!.DefaultExpectation);
    }

    [Theory]
    [InlineData("run", "command", 600)]
    [InlineData("http", "url", 30)]
    [InlineData("tcp", "address", 10)]
    [InlineData("file", "path", 30)]
    [InlineData("wait", "duration", -1)]
    [InlineData("confirm", "question", -1)]
    public void Gives_each_kind_its_shorthand_and_default_timeout(string name, string shorthand, int timeoutSeconds)
    {
        var kind = CheckKinds.Find(name)!;

        Assert.Equal(shorthand, kind.ShorthandOption);
        Assert.Equal(timeoutSeconds < 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(timeoutSeconds), kind.DefaultTimeout);
    }

    [Fact]
    public void Declares_every_shorthand_option_and_capture_observation()
    {
        Assert.All(CheckKinds.All, kind =>
        {
            Assert.True(kind.ShorthandOption is null || kind.Options.Any(o => o.Name == kind.ShorthandOption), kind.Name);
            Assert.True(kind.CaptureObservation is null || kind.Observations.Fields.ContainsKey(kind.CaptureObservation), kind.Name);
            Assert.Equal(kind.Options.Count, kind.Options.Select(o => o.Name).Distinct().Count());
            Assert.All(kind.Observations.Descriptions.Values, d => Assert.False(string.IsNullOrWhiteSpace(d)));
        });
    }

    [Fact]
    public void Lets_run_file_logs_and_process_steps_run_on_a_host()
    {
        Assert.Equal(["run", "file", "logs", "process"], CheckKinds.All.OfType<IRemoteCheckKind>().Select(k => k.Name));
    }
}

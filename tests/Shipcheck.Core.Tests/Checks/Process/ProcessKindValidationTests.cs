using Shipcheck.Core.Checks.Processes;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.ProcessChecks;

public sealed class ProcessKindValidationTests
{
    private readonly ProcessKind _kind = new();

    [Fact]
    public void Accepts_a_name_with_a_window()
    {
        Assert.Empty(TestOptions.Validate(_kind, TestOptions.Of(("name", "connector-wss"), ("window", TimeSpan.FromMinutes(30)))).Items);
    }

    [Fact]
    public void Rejects_a_step_that_names_no_process()
    {
        Assert.Equal("process needs one of pid_file, name or unit", Assert.Single(TestOptions.Validate(_kind, TestOptions.Of()).Items).Message);
    }

    [Fact]
    public void Rejects_two_ways_to_find_the_process()
    {
        var options = TestOptions.Of(("pid_file", "app.pid"), ("unit", "app.service"));

        Assert.Equal("give only one of pid_file, name or unit, not pid_file and unit", Assert.Single(TestOptions.Validate(_kind, options).Items).Message);
    }

    [Fact]
    public void Rejects_an_empty_window()
    {
        var options = TestOptions.Of(("name", "app"), ("window", TimeSpan.Zero));

        Assert.Equal("the window must be longer than 0", Assert.Single(TestOptions.Validate(_kind, options).Items).Message);
    }
}

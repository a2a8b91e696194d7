using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Logs;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Logs;

public sealed class LogsKindValidationTests
{
    private readonly LogsKind _kind = new();

    [Fact]
    public void Accepts_globs_tail_since_and_patterns()
    {
        var options = TestOptions.Of(("path", new[] { "logs/*.log", "app.log" }), ("tail", 100L), ("since", TimeSpan.FromMinutes(10)),
            ("error_pattern", "ERROR|FATAL"), ("ignore", new[] { "ALREADY_IN_SUBSCRIBE" }));

        Assert.Empty(TestOptions.Validate(_kind, options).Items);
    }

    [Theory]
    [InlineData("path", " ", "a path is empty")]
    [InlineData("path", "logs/*/app.log", "'logs/*/app.log' has a wildcard in a folder name")]
    [InlineData("error_pattern", "(unclosed", "'error_pattern' is not a valid regular expression")]
    [InlineData("ignore", "[", "'ignore' is not a valid regular expression")]
    public void Rejects_bad_paths_and_patterns(string option, string value, string message)
    {
        var options = option == "error_pattern" ? TestOptions.Of(("path", new[] { "app.log" }), (option, value))
            : option == "ignore" ? TestOptions.Of(("path", new[] { "app.log" }), (option, new[] { value }))
            : TestOptions.Of((option, new[] { value }));

        Assert.StartsWith(message, Assert.Single(TestOptions.Validate(_kind, options).Items).Message);
    }

    [Fact]
    public void Rejects_a_tail_of_zero() =>
        Assert.Equal("'tail' must be at least 1", Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("path", new[] { "a.log" }), ("tail", 0L))).Items).Message);

    [Fact]
    public void Is_registered_with_its_default_expectation_and_timeout()
    {
        var kind = CheckKinds.Find("logs");

        Assert.IsType<LogsKind>(kind);
        Assert.Equal("errors == 0", kind.DefaultExpectation);
        Assert.Equal("path", kind.ShorthandOption);
        Assert.Equal(TimeSpan.FromMinutes(1), kind.DefaultTimeout);
    }
}

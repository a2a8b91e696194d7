using Shipcheck.Core.Expectations;
using static Shipcheck.Core.Tests.Expectations.Expressions;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class SmokeTests
{
    [Fact]
    public void Explains_a_failed_status_check_with_the_observed_value()
    {
        var scope = new TestValueScope().With("status", Value.Of(503));

        var outcome = Evaluate("status == 200", scope);

        Assert.False(outcome.Holds);
        Assert.Equal("status (503) == 200", outcome.Explanation);
    }

    [Fact]
    public void Holds_for_a_combined_http_expectation()
    {
        var scope = new TestValueScope()
            .With("status", Value.Of(200))
            .With("latency", Value.Of(TimeSpan.FromMilliseconds(120)))
            .WithJson("""{"status": "healthy", "items": [{"status": "ok"}]}""");

        var outcome = Evaluate("status == 200 and json.status == \"healthy\" and latency < 500ms and json.items[0].status == 'ok'", scope);

        Assert.True(outcome.Holds, outcome.Explanation);
        Assert.Empty(TypeErrors("status == 200 and json.status == \"healthy\" and latency < 500ms"));
    }
}

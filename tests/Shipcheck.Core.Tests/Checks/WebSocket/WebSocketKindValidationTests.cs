using Shipcheck.Core.Checks.WebSockets;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.WebSockets;

public sealed class WebSocketKindValidationTests
{
    private readonly WebSocketKind _kind = new();

    [Fact]
    public void Accepts_a_complete_step()
    {
        var options = TestOptions.Of(
            ("url", "wss://127.0.0.1:8765/quotes"),
            ("send", "{\"limit\":1}"),
            ("headers", new Dictionary<string, string> { ["Authorization"] = "Bearer x" }),
            ("expect_messages", 2),
            ("wait", TimeSpan.FromSeconds(2)),
            ("tls_verify", false));

        Assert.Empty(TestOptions.Validate(_kind, options).Items);
    }

    [Fact]
    public void Rejects_a_literal_url_that_is_not_ws_or_wss()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("url", "http://127.0.0.1:8765/"))).Items);

        Assert.Equal("'http://127.0.0.1:8765/' is not an absolute ws:// or wss:// URL", diagnostic.Message);
    }

    [Fact]
    public void Leaves_a_url_built_from_variables_to_run_time()
    {
        Assert.Empty(TestOptions.Validate(_kind, TestOptions.Of(("url", "${feed}/quotes"))).Items);
    }

    [Fact]
    public void Rejects_expecting_fewer_than_one_message()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("url", "ws://127.0.0.1/"), ("expect_messages", 0))).Items);

        Assert.Equal("expect_messages must be at least 1", diagnostic.Message);
    }

    [Fact]
    public void Rejects_a_wait_of_zero()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("url", "ws://127.0.0.1/"), ("wait", TimeSpan.Zero))).Items);

        Assert.Equal("wait must be longer than zero", diagnostic.Message);
    }
}

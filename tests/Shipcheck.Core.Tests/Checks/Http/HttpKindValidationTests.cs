using Shipcheck.Core.Checks.Http;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Http;

public sealed class HttpKindValidationTests
{
    private readonly HttpKind _kind = new();

    [Fact]
    public void Accepts_a_complete_request()
    {
        var options = TestOptions.Of(
            ("url", "https://127.0.0.1:8443/health"),
            ("method", "post"),
            ("headers", new Dictionary<string, string> { ["Accept"] = "application/json" }));

        Assert.Empty(TestOptions.Validate(_kind, options).Items);
    }

    [Fact]
    public void Rejects_an_unknown_method_with_a_suggestion()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("url", "http://127.0.0.1/"), ("method", "DELET"))).Items);

        Assert.Equal("unknown HTTP method 'DELET'", diagnostic.Message);
        Assert.Equal("did you mean 'DELETE'?", diagnostic.Hint);
    }

    [Fact]
    public void Rejects_a_literal_url_that_is_not_absolute_http()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("url", "localhost:8080/health"))).Items);

        Assert.Equal("'localhost:8080/health' is not an absolute http:// or https:// URL", diagnostic.Message);
    }

    [Fact]
    public void Leaves_a_url_built_from_variables_to_run_time()
    {
        Assert.Empty(TestOptions.Validate(_kind, TestOptions.Of(("url", "${base}/health"))).Items);
    }

    [Fact]
    public void Rejects_a_header_name_with_a_space()
    {
        var options = TestOptions.Of(("url", "http://127.0.0.1/"), ("headers", new Dictionary<string, string> { ["Bad Header"] = "x" }));

        Assert.Equal("'Bad Header' is not a valid header name", Assert.Single(TestOptions.Validate(_kind, options).Items).Message);
    }
}

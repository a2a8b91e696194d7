using Shipcheck.Core.Checks.Tcp;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Tcp;

public sealed class TcpKindValidationTests
{
    private readonly TcpKind _kind = new();

    [Theory]
    [InlineData("127.0.0.1:5432")]
    [InlineData("127.0.0.1:${port}")]
    [InlineData("${target}")]
    public void Accepts_an_address_that_is_or_may_become_host_and_port(string address)
    {
        Assert.Empty(TestOptions.Validate(_kind, TestOptions.Of(("address", address))).Items);
    }

    [Fact]
    public void Rejects_a_literal_address_whose_port_is_out_of_range()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("address", "127.0.0.1:70000"))).Items);

        Assert.Equal("'127.0.0.1:70000' is not host:port with a port from 1 to 65535", diagnostic.Message);
    }

    [Fact]
    public void Rejects_a_step_without_a_target()
    {
        Assert.Equal("tcp needs an address (host:port), or host and port", Assert.Single(TestOptions.Validate(_kind, TestOptions.Of()).Items).Message);
    }

    [Fact]
    public void Rejects_address_together_with_host()
    {
        var options = TestOptions.Of(("address", "a:1"), ("host", "b"), ("port", "2"));

        Assert.Equal("give either address, or host and port, not both", Assert.Single(TestOptions.Validate(_kind, options).Items).Message);
    }

    [Fact]
    public void Rejects_a_host_without_a_port_and_a_port_out_of_range()
    {
        Assert.Equal("host needs a port", Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("host", "db"))).Items).Message);
        Assert.Equal("'0' is not a port from 1 to 65535", Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("host", "db"), ("port", "0"))).Items).Message);
    }
}

using Shipcheck.Core.Checks.Tcp;

namespace Shipcheck.Core.Tests.Checks.Tcp;

public sealed class TcpAddressTests
{
    [Theory]
    [InlineData("127.0.0.1:5432", "127.0.0.1", 5432)]
    [InlineData(" db.internal:1 ", "db.internal", 1)]
    [InlineData("[::1]:65535", "::1", 65535)]
    public void Reads_host_and_port(string text, string host, int port)
    {
        Assert.True(TcpAddress.TryParse(text, out var address));
        Assert.Equal(new TcpAddress(host, port), address);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData(":80")]
    [InlineData("host:0")]
    [InlineData("host:65536")]
    [InlineData("host:-1")]
    [InlineData("host:http")]
    [InlineData("::1:80")]
    [InlineData("[]:80")]
    public void Rejects_text_without_a_host_and_a_valid_port(string text)
    {
        Assert.False(TcpAddress.TryParse(text, out _));
    }
}

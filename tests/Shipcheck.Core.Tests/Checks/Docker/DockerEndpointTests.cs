using System.Text.Json;
using Shipcheck.Core.Checks.Docker;

namespace Shipcheck.Core.Tests.Checks.Docker;

public sealed class DockerEndpointTests
{
    [Theory]
    [InlineData("unix:///var/run/docker.sock", "/var/run/docker.sock", "http://docker/")]
    [InlineData(" unix:///run/user/1000/docker.sock ", "/run/user/1000/docker.sock", "http://docker/")]
    [InlineData("tcp://127.0.0.1:2375", null, "http://127.0.0.1:2375/")]
    [InlineData("tcp://127.0.0.1", null, "http://127.0.0.1:2375/")]
    [InlineData("tcp://build-host:80/", null, "http://build-host/")]
    [InlineData("tcp://[::1]:4243", null, "http://[::1]:4243/")]
    public void Reads_unix_sockets_and_plain_tcp(string text, string? socketPath, string baseAddress)
    {
        Assert.True(DockerEndpoint.TryParse(text, out var endpoint, out var error), error);

        Assert.Equal(socketPath, endpoint.SocketPath);
        Assert.Equal(baseAddress, endpoint.BaseAddress.ToString());
    }

    [Theory]
    [InlineData("ssh://deploy@host", "'ssh://deploy@host' is not a Docker endpoint Shipcheck can use")]
    [InlineData("https://127.0.0.1:2376", "'https://127.0.0.1:2376' is not a Docker endpoint Shipcheck can use")]
    [InlineData("tcp://127.0.0.1:2375/path", "'tcp://127.0.0.1:2375/path' is not a Docker endpoint Shipcheck can use")]
    [InlineData("unix://run/docker.sock", "'unix://run/docker.sock' needs an absolute socket path, as in unix:///var/run/docker.sock")]
    public void Refuses_what_it_cannot_talk_to(string text, string message)
    {
        Assert.False(DockerEndpoint.TryParse(text, out _, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void Refuses_a_socket_path_longer_than_the_system_allows()
    {
        Assert.False(DockerEndpoint.TryParse("unix:///" + new string('a', 120), out _, out var error));
        Assert.Contains("longer than a unix socket path may be", error);
    }

    [Theory]
    [InlineData("1.41", "1.12", "1.41")]
    [InlineData("1.47", "1.24", "1.41")]
    [InlineData("1.40", "1.12", "1.40")]
    [InlineData("1.52", "1.44", "1.44")]
    public void Agrees_on_api_1_41_or_the_nearest_the_engine_speaks(string newest, string oldest, string chosen)
    {
        using var version = JsonDocument.Parse($$"""{"ApiVersion": "{{newest}}", "MinAPIVersion": "{{oldest}}"}""");

        Assert.Equal(chosen, ApiVersion.Choose(version.RootElement, Endpoint()));
    }

    [Fact]
    public void Refuses_an_engine_older_than_api_1_25()
    {
        using var version = JsonDocument.Parse("""{"ApiVersion": "1.24"}""");

        var refused = Assert.Throws<DockerEngineException>(() => ApiVersion.Choose(version.RootElement, Endpoint()));
        Assert.Contains("speaks API 1.24, older than the 1.25 Shipcheck needs", refused.Message);
    }

    private static DockerEndpoint Endpoint()
    {
        Assert.True(DockerEndpoint.TryParse(DockerEndpoint.DefaultHost, out var endpoint, out _));
        return endpoint;
    }
}

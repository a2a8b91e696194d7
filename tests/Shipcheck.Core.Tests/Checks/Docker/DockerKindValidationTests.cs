using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Docker;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Docker;

public sealed class DockerKindValidationTests
{
    private readonly DockerKind _kind = new();

    private IReadOnlyList<string> Problems(params (string Name, object Value)[] options) =>
        [.. TestOptions.Validate(_kind, TestOptions.Of(options)).Items.Select(d => d.Message)];

    [Fact]
    public void Accepts_names_or_labels_with_a_project_and_an_endpoint()
    {
        Assert.Empty(Problems(("containers", new[] { "api-server", "stock-redis" })));
        Assert.Empty(Problems(("label", new[] { "tier=backend", "monitored" }), ("project", "stock"), ("endpoint", "tcp://127.0.0.1:2375")));
        Assert.Empty(Problems(("project", "stock"), ("endpoint", "unix:///run/user/1000/docker.sock")));
    }

    [Fact]
    public void Rejects_a_step_that_says_no_container() =>
        Assert.StartsWith("a docker step needs containers, label or project", Assert.Single(Problems()));

    [Fact]
    public void Rejects_names_together_with_a_label() =>
        Assert.Equal("containers cannot be combined with label or project",
            Assert.Single(Problems(("containers", new[] { "api" }), ("project", "stock"))));

    [Theory]
    [InlineData("containers", " ", "a container name is empty")]
    [InlineData("label", "=backend", "a label filter has no label name")]
    public void Rejects_empty_names_and_labels(string option, string value, string message) =>
        Assert.Equal(message, Assert.Single(Problems((option, new[] { value }))));

    [Theory]
    [InlineData("ssh://deploy@host", "'ssh://deploy@host' is not a Docker endpoint Shipcheck can use")]
    [InlineData("unix://docker.sock", "'unix://docker.sock' needs an absolute socket path, as in unix:///var/run/docker.sock")]
    [InlineData("/var/run/docker.sock", "'/var/run/docker.sock' is not a Docker endpoint Shipcheck can use")]
    public void Rejects_an_endpoint_it_cannot_use(string endpoint, string message)
    {
        var problem = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("project", "stock"), ("endpoint", endpoint))).Items);

        Assert.Equal(message, problem.Message);
        Assert.Equal(DockerEndpoint.Hint, problem.Hint);
    }

    [Fact]
    public void Is_registered_with_its_default_expectation_shorthand_and_timeout()
    {
        var kind = CheckKinds.Find("docker");

        Assert.IsType<DockerKind>(kind);
        Assert.Equal("all_running", kind.DefaultExpectation);
        Assert.Equal("containers", kind.ShorthandOption);
        Assert.Equal(TimeSpan.FromSeconds(30), kind.DefaultTimeout);
        Assert.NotNull(kind.Observations.Series);
    }
}

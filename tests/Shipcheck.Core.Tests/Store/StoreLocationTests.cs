using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Store;

public sealed class StoreLocationTests
{
    [Fact]
    public void Defaults_to_a_shipcheck_folder_beside_the_checklist()
    {
        var path = StoreLocation.Resolve("deploy/shipcheck.yaml", null, null, "/srv/demo");

        Assert.Equal("/srv/demo/deploy/.shipcheck/shipcheck.db", path);
    }

    [Fact]
    public void Uses_the_environment_variable_over_the_default()
    {
        var path = StoreLocation.Resolve("/srv/demo/shipcheck.yaml", null, "/var/lib/shipcheck/runs.db", "/tmp");

        Assert.Equal("/var/lib/shipcheck/runs.db", path);
    }

    [Fact]
    public void Uses_an_explicit_path_over_the_environment_variable()
    {
        var path = StoreLocation.Resolve("/srv/demo/shipcheck.yaml", "runs.db", "/var/lib/shipcheck/runs.db", "/home/alice");

        Assert.Equal("/home/alice/runs.db", path);
    }

    [Fact]
    public void Ignores_an_empty_environment_variable()
    {
        var path = StoreLocation.Resolve("/srv/demo/shipcheck.yaml", null, " ", "/tmp");

        Assert.Equal("/srv/demo/.shipcheck/shipcheck.db", path);
    }
}

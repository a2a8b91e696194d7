using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Tests.Checks.Docker;

/// <summary>How docker steps load: short forms, per-container expectations, and mistakes caught before anything runs.</summary>
public sealed class DockerChecklistLoadingTests
{
    private static IReadOnlyList<string> Problems(string verify)
    {
        var result = ChecklistLoader.LoadText($"service: demo\nverify:\n{verify}", "deploy.yaml", Path.Combine(Path.GetTempPath(), "deploy.yaml"), CheckKinds.All);
        return [.. result.Problems.Select(p => p.Render())];
    }

    [Theory]
    [InlineData("  - docker: api-server")]
    [InlineData("  - docker: [api-server, stock-redis]")]
    [InlineData("  - docker_logs: real-collector")]
    [InlineData("  - docker: { project: stock }\n    expect: [ all(restart_count == 0), any(health == \"healthy\"), count >= 3, age(started_at) > 30s ]")]
    [InlineData("  - docker: { label: [tier=web] }\n    expect: running and labels[\"tier\"] == \"web\"")]
    [InlineData("  - docker_logs: { container: real-collector, tail: 20 }\n    expect: count(\"PUBLISHED\") >= 1")]
    public void Loads(string verify) => Assert.Empty(Problems(verify));

    [Fact]
    public void Loads_the_documented_examples() => Assert.Empty(Problems("""
          - name: nothing restarted since the deploy
            docker: { project: stock-monitoring }
            expect: [ restart_count == 0, age(started_at) > 30s ]
          - name: backends healthy
            docker: { label: [tier=backend] }
            expect: health == "healthy"
        """));

    [Fact]
    public void Loads_seed_000s_checks() =>
        Assert.Empty(ChecklistLoader.LoadText(DockerChecklistTests.SeedVerify, "deploy.yaml", Path.Combine(Path.GetTempPath(), "deploy.yaml"), CheckKinds.All).Problems);

    [Fact]
    public void Rejects_a_misspelled_observation_with_a_suggestion() =>
        Assert.Contains(Problems("  - docker: api-server\n    expect: all_runing"), p => p.Contains("did you mean 'all_running'", StringComparison.Ordinal));

    [Fact]
    public void Rejects_an_endpoint_it_cannot_use_at_load_time() =>
        Assert.Contains(Problems("  - docker: { containers: [api], endpoint: 'ssh://deploy@host' }"),
            p => p.Contains("'ssh://deploy@host' is not a Docker endpoint Shipcheck can use", StringComparison.Ordinal));
}

using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Tests.Checklists;

public sealed class LoaderWarmupTests
{
    private const string Checklist = """
        service: warm
        deploy:
          - name: answers
            http: http://127.0.0.1:1/health
            until: 30s
            every: 500ms
            expect:
              - status == 200
        """;

    [Fact]
    public void A_load_beside_the_warm_up_gives_the_same_checklist_and_the_warm_up_ends()
    {
        var warmUp = LoaderWarmup.Start();
        var beside = ChecklistLoader.LoadText(Checklist, "warm.yaml", "/tmp/warm.yaml", CheckKinds.All);

        Assert.True(warmUp.Join(TimeSpan.FromMinutes(1)), "the warm-up thread did not finish");
        var after = ChecklistLoader.LoadText(Checklist, "warm.yaml", "/tmp/warm.yaml", CheckKinds.All);
        Assert.True(beside.Success, string.Join("; ", beside.Problems.Select(p => p.Message)));
        Assert.Equal(after.Checklist!.Phases.Sum(p => p.Value.Count), beside.Checklist!.Phases.Sum(p => p.Value.Count));
        Assert.Equal(1, beside.Checklist.Phases.Sum(p => p.Value.Count));
    }
}

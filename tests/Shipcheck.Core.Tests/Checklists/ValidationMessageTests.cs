using Shipcheck.Core.Checklists.Loading;

namespace Shipcheck.Core.Tests.Checklists;

/// <summary>
/// Every invalid checklist under Invalid/ has an .expected.txt beside it holding the exact messages a user reads, so
/// a change in wording is a visible diff. Set SHIPCHECK_UPDATE_SNAPSHOTS=1 to rewrite them after a deliberate change.
/// </summary>
public sealed class ValidationMessageTests
{
    public static TheoryData<string> InvalidChecklists() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Checklists", "Invalid"), "*.yaml").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(InvalidChecklists))]
    public void Reports_every_problem_with_position_and_hint(string file)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Checklists", "Invalid");
        var text = File.ReadAllText(Path.Combine(folder, file));

        var result = ChecklistLoader.LoadText(text, file, Path.Combine(folder, file), Core.Checks.CheckKinds.All);

        Assert.False(result.Success);
        Assert.Null(result.Checklist);
        var actual = string.Join("\n", result.Problems.Select(p => p.Render())) + "\n";
        Snapshots.AssertMatches(Path.Combine("Checklists", "Invalid", Path.ChangeExtension(file, ".expected.txt")), actual);
    }

    [Fact]
    public void Loads_a_checklist_that_uses_every_phase_and_kind()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Checklists", "Valid", "everything.yaml");

        var result = ChecklistLoader.Load(path);

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Checklist);
        Assert.Equal("demo", result.Checklist!.Service);
        Assert.Equal(["port", "url", "health"], result.Checklist.Variables.Select(v => v.Name));
        Assert.Equal(["health", "port open"], result.Checklist.Stability!.Repeat.Select(s => s.Name));
        var deploy = result.Checklist.StepsOf(Core.Engine.Phase.Deploy).SelectMany(Core.Checklists.StepNodes.Flatten).ToList();
        Assert.Equal(["migrate schema"], deploy.Where(s => s.Irreversible).Select(s => s.Name));
        Assert.False(result.Checklist.RollbackAfterIrreversibleAllowed);
    }
}

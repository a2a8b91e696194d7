using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Gates.Signoffs;

namespace Shipcheck.Core.Tests.Gates;

/// <summary><c>freeze:</c> and <c>signoffs:</c> as the loader reads them, and every mistake it reports with its place.</summary>
public sealed class GateChecklistTests
{
    private static readonly string FullPath = Path.Combine(Path.GetTempPath(), "gates", "shipcheck.yaml");

    private static LoadResult Load(string gates) => ChecklistLoader.LoadText($"""
        service: stock-monitoring
        environment: production
        {gates}
        deploy:
          - run: ./deploy.sh
        """, "shipcheck.yaml", FullPath, Core.Checks.CheckKinds.All);

    [Fact]
    public void Reads_freeze_windows_of_every_kind_and_sign_off_points()
    {
        var result = Load("""
            freeze:
              - name: market open
                timezone: Asia/Seoul
                days: mon-fri
                between: "09:00-09:30"
                override: { signoff: release-manager, reason: required, wait: 10m }
              - name: holidays
                dates: ["2026-12-24..2026-12-26", 2027-01-01]
              - name: documentation freeze
                file: flags/docs-freeze
            signoffs:
              - before: deploy
                roles: [DevOps Lead, Service Owner, QA Lead, Product Manager, Security]
                required: 3
                wait: 30m
              - before: completion
                roles: Service Owner
                allow_self: true
            """);

        Assert.True(result.Success, string.Join("\n", result.Problems));
        var checklist = result.Checklist!;
        Assert.Equal(["market open", "holidays", "documentation freeze"], checklist.Freezes.Select(f => f.Name));
        Assert.Equal("mon,tue,wed,thu,fri 09:00-09:30 Asia/Seoul", checklist.Freezes[0].Describe());
        Assert.Equal("release-manager", checklist.Freezes[0].Override!.Role);
        Assert.Equal(TimeSpan.FromMinutes(10), checklist.Freezes[0].Override!.Wait);
        Assert.Equal("2026-12-24..2026-12-26, 2027-01-01 UTC", checklist.Freezes[1].Describe());
        Assert.Equal(Path.Combine(Path.GetDirectoryName(FullPath)!, "flags", "docs-freeze"), checklist.Freezes[2].FlagFile);
        var deploy = checklist.Signoffs[0];
        Assert.Equal((SignoffMoment.Deploy, 5, 3, TimeSpan.FromMinutes(30), false), (deploy.Before, deploy.Roles.Count, deploy.Required, deploy.Wait, deploy.AllowSelf));
        var completion = checklist.Signoffs[1];
        Assert.Equal((SignoffMoment.Completion, 1, TimeSpan.Zero, true), (completion.Before, completion.Required, completion.Wait, completion.AllowSelf));
    }

    [Theory]
    [InlineData("freeze:\n  - name: a\n    timezone: Mars/Olympus\n    days: mon", "5:15", "'Mars/Olympus' is not a time zone")]
    [InlineData("freeze:\n  - name: a\n    between: \"9-10\"", "5:14", "'9-10' is not a time window")]
    [InlineData("freeze:\n  - name: a\n    days: mon-funday", "5:11", "'mon-funday' is not a list of weekdays")]
    [InlineData("freeze:\n  - name: a\n    dates: [2026-12-26..2026-12-24]", "5:13", "is not a date or a date range")]
    [InlineData("freeze:\n  - name: a", "4:5", "names no condition")]
    [InlineData("freeze:\n  - days: mon", "4:5", "a freeze needs 'name'")]
    [InlineData("freeze:\n  - name: a\n    days: mon\n    betwen: \"09:00-10:00\"", "6:5", "unknown key 'betwen'")]
    [InlineData("freeze:\n  - name: a\n    days: mon\n    override: { reason: required }", "6:15", "needs 'signoff'")]
    [InlineData("freeze:\n  - name: a\n    days: mon\n    override: { signoff: rm, reason: optional }", "6:38", "reason: 'optional' is not allowed")]
    [InlineData("freeze:\n  - name: a\n    days: mon\n  - name: a\n    days: tue", "6:5", "two freezes are named 'a'")]
    [InlineData("signoffs:\n  - roles: [QA Lead, Security]\n    required: 3", "5:15", "required: 3 is not between 1 and the 2")]
    [InlineData("signoffs:\n  - before: deplyo\n    roles: [QA Lead]", "4:13", "'deplyo' is not one of deploy, completion")]
    [InlineData("signoffs:\n  - before: deploy", "4:5", "needs at least one role")]
    [InlineData("signoffs:\n  - roles: [QA Lead, qa lead]", "4:22", "role 'qa lead' is listed twice")]
    [InlineData("signoffs:\n  - roles: [QA]\n  - roles: [Security]", "5:5", "two sign-off points are before: deploy")]
    public void Reports_a_mistake_at_its_line_and_column(string gates, string place, string message)
    {
        var result = Load(gates);

        Assert.False(result.Success);
        var problem = Assert.Single(result.Problems);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(place, $"{problem.Span.Line}:{problem.Span.Column}");
        Assert.False(string.IsNullOrEmpty(problem.Hint));
    }
}

using Shipcheck.Core.Checklists;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Tests.Engine.Fakes;
using static Shipcheck.Core.Tests.Engine.Fakes.TestSteps;

namespace Shipcheck.Core.Tests.Engine;

public sealed class RunPreparationTests
{
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);
    private readonly JumpingTimeProvider _time = new();

    private PreparedRun Prepare(Checklist checklist, RunRequest? request = null) =>
        RunPreparation.Prepare(checklist, request ?? new RunRequest { User = "alice", Host = "ci-1" }, name => _environment.GetValueOrDefault(name), _time);

    [Fact]
    public void Resolves_built_ins_then_vars_in_file_order_then_secrets()
    {
        _environment["API_TOKEN"] = "tok-123456";
        _environment["REGION"] = "eu-west-1";
        var checklist = Checklist(
            vars: [Var("port", "18080"), Var("url", "http://127.0.0.1:${port}/${service}"), Var("region", "${env.REGION}")],
            secrets: ["API_TOKEN"]);

        var run = Prepare(checklist, new RunRequest { Version = "1.4.2", User = "alice", Host = "ci-1" });

        Assert.Empty(run.Problems);
        Assert.Equal(["version", "service", "environment", "run_id", "user", "host", "checklist_dir", "port", "url", "region", "API_TOKEN"], run.Variables.Keys);
        Assert.Equal("1.4.2", run.Variables["version"]);
        Assert.Equal("http://127.0.0.1:18080/demo", run.Variables["url"]);
        Assert.Equal("eu-west-1", run.Variables["region"]);
        Assert.Equal(("alice", "ci-1", "test"), (run.Variables["user"], run.Variables["host"], run.Variables["environment"]));
        Assert.Equal(checklist.Directory, run.Variables["checklist_dir"]);
        Assert.Equal("tok-123456", run.Variables["API_TOKEN"]);
        Assert.Equal("****", run.MaskedVariables()["API_TOKEN"]);
    }

    [Fact]
    public void The_run_id_sorts_by_time_and_is_also_a_variable()
    {
        var run = Prepare(Checklist());

        Assert.Matches(@"^20261122T031500Z-[0-9a-f]{4}$", run.RunId);
        Assert.Equal(run.RunId, run.Variables["run_id"]);
    }

    [Fact]
    public void A_var_override_replaces_the_declared_value_and_what_depends_on_it()
    {
        var checklist = Checklist(vars: [Var("port", "18080"), Var("url", "http://127.0.0.1:${port}")]);

        var run = Prepare(checklist, new RunRequest { Variables = new Dictionary<string, string> { ["port"] = "9000" } });

        Assert.Equal("9000", run.Variables["port"]);
        Assert.Equal("http://127.0.0.1:9000", run.Variables["url"]);
    }

    [Fact]
    public void A_vars_version_is_the_default_that_the_version_flag_replaces()
    {
        var checklist = Checklist(vars: [Var("version", "1.0.0"), Var("image", "demo:${version}")]);

        Assert.Equal("demo:1.0.0", Prepare(checklist).Variables["image"]);
        Assert.Equal("demo:2.0.0", Prepare(checklist, new RunRequest { Version = "2.0.0" }).Variables["image"]);
    }

    [Fact]
    public void A_var_may_refer_to_one_declared_after_it()
    {
        var checklist = Checklist(vars: [Var("url", "http://${host_name}:80"), Var("host_name", "127.0.0.1")]);

        var run = Prepare(checklist);

        Assert.Empty(run.Problems);
        Assert.Equal("http://127.0.0.1:80", run.Variables["url"]);
    }

    [Fact]
    public void A_secret_too_short_to_mask_is_refused_before_anything_runs()
    {
        _environment["PIN"] = "123";

        var run = Prepare(Checklist(secrets: ["PIN"]));

        var problem = Assert.Single(run.Problems);
        Assert.Contains("shorter than 4 characters", problem.Message);
        Assert.False(run.IsReady);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_secret_that_is_not_set_is_a_problem_that_says_to_export_it(string? value)
    {
        if (value is not null)
        {
            _environment["DB_PASSWORD"] = value;
        }

        var run = Prepare(Checklist(secrets: ["DB_PASSWORD"]));

        var problem = Assert.Single(run.Problems);
        Assert.Equal("secret 'DB_PASSWORD' is not set: the environment variable DB_PASSWORD is unset or empty", problem.Message);
        Assert.Equal("export DB_PASSWORD=... before running shipcheck, or remove it from secrets:", problem.Hint);
        Assert.False(run.IsReady);
    }

    [Fact]
    public void A_var_override_for_an_undeclared_name_is_a_problem_with_a_suggestion()
    {
        var run = Prepare(Checklist(vars: [Var("port", "18080")]), new RunRequest { Variables = new Dictionary<string, string> { ["portt"] = "1" } });

        var problem = Assert.Single(run.Problems);
        Assert.Equal("--var portt=...: the checklist declares no variable 'portt'", problem.Message);
        Assert.Equal("did you mean 'port'?", problem.Hint);
        Assert.Equal("command line: --var portt=...: the checklist declares no variable 'portt'\n    hint: did you mean 'port'?", problem.Render());
    }

    [Fact]
    public void A_var_override_for_a_secret_or_a_built_in_is_refused()
    {
        _environment["API_TOKEN"] = "tok-123456";
        var request = new RunRequest { Variables = new Dictionary<string, string> { ["API_TOKEN"] = "x", ["version"] = "2" } };

        var run = Prepare(Checklist(secrets: ["API_TOKEN"]), request);

        Assert.Equal(
            [("--var API_TOKEN=...: 'API_TOKEN' is a secret and comes from the environment", "export API_TOKEN=... instead; values on the command line end up in shell history"),
             ("--var version=...: 'version' is a built-in variable", "use --version to set the version")],
            run.Problems.Select(p => (p.Message, p.Hint)));
    }

    [Fact]
    public void Vars_that_refer_to_each_other_are_a_cycle_reported_once()
    {
        var run = Prepare(Checklist(vars: [Var("a", "${b}"), Var("b", "x${a}")]));

        var problem = Assert.Single(run.Problems);
        Assert.Equal("variables refer to each other in a cycle: a -> b -> a", problem.Message);
    }

    [Fact]
    public void A_var_that_refers_to_an_undefined_name_is_a_problem_with_a_suggestion()
    {
        var run = Prepare(Checklist(vars: [Var("port", "1"), Var("url", "http://127.0.0.1:${portt}")]));

        var problem = Assert.Single(run.Problems);
        Assert.Equal("variable 'url' refers to ${portt}, which is not defined", problem.Message);
        Assert.Equal("did you mean 'port'?", problem.Hint);
    }
}

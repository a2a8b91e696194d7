using Shipcheck.Core.Checks;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.SecretScanning;

namespace Shipcheck.Core.Tests.Checks.Secrets;

public sealed class SecretsProbeTests : IDisposable
{
    private const string Strong = "Q7v!pL2#xR9@mK4$wZ8^tB1&nC6*hF3%";
    private readonly TempFolder _folder = new();
    private readonly ICheckKind _kind = CheckKinds.Find("secrets")!;

    public void Dispose() => _folder.Dispose();

    private Task<ProbeResult> Observe(params (string Name, object Value)[] options) =>
        Probes.Observe(_kind, TestOptions.Of(options), Probes.Context(_folder.Path));

    private void Write(string name, string text) => File.WriteAllText(_folder.File(name), text);

    private static List<(string Name, string Status, string Location)> Items(ProbeResult result) =>
        [.. Assert.IsType<ListValue>(result.Observations["series"]).Items.Cast<MapValue>().Select(m =>
            (((StringValue)m.Entries["name"]).Value, ((StringValue)m.Entries["status"]).Value, ((StringValue)m.Entries["location"]).Value))];

    private static List<string> Names(ProbeResult result, string observation) =>
        [.. Assert.IsType<ListValue>(result.Observations[observation]).Items.Select(v => ((StringValue)v).Value)];

    [Fact]
    public async Task Passes_a_complete_env_file_against_its_example()
    {
        Write(".env.example", "SECRET_KEY=\nDATABASE_URL=postgres://user:pass@localhost/db\n");
        Write(".env", $"SECRET_KEY={Strong}\nDATABASE_URL=postgres://app:pw@db.internal/app\n");

        var result = await Observe();

        Assert.Null(result.Error);
        Assert.Equal(0, result.Observations.Number("failures"));
        Assert.Equal(2, result.Observations.Number("passed"));
        Assert.Contains("32 characters", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_missing_empty_placeholder_and_weak_values_with_did_you_mean()
    {
        Write(".env.example", "SECRET_KEY=\nAPI_TOKEN=\nDATABASE_URL=\nREDIS_URL=\nSENTRY_DSN=\n");
        Write(".env", "SECRET_KEY=aaaaaaaaaaaaaaaaaaaaaaaa\nAPI_TOKN=abc\nDATABASE_URL=changeme\nREDIS_URL=\n");

        var result = await Observe();

        Assert.Equal(["API_TOKEN", "SENTRY_DSN"], Names(result, "missing"));
        Assert.Equal(["REDIS_URL"], Names(result, "empty"));
        Assert.Equal(["DATABASE_URL"], Names(result, "placeholders"));
        Assert.Equal(["SECRET_KEY"], Names(result, "weak"));
        Assert.Equal(5, result.Observations.Number("failures"));
        Assert.Contains("line 2 sets API_TOKN: did you mean API_TOKEN?", result.Output, StringComparison.Ordinal);
        Assert.Contains(("API_TOKEN", "fail", ".env:2"), Items(result));
        Assert.Contains("entropy", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Never_shows_a_value_anywhere_in_the_result()
    {
        const string planted = "PLANTEDzq8value";
        Write(".env.example", "APP_PASSWORD=\nSHORT_SECRET=\nNAME=\n");
        Write(".env", $"APP_PASSWORD={planted}\nSHORT_SECRET={planted[..6]}\nNAME={planted}\nNAME={planted}x\nbroken {planted}\n");

        var result = await Observe();

        Assert.Null(result.Error);
        var everything = string.Join("\n", [result.Output ?? "", result.Summary ?? "", Render(result.Observations)]);
        Assert.DoesNotContain("PLANT", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("zq8", everything, StringComparison.Ordinal);
        Assert.True(result.Observations.Number("failures") >= 2);
    }

    [Fact]
    public async Task Warns_about_a_duplicate_naming_both_lines()
    {
        Write(".env", "A=1\nB=2\nA=3\n");

        var result = await Observe(("required", new[] { "A", "B" }));

        Assert.Contains(("A", "warn", ".env:3"), Items(result));
        Assert.Contains("lines 1 and 3", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, result.Observations.Number("failures"));
    }

    [Fact]
    public async Task Fails_a_line_that_is_not_name_value_with_its_file_and_line()
    {
        Write(".env", "A=1\nnot an assignment\n");

        var result = await Observe();

        Assert.Contains(("line 2", "fail", ".env:2"), Items(result));
    }

    [Fact]
    public async Task Says_what_to_do_when_the_env_file_is_missing()
    {
        Write(".env.example", "A=\n");

        var result = await Observe();

        Assert.Null(result.Error);
        Assert.Equal(1, result.Observations.Number("failures"));
        Assert.Contains("copy .env.example to .env", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_a_named_example_that_does_not_exist_and_uses_the_required_list()
    {
        Write("prod.env", $"DB_PASSWORD={Strong}\n");

        var result = await Observe(("env", "prod.env"), ("example", "prod.env.example"), ("required", new[] { "DB_PASSWORD", "REGION" }));

        Assert.Equal(["REGION"], Names(result, "missing"));
        Assert.Contains(("prod.env.example", "fail", ""), Items(result));
        Assert.Contains(("DB_PASSWORD", "pass", "prod.env:1"), Items(result));
    }

    [Fact]
    public async Task Applies_the_steps_own_sensitive_patterns_and_bar()
    {
        Write(".env", "SIGNING_SALT=abcdefgh\nAPI_KEY=short\n");

        var result = await Observe(("sensitive", new[] { "*SALT" }), ("min_length", 8L), ("min_entropy", 2.5));

        Assert.Equal(0, result.Observations.Number("failures"));
        Assert.Equal(2, result.Observations.Number("passed"));
    }

    [Fact]
    public async Task Reports_a_binary_env_file_as_an_error()
    {
        File.WriteAllBytes(_folder.File(".env"), [0x41, 0x3D, 0x00, 0x01]);

        var result = await Observe();

        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_options_that_cannot_work()
    {
        var diagnostics = TestOptions.Validate(_kind, TestOptions.Of(("min_entropy", 9.0), ("required", new[] { "1BAD" }), ("sensitive", new[] { "*" })));

        Assert.Equal(3, diagnostics.Items.Count);
    }

    private static string Render(Observations observations) =>
        string.Join("\n", observations.Select(o => $"{o.Key}={Flatten(o.Value)}"));

    private static string Flatten(Value value) => value switch
    {
        ListValue list => string.Join(",", list.Items.Select(Flatten)),
        MapValue map => string.Join(",", map.Entries.Select(e => $"{e.Key}:{Flatten(e.Value)}")),
        _ => value.ToString() ?? "",
    };
}

public sealed class SecretsScanTests : IDisposable
{
    private static readonly string AwsKey = PlantedSecrets.AwsKey;
    private readonly TempFolder _folder = new();
    private readonly ICheckKind _kind = CheckKinds.Find("secrets")!;

    public void Dispose() => _folder.Dispose();

    private Task<ProbeResult> Observe(params (string Name, object Value)[] options) =>
        Probes.Observe(_kind, TestOptions.Of(options), Probes.Context(_folder.Path));

    [Fact]
    public async Task A_scan_only_step_fails_on_a_planted_key_at_its_place_without_showing_it()
    {
        Directory.CreateDirectory(_folder.File("config"));
        File.WriteAllText(_folder.File("config/app.py"), $"import os\naws_access_key_id = \"{AwsKey}\"\n");

        var result = await Observe(("scan", new[] { "." }));

        Assert.Null(result.Error);
        Assert.True(result.Observations.Number("hardcoded") == 1, result.Output);
        Assert.Equal(1, result.Observations.Number("failures"));
        Assert.Equal(0, result.Observations.Number("variables"));
        Assert.Contains("(at config/app.py:2:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(AwsKey, result.Output + result.Summary + result.Observations.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clean_tree_passes_and_says_how_much_was_scanned()
    {
        File.WriteAllText(_folder.File("app.py"), "print('hello')\n");

        var result = await Observe(("scan", new[] { "." }));

        Assert.Equal(0, result.Observations.Number("failures"));
        Assert.Equal(1, result.Observations.Number("files_scanned"));
        Assert.Contains("PASS scan . — no hardcoded secrets in 1 files", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_a_failed_item_naming_it()
    {
        var result = await Observe(("scan", new[] { "missing" }));

        Assert.Equal(1, result.Observations.Number("failures"));
        Assert.Contains("no such file or directory", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_env_option_too_both_are_judged()
    {
        File.WriteAllText(_folder.File("app.py"), "print('hello')\n");

        var result = await Observe(("scan", new[] { "." }), ("required", new[] { "SECRET_KEY" }));

        Assert.Equal(1, result.Observations.Number("failures"));
        Assert.Contains(".env — does not exist", result.Output, StringComparison.Ordinal);
    }
}

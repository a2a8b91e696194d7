using Shipcheck.Core.Expectations;
using static Shipcheck.Core.Tests.Expectations.Expressions;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class EvaluationTests
{
    private static TestValueScope Http() => new TestValueScope()
        .With("status", Value.Of(200))
        .With("latency", Value.Of(TimeSpan.FromMilliseconds(812)))
        .With("body", Value.Of("service is OK"))
        .With("connected", Value.Of(true))
        .With("size", Value.OfSize(2_000_000))
        .With("latest", Value.Of(TestValueScope.Now.AddMinutes(-3)))
        .With("headers", new MapValue(new Dictionary<string, Value> { ["Content-Type"] = Value.Of("application/json") }))
        .WithJson("""
            {"status": "healthy", "count": 3, "ratio": 0.5, "nothing": null, "ok": true,
             "items": [{"status": "ok"}, {"status": "degraded"}], "tags": ["a", "b"], "ids": [1, 2, 3],
             "data": {"count": 7}, "text_number": "5", "updated": "2026-03-01T11:59:00Z"}
            """);

    [Theory]
    [InlineData("status == 200", true)]
    [InlineData("status == 200.0", true)]
    [InlineData("status != 200", false)]
    [InlineData("status < 300", true)]
    [InlineData("status <= 200", true)]
    [InlineData("status > 200", false)]
    [InlineData("status >= 201", false)]
    [InlineData("json.ratio == 0.5", true)]
    [InlineData("json.status == \"healthy\"", true)]
    [InlineData("json.status == 'Healthy'", false)]
    [InlineData("\"B\" < \"a\"", true)]
    [InlineData("latency < 500ms", false)]
    [InlineData("latency < 1s", true)]
    [InlineData("latency == 812ms", true)]
    [InlineData("size < 10MB", true)]
    [InlineData("size == 2MB", true)]
    [InlineData("size > 1.9MiB", true)]
    [InlineData("connected == true", true)]
    [InlineData("json.ok", true)]
    [InlineData("json.tags == json.tags", true)]
    public void Compares_values_of_each_kind(string source, bool holds) => Assert.Equal(holds, Holds(source, Http()));

    [Theory]
    [InlineData("json.count == \"3\"", false)]
    [InlineData("json.count != \"3\"", true)]
    [InlineData("json.text_number == 5", false)]
    [InlineData("json.ok == 1", false)]
    [InlineData("json.count < \"4\"", false)]
    [InlineData("json.count > \"4\"", false)]
    public void Never_equates_values_of_different_kinds(string source, bool holds) => Assert.Equal(holds, Holds(source, Http()));

    [Theory]
    [InlineData("json.missing == null", true)]
    [InlineData("json.nothing == null", true)]
    [InlineData("json.status == null", false)]
    [InlineData("json.missing != null", false)]
    [InlineData("json.status != null", true)]
    [InlineData("null != json.status", true)]
    [InlineData("json.missing == 200", false)]
    [InlineData("json.missing != 200", false)]
    [InlineData("json.missing < 5", false)]
    [InlineData("json.missing >= 5", false)]
    [InlineData("json.nothing != \"x\"", false)]
    [InlineData("nobody == null", true)]
    [InlineData("json.a.b.c == null", true)]
    [InlineData("json.items[9].status == null", true)]
    [InlineData("status.x == null", true)]
    [InlineData("json.missing", false)]
    [InlineData("not json.missing", true)]
    public void Treats_missing_and_null_as_equal_only_to_null(string source, bool holds) => Assert.Equal(holds, Holds(source, Http()));

    [Theory]
    [InlineData("json.items[0].status == \"ok\"", true)]
    [InlineData("json.items[1].status == \"degraded\"", true)]
    [InlineData("json.items[-1].status == \"degraded\"", true)]
    [InlineData("json.items[-2].status == \"ok\"", true)]
    [InlineData("json.items[-3] == null", true)]
    [InlineData("json.items[0.5] == null", true)]
    [InlineData("json.data.count == 7", true)]
    [InlineData("json[\"data\"][\"count\"] == 7", true)]
    [InlineData("headers[\"content-type\"] == \"application/json\"", true)]
    [InlineData("headers.content_type == null", true)]
    [InlineData("json.tags[1] == \"b\"", true)]
    [InlineData("body[0] == null", true)]
    public void Follows_paths_into_maps_and_lists(string source, bool holds) => Assert.Equal(holds, Holds(source, Http()));

    [Theory]
    [InlineData("status == 200 and connected", true)]
    [InlineData("status == 200 && not connected", false)]
    [InlineData("status == 500 or connected", true)]
    [InlineData("status == 500 || !connected", false)]
    [InlineData("not (status == 500 or status == 404)", true)]
    [InlineData("true and false or true", true)]
    [InlineData("true and (false or false)", false)]
    public void Combines_conditions(string source, bool holds) => Assert.Equal(holds, Holds(source, Http()));

    [Theory]
    [InlineData("body contains \"is OK\"", true)]
    [InlineData("body contains \"is ok\"", false)]
    [InlineData("json.tags contains \"b\"", true)]
    [InlineData("json.tags contains \"c\"", false)]
    [InlineData("json.ids contains 2", true)]
    [InlineData("json.ids contains 2.0", true)]
    [InlineData("json.ids contains \"2\"", false)]
    [InlineData("json contains \"status\"", true)]
    [InlineData("json contains \"absent\"", false)]
    [InlineData("json.missing contains \"x\"", false)]
    [InlineData("json.count contains 3", false)]
    [InlineData("\"ok\" in [\"ok\", \"fine\"]", true)]
    [InlineData("status in [200, 204]", true)]
    [InlineData("status in [201, 204]", false)]
    [InlineData("\"OK\" in body", true)]
    [InlineData("\"status\" in json", true)]
    [InlineData("3 in json.ids", true)]
    [InlineData("3 in json.missing", false)]
    public void Finds_text_items_and_keys_with_contains_and_in(string source, bool holds) => Assert.Equal(holds, Holds(source, Http()));

    [Theory]
    [InlineData("body matches \"^service\"", true)]
    [InlineData("body matches \"OK$\"", true)]
    [InlineData("body matches \"^OK\"", false)]
    [InlineData("body matches \"(?i)^SERVICE\"", true)]
    [InlineData("json.count matches \"^[0-9]+$\"", true)]
    [InlineData("json.missing matches \".*\"", false)]
    public void Matches_regular_expressions(string source, bool holds) => Assert.Equal(holds, Holds(source, Http()));

    [Theory]
    [InlineData("2 * 500ms == 1s", true)]
    [InlineData("500ms * 2 == 1s", true)]
    [InlineData("1s / 4 == 250ms", true)]
    [InlineData("1m / 30s == 2", true)]
    [InlineData("1m + 30s == 90s", true)]
    [InlineData("1m - 30s == 30s", true)]
    [InlineData("-1s < 0s", true)]
    [InlineData("1 + 2 * 3 == 7", true)]
    [InlineData("(1 + 2) * 3 == 9", true)]
    [InlineData("10 / 4 == 2.5", true)]
    [InlineData("7 - 10 == -3", true)]
    [InlineData("1 / 0 == null", true)]
    [InlineData("1 / 0 > 0", false)]
    [InlineData("1s / 0 == null", true)]
    [InlineData("10MB + 1MB == 11MB", true)]
    [InlineData("2 * 1KiB == 2048B", true)]
    [InlineData("10MB / 2MB == 5", true)]
    [InlineData("size / 2 == 1MB", true)]
    [InlineData("latest + 3m == latest + 180s", true)]
    [InlineData("latest - (latest - 1h) == 1h", true)]
    [InlineData("\"a\" + \"b\" == \"ab\"", true)]
    [InlineData("json.status + 1 == null", true)]
    public void Computes_arithmetic_on_numbers_durations_and_sizes(string source, bool holds) => Assert.Equal(holds, Holds(source, Http()));

    [Fact]
    public void Returns_null_instead_of_overflowing()
    {
        var scope = new TestValueScope().With("huge", Value.Of(TimeSpan.MaxValue)).With("big", Value.OfSize(long.MaxValue));

        Assert.True(Holds("huge * 2 == null and huge + huge == null and big + big == null and big * 2 == null", scope));
    }
}

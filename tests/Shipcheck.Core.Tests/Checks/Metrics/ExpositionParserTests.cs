using System.Globalization;
using System.Text;
using Shipcheck.Core.Checks.Metrics.Parsing;

namespace Shipcheck.Core.Tests.Checks.Metrics;

// The parser's shortcuts (labels read in place, strings remembered per position, names resolved from the last few,
// plain numbers parsed by hand) must give what the general path gives: these cases take the shortcuts and leave them.
public sealed class ExpositionParserTests
{
    private static Exposition Parse(string text, Func<string, bool>? keepFamily = null)
    {
        var parser = new ExpositionParser(keepFamily: keepFamily);
        foreach (var line in text.Split('\n')[..^1])
        {
            parser.ParseLine(Encoding.UTF8.GetBytes(line + "\n"));
        }
        return parser.Finish();
    }

    private static string Labels(MetricPoint point) => string.Join(",", point.Labels.Select(l => $"{l.Name}={l.Value}"));

    [Fact]
    public void Reads_each_line_s_own_labels_when_the_line_before_had_others_at_the_same_place()
    {
        var exposition = Parse("""
            m{a="x",b="y"} 1
            m{a="x",b="z"} 2
            m{a="xx",b="y"} 3
            m{b="y",a="x"} 4
            m{a="x"} 5

            """);

        Assert.Null(exposition.Error);
        Assert.Equal(["a=x,b=y", "a=x,b=z", "a=xx,b=y", "b=y,a=x", "a=x"], exposition.Families.Single().Points.Select(Labels));
    }

    [Fact]
    public void Refuses_a_repeated_label_name_even_where_the_lines_before_had_the_same_names()
    {
        var exposition = Parse("""
            m{a="1",b="2",c="3",d="4"} 1
            m{d="1",b="2",c="3"} 2
            m{d="1",b="2",c="3",d="4"} 3

            """);

        Assert.Equal(new ExpositionError(3, "duplicate label names for metric \"m\""), exposition.Error);
    }

    [Fact]
    public void Refuses_the_reserved_label_name_after_lines_without_it()
    {
        var exposition = Parse("m{a=\"1\"} 1\nm{a=\"1\",__name__=\"x\"} 2\n");

        Assert.Equal(new ExpositionError(2, "label name \"__name__\" is reserved"), exposition.Error);
    }

    [Fact]
    public void Decodes_the_labels_a_kept_family_shares_with_the_line_before_from_a_family_not_kept()
    {
        var exposition = Parse("skipped{a=\"x\",b=\"y\"} 1\nkept{a=\"x\",b=\"z\"} 2\n", keepFamily: name => name == "kept");

        Assert.Null(exposition.Error);
        Assert.Equal("a=x,b=z", Labels(exposition.Families.Single(f => f.Name == "kept").Points.Single()));
    }

    [Fact]
    public void Refuses_a_name_inside_the_braces_of_a_line_that_starts_with_its_name_after_a_line_that_starts_with_braces()
    {
        var exposition = Parse("{\"m\",a=\"1\",b=\"2\"} 1\nm{\"m\",a=\"1\",b=\"2\"} 2\n");

        Assert.Equal(new ExpositionError(2, "expected '=' after label name, found ','"), exposition.Error);
    }

    [Fact]
    public void Reads_labels_with_blanks_escapes_and_quoted_names_like_plain_ones()
    {
        var exposition = Parse("""
            m { a = "x\"y\\z" , "b.c"="2",d="new\nline" } 1

            """);

        Assert.Null(exposition.Error);
        Assert.Equal("a=x\"y\\z,b.c=2,d=new\nline", Labels(exposition.Families.Single().Points.Single()));
    }

    [Fact]
    public void Reads_lines_with_more_labels_than_it_remembers_places_for()
    {
        string Line(int changed, int value) =>
            "m{" + string.Join(",", Enumerable.Range(0, 40).Select(i => $"l{i}=\"{(i == changed ? "other" : "v")}\"")) + $"}} {value}\n";

        var exposition = Parse(Line(-1, 1) + Line(35, 2) + Line(-1, 3));

        Assert.Null(exposition.Error);
        var points = exposition.Families.Single().Points;
        Assert.Equal(["v", "other", "v"], points.Select(p => p.Labels[35].Value));
        Assert.All(points, p => Assert.Equal(40, p.Labels.Count));
    }

    [Fact]
    public void Gathers_histogram_lines_whose_labels_come_in_another_order_into_one_metric()
    {
        var exposition = Parse("""
            # TYPE h histogram
            h_bucket{a="1",b="2",le="1"} 1
            h_bucket{a="1",b="3",le="1"} 5
            h_bucket{b="2",a="1",le="+Inf"} 2
            h_sum{b="2",a="1"} 3
            h_count{a="1",b="2"} 2

            """);

        Assert.Null(exposition.Error);
        var points = exposition.Families.Single().Points;
        Assert.Equal(["a=1,b=2", "a=1,b=3"], points.Select(Labels));
        Assert.Equal([(1.0, 1.0), (double.PositiveInfinity, 2.0)], points[0].Buckets!);
        Assert.Equal((3.0, 2.0), (points[0].Sum, points[0].Count));
        Assert.Equal([(1.0, 5.0)], points[1].Buckets!);
    }

    [Fact]
    public void Keeps_histogram_label_sets_apart_when_a_value_holds_what_looks_like_another_label()
    {
        // A signature joined with 'þ' and 'ÿ' (as the parser once built it) made these two one metric.
        var exposition = Parse("""
            # TYPE h histogram
            h_bucket{a="1ÿbþ2",le="1"} 1
            h_bucket{a="1",b="2",le="1"} 2

            """);

        Assert.Null(exposition.Error);
        Assert.Equal(["a=1ÿbþ2", "a=1,b=2"], exposition.Families.Single().Points.Select(Labels));
    }

    [Fact]
    public void Sends_names_to_their_own_families_when_more_metrics_alternate_than_it_remembers()
    {
        var exposition = Parse("a 1\nb 2\nc 3\nd 4\ne 5\na 6\ne 7\n");

        Assert.Null(exposition.Error);
        Assert.Equal(["a:1,6", "b:2", "c:3", "d:4", "e:5,7"], exposition.Families.Select(f => $"{f.Name}:{string.Join(",", f.Points.Select(p => p.Value))}"));
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("-12.345")]
    [InlineData("123456789012.345")]
    [InlineData("0.000000000000001")]
    [InlineData("9007199254740.993")]
    [InlineData("123456789.012345")]
    [InlineData("-98765.4321098765")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("-0.0")]
    [InlineData("1234567890123456.7")]
    [InlineData("1e-3")]
    public void Parses_a_decimal_value_to_the_same_double_as_the_general_parse(string text)
    {
        var exposition = Parse($"m {text}\n");

        Assert.Null(exposition.Error);
        var expected = double.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(exposition.Families.Single().Points.Single().Value));
    }

    [Theory]
    [InlineData("1700000000000", null)]
    [InlineData("999999999999999999", null)]
    [InlineData("+17", null)]
    [InlineData("-17", null)]
    [InlineData("99999999999999999999", "expected integer as timestamp, got \"99999999999999999999\"")]
    [InlineData("17.5", "expected integer as timestamp, got \"17.5\"")]
    public void Takes_a_timestamp_that_fits_a_whole_number_of_milliseconds(string timestamp, string? error)
    {
        var exposition = Parse($"m 1 {timestamp}\n");

        Assert.Equal(error, exposition.Error?.Message);
    }

    [Fact]
    public void Refuses_a_label_value_that_is_not_utf8_in_a_family_it_does_not_keep()
    {
        var parser = new ExpositionParser(keepFamily: _ => false);
        parser.ParseLine("m{a=\"ok\"} 1\n"u8);
        byte[] notUtf8 = [.. "m{a=\""u8, 0xff, .. "\"} 1\n"u8];
        parser.ParseLine(notUtf8);

        var exposition = parser.Finish();

        Assert.Equal(new ExpositionError(2, "invalid label value \"\\xff\""), exposition.Error);
        Assert.Empty(exposition.Families.Single().Points);
    }

    [Fact]
    public void Checks_the_bucket_bounds_of_a_histogram_it_does_not_keep()
    {
        var exposition = Parse("# TYPE h histogram\nh_bucket{a=\"1\",le=\"0.5\"} 1\nh_bucket{a=\"1\",le=\"half\"} 1\n", keepFamily: _ => false);

        Assert.Equal(new ExpositionError(3, "expected float as value for 'le' label, got \"half\""), exposition.Error);
    }
}

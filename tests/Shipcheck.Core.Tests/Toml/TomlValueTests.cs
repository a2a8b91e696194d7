using System.Text;
using Shipcheck.Core.Toml;

namespace Shipcheck.Core.Tests.Toml;

public sealed class TomlValueTests
{
    [Fact]
    public void Local_dates_and_times_keep_their_kind_their_parts_and_their_text()
    {
        var root = TomlReader.Parse("ldt = 1979-05-27 07:32:00.123456789\nld = 1979-05-27\nlt = 07:32:00\nodt = 1979-05-27T07:32:00-07:00\n");

        var ldt = Assert.IsType<TomlDateTime>(root["ldt"]);
        Assert.Equal(TomlDateTimeKind.LocalDateTime, ldt.Kind);
        Assert.Equal("1979-05-27 07:32:00.123456789", ldt.Text);
        Assert.Equal(new DateOnly(1979, 5, 27), ldt.Date);
        Assert.Equal(new TimeOnly(7, 32, 0).Add(TimeSpan.FromTicks(1234567)), ldt.Time);
        Assert.Equal(new TomlDateTime(TomlDateTimeKind.LocalDate, "1979-05-27", new DateOnly(1979, 5, 27), null), root["ld"]);
        Assert.Equal(TomlDateTimeKind.LocalTime, Assert.IsType<TomlDateTime>(root["lt"]).Kind);
        Assert.Equal(TimeSpan.FromHours(-7), Assert.IsType<DateTimeOffset>(root["odt"]).Offset);
    }

    [Fact]
    public void Multi_line_strings_trim_the_first_newline_and_line_ending_backslashes()
    {
        var root = TomlReader.Parse("a = \"\"\"\none \\\n    two\"\"\"\"\"\nb = '''\nraw \\n'''\n");

        Assert.Equal("one two\"\"", root["a"]);
        Assert.Equal("raw \\n", root["b"]);
    }

    [Fact]
    public void Inline_tables_are_complete_and_cannot_be_extended()
    {
        var error = Assert.Throws<TomlException>(() => TomlReader.Parse("t = { a = 1 }\n[t.b]\n"));

        Assert.Equal(2, error.Line);
        Assert.Contains("inline table", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused_instead_of_exhausting_the_stack()
    {
        var deep = "a = " + new string('[', 100_000) + new string(']', 100_000);

        var error = Assert.Throws<TomlException>(() => TomlReader.Parse(deep));

        Assert.Contains("nested deeper than", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_at_their_line_and_column()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("a = 1\nb = \"x"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"\n")];

        var error = Assert.Throws<TomlException>(() => TomlReader.Parse(bytes, "bad.toml"));

        Assert.Equal((2, 7), (error.Line, error.Column));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unpaired_surrogate_in_a_string_is_refused()
    {
        var error = Assert.Throws<TomlException>(() => TomlReader.Parse("a = \"\uD800\"\n"));

        Assert.Equal((1, 6), (error.Line, error.Column));
    }

    [Fact]
    public void A_byte_order_mark_is_allowed_only_at_the_start()
    {
        Assert.Equal(1L, TomlReader.Parse("\uFEFFa = 1")["a"]);
        Assert.Throws<TomlException>(() => TomlReader.Parse("a = 1\n\uFEFFb = 2"));
    }
}

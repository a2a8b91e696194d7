using System.Text;
using Shipcheck.Core.Checks.Files;

namespace Shipcheck.Core.Tests.Checks.Files;

public sealed class FileScriptTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Skips_what_a_login_script_prints_before_the_report()
    {
        var report = Encoding.UTF8.GetBytes("Welcome to oracle-a1!\nfile notes\nM1 file 3 1767326645.5 abc123 1 /srv/VERSION\n1.0");

        var result = FileScript.Read(report, "M1", "oracle-a1", Now);

        Assert.Null(result.Error);
        Assert.Equal("1.0", ((Core.Expectations.StringValue)result.Observations["content"]).Value);
        Assert.Equal(Core.Expectations.Value.Of(DateTimeOffset.FromUnixTimeMilliseconds(1_767_326_645_500)), result.Observations["modified"]);
        Assert.StartsWith("oracle-a1:/srv/VERSION: 3B, sha256 abc123", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_it_does_not_understand_is_an_error_not_an_observation()
    {
        var result = FileScript.Read("M1 file x y\n"u8, "M1", "oracle-a1", Now);

        Assert.StartsWith("on oracle-a1: the file check reported", result.Error, StringComparison.Ordinal);
    }
}

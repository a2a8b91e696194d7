using Shipcheck.Core.Releases;

namespace Shipcheck.Core.Tests.Releases;

public sealed class SemanticVersionTests
{
    [Theory]
    [InlineData("v1.2.3", 1, 2, 3, "", "")]
    [InlineData("1.2.3", 1, 2, 3, "", "")]
    [InlineData("v0.0.0", 0, 0, 0, "", "")]
    [InlineData("v10.20.30", 10, 20, 30, "", "")]
    [InlineData("v1.0.0-alpha", 1, 0, 0, "alpha", "")]
    [InlineData("v1.0.0-rc.1", 1, 0, 0, "rc|1", "")]
    [InlineData("1.0.0-0.3.7", 1, 0, 0, "0|3|7", "")]
    [InlineData("1.0.0-x-y-z.--", 1, 0, 0, "x-y-z|--", "")]
    [InlineData("v1.0.0+20130313144700", 1, 0, 0, "", "20130313144700")]
    [InlineData("v1.0.0-beta+exp.sha.5114f85", 1, 0, 0, "beta", "exp|sha|5114f85")]
    [InlineData("1.0.0+21AF26D3----117B344092BD", 1, 0, 0, "", "21AF26D3----117B344092BD")]
    [InlineData("v1.0.0+001", 1, 0, 0, "", "001")]
    [InlineData("  v2.4.1\n", 2, 4, 1, "", "")]
    public void Reads_every_part_of_a_semantic_version(string text, int major, int minor, int patch, string pre, string build)
    {
        var (version, error) = SemanticVersion.Parse(text);

        Assert.Null(error);
        Assert.Equal((ulong)major, version!.Major);
        Assert.Equal((ulong)minor, version.Minor);
        Assert.Equal((ulong)patch, version.Patch);
        Assert.Equal(pre, string.Join('|', version.PreRelease));
        Assert.Equal(build, string.Join('|', version.Build));
    }

    [Theory]
    [InlineData("", "the version is empty: give one like v1.2.3")]
    [InlineData("v", "v: needs three numbers, MAJOR.MINOR.PATCH (like v1.2.3)")]
    [InlineData("v1.2", "v1.2: needs three numbers, MAJOR.MINOR.PATCH (like v1.2.0)")]
    [InlineData("1", "1: needs three numbers, MAJOR.MINOR.PATCH (like v1.0.0)")]
    [InlineData("v1.2.3.4", "v1.2.3.4: needs three numbers, MAJOR.MINOR.PATCH; anything more goes after a '-' (pre-release) or a '+' (build), like v1.2.3-rc.1")]
    [InlineData("v1..3", "v1..3: MINOR is empty; write three numbers, MAJOR.MINOR.PATCH")]
    [InlineData("v1.x.3", "v1.x.3: MINOR 'x' is not a number")]
    [InlineData("release", "release: needs three numbers, MAJOR.MINOR.PATCH (like v1.2.3)")]
    [InlineData("v01.2.3", "v01.2.3: MAJOR '01' has a leading zero; write 1")]
    [InlineData("v1.2.00", "v1.2.00: PATCH '00' has a leading zero; write 0")]
    [InlineData("v1.2.99999999999999999999", "v1.2.99999999999999999999: PATCH '99999999999999999999' is too large")]
    [InlineData("V1.2.3", "V1.2.3: write the prefix as a lower-case v (v1.2.3)")]
    [InlineData("v1.2 .3", "'v1.2 .3' has a space in it: a version is one word, like v1.2.3")]
    [InlineData("v1.2.3-", "v1.2.3-: the pre-release part after '-' is empty; remove the '-' or write one, like -rc.1")]
    [InlineData("v1.2.3+", "v1.2.3+: the build part after '+' is empty; remove the '+' or write one, like +build.5")]
    [InlineData("v1.2.3-rc..1", "v1.2.3-rc..1: the pre-release part 'rc..1' has an empty identifier between dots")]
    [InlineData("v1.2.3-rc_1", "v1.2.3-rc_1: pre-release identifier 'rc_1' may hold only ASCII letters, digits and hyphens")]
    [InlineData("v1.2.3-rc.01", "v1.2.3-rc.01: pre-release identifier '01' is a number with a leading zero; write 1")]
    [InlineData("v1.2.3+build/7", "v1.2.3+build/7: build identifier 'build/7' may hold only ASCII letters, digits and hyphens")]
    [InlineData("v1.2.3-é", "v1.2.3-é: pre-release identifier 'é' may hold only ASCII letters, digits and hyphens")]
    [InlineData("vv1.2.3", "vv1.2.3: MAJOR 'v1' is not a number")]
    public void Refuses_what_is_not_a_semantic_version_and_says_which_part(string text, string expected)
    {
        var (version, error) = SemanticVersion.Parse(text);

        Assert.Null(version);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void The_prefix_is_optional_and_the_tag_is_written_with_v_unless_told_otherwise()
    {
        var bare = SemanticVersion.TryParse("1.4.0-rc.2+build.7")!;
        var prefixed = SemanticVersion.TryParse("v1.4.0-rc.2+build.7")!;

        Assert.Equal(bare, prefixed);
        Assert.Equal("1.4.0-rc.2+build.7", bare.ToString());
        Assert.Equal("v1.4.0-rc.2+build.7", bare.TagName());
        Assert.Equal("release-1.4.0-rc.2+build.7", prefixed.TagName("release-"));
        Assert.True(bare.IsPreRelease);
        Assert.False(SemanticVersion.TryParse("v1.4.0+build.7")!.IsPreRelease);
    }
}

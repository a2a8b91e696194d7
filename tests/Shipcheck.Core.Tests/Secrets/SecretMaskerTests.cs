using Shipcheck.Core.Secrets;

namespace Shipcheck.Core.Tests.Secrets;

public sealed class SecretMaskerTests
{
    [Fact]
    public void Masks_every_occurrence_of_a_secret()
    {
        var masker = new SecretMasker();
        masker.Add("hunter2-canary");

        Assert.Equal("a **** b ****", masker.Mask("a hunter2-canary b hunter2-canary"));
    }

    [Fact]
    public void Masks_the_longer_secret_whole_when_one_contains_another()
    {
        var masker = new SecretMasker();
        masker.Add("abcd");
        masker.Add("abcdefgh");

        Assert.Equal("x **** y", masker.Mask("x abcdefgh y"));
    }

    [Fact]
    public void Leaves_values_too_short_to_mask_safely()
    {
        var masker = new SecretMasker();
        masker.Add("1");

        Assert.Equal("status 1", masker.Mask("status 1"));
        Assert.False(masker.HasSecrets);
    }

    [Fact]
    public void Masks_the_pieces_of_a_secret_cut_by_an_omitted_middle()
    {
        var masker = new SecretMasker();
        masker.Add("canary-9f2c41d7e0b84a6a");

        Assert.Equal("aaaa****\n… 100 bytes omitted …\n**** bbb", masker.Mask("aaaacanary-9f\n… 100 bytes omitted …\nd7e0b84a6a bbb"));
        Assert.Equal("a****\\n\\u2026 9 bytes omitted \\u2026\\nb", masker.Mask("acanary\\n\\u2026 9 bytes omitted \\u2026\\nb"));
    }

    [Fact]
    public void Leaves_the_edges_of_a_cut_alone_when_they_are_not_part_of_a_secret()
    {
        var masker = new SecretMasker();
        masker.Add("canary-9f2c41d7e0b84a6a");

        const string text = "done\n… 100 bytes omitted …\nstarting";
        Assert.Equal(text, masker.Mask(text));
    }
}

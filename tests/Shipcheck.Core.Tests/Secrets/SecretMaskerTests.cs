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
}

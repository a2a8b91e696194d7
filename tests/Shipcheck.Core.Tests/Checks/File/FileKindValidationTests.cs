using Shipcheck.Core.Checks.Files;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Files;

public sealed class FileKindValidationTests
{
    private readonly FileKind _kind = new();

    [Fact]
    public void Accepts_a_path_and_text_to_look_for()
    {
        Assert.Empty(TestOptions.Validate(_kind, TestOptions.Of(("path", ".demo/service.log"), ("contains", "started"))).Items);
    }

    [Fact]
    public void Rejects_an_empty_path()
    {
        Assert.Equal("the path is empty", Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("path", " "))).Items).Message);
    }

    [Fact]
    public void Rejects_empty_text_to_look_for()
    {
        var options = TestOptions.Of(("path", "a.log"), ("contains", ""));

        Assert.Equal("'contains' is empty, so it would always hold", Assert.Single(TestOptions.Validate(_kind, options).Items).Message);
    }
}

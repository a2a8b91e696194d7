using System.Text;
using Shipcheck.Core.Checklists.Loading;

namespace Shipcheck.Core.Tests.Checklists;

public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("shipcheck-bad-input-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_missing_file_names_the_file()
    {
        var problem = Assert.Single(ChecklistLoader.Load(Path.Combine(_dir, "nope.yaml")).Problems);

        Assert.Contains("nope.yaml", problem.Render());
        Assert.Contains("not found", problem.Message);
    }

    [Fact]
    public void Binary_garbage_is_not_a_text_file()
    {
        var path = Write("garbage.yaml", [0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0xff, 0xfe]);

        var problem = Assert.Single(ChecklistLoader.Load(path).Problems);

        Assert.Contains("not a text file", problem.Message);
    }

    [Fact]
    public void Invalid_utf8_is_not_a_text_file()
    {
        var path = Write("latin1.yaml", Encoding.Latin1.GetBytes("service: caf\u00e9\n"));

        Assert.Contains("not a text file", Assert.Single(ChecklistLoader.Load(path).Problems).Message);
    }

    [Fact]
    public void A_50_MB_file_is_refused_without_reading_it()
    {
        var path = Path.Combine(_dir, "huge.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var problem = Assert.Single(ChecklistLoader.Load(path).Problems);

        Assert.Contains("larger than", problem.Message);
    }

    [Fact]
    public void Nesting_thousands_of_levels_deep_is_an_error_not_a_crash()
    {
        var path = Write("deep.yaml", Encoding.UTF8.GetBytes("service: x\nverify: " + new string('[', 5000) + new string(']', 5000) + "\n"));

        var problem = Assert.Single(ChecklistLoader.Load(path).Problems);

        Assert.Contains("nested more than", problem.Message);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_are_fine()
    {
        var text = "\uFEFFservice: demo\r\nverify:\r\n  - run: \"true\"\r\n";
        var path = Write("bom.yaml", Encoding.UTF8.GetBytes(text));

        var result = ChecklistLoader.Load(path);

        Assert.Empty(result.Problems);
        Assert.Equal("demo", result.Checklist!.Service);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

namespace Shipcheck.Cli.Tests;

/// <summary>A temporary folder for one test, with helpers to write checklists into it; deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("shipcheck-cli-").FullName;

    public string StorePath => System.IO.Path.Combine(Path, ".shipcheck", "shipcheck.db");

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(file, text);
        return file;
    }

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process the test started may still hold a file for a moment; the OS cleans temp folders.
        }
    }
}

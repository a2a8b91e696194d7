using Shipcheck.Core.Toml;

namespace Shipcheck.Core.SecretScanning.Config;

/// <summary>The config file being read: turns the TOML reader's type errors and this loader's own findings into
/// <see cref="SecretScanException"/>s that name the file and line.</summary>
internal sealed class ConfigTable(string file)
{
    public string File => file;

    public SecretScanException Error(int line, string problem) => SecretScanException.Config(file, line, problem);

    /// <summary>Runs a check made of typed reads, reporting a value of the wrong type at its line.</summary>
    public void Read(Action read) => Read(() =>
    {
        read();
        return true;
    });

    /// <summary>Runs a typed read, reporting a value of the wrong type at its line.</summary>
    public T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (TomlException e)
        {
            throw Error(e.Line, e.Problem);
        }
    }
}

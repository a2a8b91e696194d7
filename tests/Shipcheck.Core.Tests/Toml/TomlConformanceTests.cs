using System.Text.Json;
using Shipcheck.Core.Toml;

namespace Shipcheck.Core.Tests.Toml;

/// <summary>The toml-test suite's TOML 1.0.0 cases: every valid one decodes to its JSON, every invalid one is refused.</summary>
public sealed class TomlConformanceTests
{
    [Fact]
    public void Decodes_every_valid_case_to_its_expected_json()
    {
        var folder = TomlTestCorpus.Require();
        var cases = TomlTestCorpus.Cases(folder, "valid");
        var failures = new List<string>();
        foreach (var toml in cases)
        {
            var path = Path.Combine(folder, toml);
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, ".json")));
            try
            {
                var differences = TaggedJson.Differences(TomlReader.Parse(File.ReadAllBytes(path), toml), expected.RootElement);
                failures.AddRange(differences.Select(d => $"{toml}: {d}"));
            }
            catch (Exception e)
            {
                failures.Add($"{toml}: {e.GetType().Name} {e.Message}");
            }
        }

        Assert.True(cases.Count >= 200, $"only {cases.Count} valid cases found");
        Assert.Empty(failures);
    }

    [Fact]
    public void Refuses_every_invalid_case_with_a_toml_exception()
    {
        var folder = TomlTestCorpus.Require();
        var cases = TomlTestCorpus.Cases(folder, "invalid");
        var failures = new List<string>();
        foreach (var toml in cases)
        {
            try
            {
                var table = TomlReader.Parse(File.ReadAllBytes(Path.Combine(folder, toml)), toml);
                failures.Add($"{toml}: accepted ({table.Count} keys)");
            }
            catch (TomlException e) when (e.Line >= 1 && e.Column >= 1 && e.Message.StartsWith(toml + ":", StringComparison.Ordinal))
            {
            }
            catch (Exception e)
            {
                failures.Add($"{toml}: {e.GetType().Name} {e.Message}");
            }
        }

        Assert.True(cases.Count >= 450, $"only {cases.Count} invalid cases found");
        Assert.Empty(failures);
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Shipcheck.Core.Checklists.Schema;
using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Tests.Checklists;

/// <summary>The published schema is generated from the model; the committed file must be the generated one.</summary>
public sealed class SchemaTests
{
    [Fact]
    public void The_committed_schema_is_the_one_generated_from_the_check_kinds()
    {
        var committed = Path.Combine(RepositoryPaths.Root(), "schema", "shipcheck.schema.json");
        var generated = ChecklistSchema.Generate();
        if (Environment.GetEnvironmentVariable("SHIPCHECK_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(committed, generated);
        }

        Assert.Equal(generated, File.ReadAllText(committed));
    }

    [Fact]
    public void Every_check_kind_and_its_options_are_in_the_schema()
    {
        using var schema = JsonDocument.Parse(ChecklistSchema.Generate());
        var definitions = schema.RootElement.GetProperty("definitions");
        var stepProperties = definitions.GetProperty("step").GetProperty("properties");

        Assert.NotEmpty(CheckKinds.All);
        foreach (var kind in CheckKinds.All)
        {
            Assert.True(stepProperties.TryGetProperty(kind.Name, out _), $"step has no '{kind.Name}'");
            var text = definitions.GetProperty($"kind_{kind.Name}").GetRawText();
            foreach (var option in kind.Options)
            {
                Assert.Contains($"\"{option.Name}\"", text);
            }
        }
    }

    [Theory]
    [InlineData("duration", "30s", true)]
    [InlineData("duration", "${stability_window}", true)]
    [InlineData("duration", "${minutes}m", true)]
    [InlineData("duration", "5 minutes", false)]
    [InlineData("size", "10MB", true)]
    [InlineData("size", "${limit}", true)]
    [InlineData("size", "ten", false)]
    public void Durations_and_sizes_may_be_written_with_variables(string definition, string text, bool accepted)
    {
        using var schema = JsonDocument.Parse(ChecklistSchema.Generate());
        var definitions = schema.RootElement.GetProperty("definitions");

        var alternatives = definitions.GetProperty(definition).GetProperty("anyOf").EnumerateArray()
            .Select(a => a.TryGetProperty("$ref", out var target) ? definitions.GetProperty(target.GetString()!.Split('/')[^1]) : a);

        Assert.Equal(accepted, alternatives.Any(a => Regex.IsMatch(text, a.GetProperty("pattern").GetString()!)));
    }
}
